// Writing helpers: text stays text in the fakes' USER_ENTERED parsing, only our notes and palette fills are replaced.
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import {
  asText,
  isPersonFill,
  mergeFills,
  mergeNotes,
  NOTE_MARKER,
  personNote,
  safeCell,
  withOwnNote,
} from '../../src/gas/sheet-write';
import { createFakeEnv } from '../fakes';

describe('asText / safeCell', () => {
  it('keeps text that Sheets would read as a formula, a number, a date or a boolean exactly as text', () => {
    const env = createFakeEnv();
    const texts = ['=1+1', '+86 0812', '-财务室', '@办公室', '001', '2024-09-30', 'TRUE', "'已引号", '1,234'];
    const range = env.SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, texts.length);
    range.setValues([texts.map(asText)]);
    expect(range.getValues()[0]).toEqual(texts);
    expect(range.getFormulas()[0].every((f) => f === '')).toBe(true);
  });

  it('writes numbers, booleans and Dates as they are and blanks as empty', () => {
    const d = new Date('2024-10-30T00:00:00+08:00');
    expect([safeCell(3), safeCell(false), safeCell(d), safeCell(null), safeCell('')]).toEqual([
      3,
      false,
      d,
      '',
      '',
    ]);
  });
});

describe('notes', () => {
  it('adds ours after a person’s note and takes back exactly ours', () => {
    const both = withOwnNote('请核实 ', '错误：缺少整改措施');
    expect(both).toBe(`请核实 \n\n${NOTE_MARKER}错误：缺少整改措施`);
    expect(personNote(both)).toBe('请核实 ');
    expect(withOwnNote(both, '')).toBe('请核实 ');
    expect(withOwnNote(`${NOTE_MARKER}旧的`, '')).toBe('');
    expect(withOwnNote(`${NOTE_MARKER}旧的`, '新的')).toBe(`${NOTE_MARKER}新的`);
  });

  it('merges grids cell by cell', () => {
    expect(mergeNotes([['a', `${NOTE_MARKER}x`, '']], [['', '', 'y']])).toEqual([
      ['a', '', `${NOTE_MARKER}y`],
    ]);
  });
});

describe('fills', () => {
  it('treats white, empty and palette colours as ours, anything else as a person’s', () => {
    expect(isPersonFill('#ffffff')).toBe(false);
    expect(isPersonFill('')).toBe(false);
    expect(isPersonFill(PALETTE.overdue)).toBe(false);
    expect(isPersonFill('#FFFF00')).toBe(true);
  });

  it('replaces our old fills (or clears them) and keeps a person’s', () => {
    expect(
      mergeFills([[PALETTE.done, '#ffff00', '#ffffff']], [[null, PALETTE.overdue, PALETTE.overdue]]),
    ).toEqual([[null, '#ffff00', PALETTE.overdue]]);
  });
});
