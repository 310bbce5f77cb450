// Writing helpers: text stays text in the fakes' USER_ENTERED parsing, only our notes and palette fills are replaced.
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import {
  asText,
  isRectifyShade,
  isUnfilled,
  mergeNotes,
  NOTE_MARKER,
  personNote,
  safeCell,
  withOwnNote,
} from '../../src/gas/platform/sheet-write';
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

/** Sheets' default palette in its colour picker: the base row, the grey row and the light 3 … dark 3 rows. */
const SHEETS_DEFAULT_PALETTE = [
  '#000000',
  '#434343',
  '#666666',
  '#999999',
  '#b7b7b7',
  '#cccccc',
  '#d9d9d9',
  '#efefef',
  '#f3f3f3',
  '#ffffff',
  '#980000',
  '#ff0000',
  '#ff9900',
  '#ffff00',
  '#00ff00',
  '#00ffff',
  '#4a86e8',
  '#0000ff',
  '#9900ff',
  '#ff00ff',
  '#e6b8af',
  '#f4cccc',
  '#fce5cd',
  '#fff2cc',
  '#d9ead3',
  '#d0e0e3',
  '#c9daf8',
  '#cfe2f3',
  '#d9d2e9',
  '#ead1dc',
  '#dd7e6b',
  '#ea9999',
  '#f9cb9c',
  '#ffe599',
  '#b6d7a8',
  '#a2c4c9',
  '#a4c2f4',
  '#9fc5e8',
  '#b4a7d6',
  '#d5a6bd',
  '#cc4125',
  '#e06666',
  '#f6b26b',
  '#ffd966',
  '#93c47d',
  '#76a5af',
  '#6d9eeb',
  '#6fa8dc',
  '#8e7cc3',
  '#c27ba0',
  '#a61c00',
  '#cc0000',
  '#e69138',
  '#f1c232',
  '#6aa84f',
  '#45818e',
  '#3c78d8',
  '#3d85c6',
  '#674ea7',
  '#a64d79',
  '#85200c',
  '#990000',
  '#b45f06',
  '#bf9000',
  '#38761d',
  '#134f5c',
  '#1155cc',
  '#0b5394',
  '#351c75',
  '#741b47',
  '#5b0f00',
  '#660000',
  '#783f04',
  '#7f6000',
  '#274e13',
  '#0c343d',
  '#1c4587',
  '#073763',
  '#20124d',
  '#4c1130',
];

describe('fills', () => {
  it('Rectify’s shades are none of Sheets’ default palette, so a hand-picked swatch is never taken for ours', () => {
    for (const shade of Object.values(PALETTE)) expect(SHEETS_DEFAULT_PALETTE).not.toContain(shade);
    expect(isRectifyShade(PALETTE.overdue.toUpperCase())).toBe(true);
    expect(isRectifyShade('#f4cccc')).toBe(false);
    expect(isUnfilled('#ffffff')).toBe(true);
    expect(isUnfilled('')).toBe(true);
  });
});
