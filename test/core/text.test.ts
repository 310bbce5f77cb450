// Text and date helpers: width folding, A1 addresses, formula errors, cell text, calendar arithmetic.
import { describe, expect, it } from '@jest/globals';
import {
  a1,
  addDays,
  cellText,
  chineseDate,
  chineseMonthDay,
  columnLetters,
  daysBetween,
  englishDate,
  foldWidth,
  fromSerial,
  isBlank,
  isCalendarDate,
  isFormulaError,
  lastDayOfMonth,
  makeDate,
  normalise,
  plausibleSerialDate,
  shorten,
  toSerial,
} from '../../src/core';

describe('text', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(foldWidth('２０２４（前）\u3000ＡＢ')).toBe('2024(前) AB');
    expect(normalise('  整改\u3000 时限\n ')).toBe('整改 时限');
  });

  it('writes A1 addresses', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(a1(4, 9)).toBe('I4');
  });

  it('knows formula errors, in any case and with spaces', () => {
    for (const e of [
      '#REF!',
      '#N/A',
      ' #n/a ',
      '\u3000#N/A\n',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#ERROR!',
    ])
      expect(isFormulaError(e)).toBe(true);
    for (const v of ['#1', 'REF!', '', 0, null, '#REF! 见备注']) expect(isFormulaError(v)).toBe(false);
  });

  it('reads a cell as text a person sees', () => {
    expect(cellText(' a ')).toBe('a');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
    expect(cellText(new Date('x'))).toBe('');
    expect(cellText(null)).toBe('');
    expect(isBlank(' \u3000')).toBe(true);
    expect(isBlank(0)).toBe(false);
  });

  it('shortens on character boundaries', () => {
    expect(shorten('对政治理论学习重视不够', 5)).toBe('对政治理…');
    expect(shorten('😀😀😀', 2)).toBe('😀…');
    expect(shorten('短', 5)).toBe('短');
  });
});

describe('dates', () => {
  it('makes only days that exist', () => {
    expect(makeDate(2024, 2, 29)).toBe('2024-02-29');
    expect(makeDate(2023, 2, 29)).toBeNull();
    expect(makeDate(2024, 4, 31)).toBeNull();
    expect(makeDate(2024, 13, 1)).toBeNull();
    expect(makeDate(2024.5, 1, 1)).toBeNull();
    expect(lastDayOfMonth(2100, 2)).toBe('2100-02-28');
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-2-29')).toBe(false);
  });

  it('does arithmetic across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-10-30', '2024-09-30')).toBe(-30);
  });

  it('converts spreadsheet serials both ways', () => {
    expect(fromSerial(45565)).toBe('2024-09-30');
    expect(toSerial('2024-09-30')).toBe(45565);
    expect(fromSerial(Number.NaN)).toBeNull();
    expect(plausibleSerialDate(2024)).toBeNull();
    expect(plausibleSerialDate(18264)).toBe('1950-01-01');
  });

  it('writes dates in Chinese and English', () => {
    expect(chineseDate('2024-12-20')).toBe('2024年12月20日');
    expect(chineseMonthDay('2024-10-30')).toBe('10月30日');
    expect(englishDate('2024-10-30')).toBe('30 October 2024');
  });
});
