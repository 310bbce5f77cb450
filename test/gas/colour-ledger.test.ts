// colourLedger on the example ledger: rows take the palette fill of their urgency; people's fills, notes and values stay.
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import { colourLedger, colourPlan, legendNote } from '../../src/gas/commands/colour-ledger';
import { LEGEND_MARKER } from '../../src/gas/platform/sheet-write';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

const OVERDUE = [2, 8, 11, 27, 28, 29, 34, 35];
const DUE_SOON = [3, 4, 5, 6, 7, 13, 20];
const DONE = [9, 10, 12, 15, 17, 18, 19, 22, 23, 24, 25, 30, 31, 32, 33];
const NOT_YET = [14, 16, 21, 26];
const WIDTH = exampleGrid('ledger')[0].length;

/** The fill of each column of a sheet row (1-based), read without counting. */
function rowFills(env: ReturnType<typeof exampleEnv>, row: number): string[] {
  return env.snapshot('台账').backgrounds[row - 1].slice(0, WIDTH);
}

describe('colourLedger on the example at 2024-10-30', () => {
  it('gives the 8 overdue problems the overdue fill across the row, done rows green, due-soon amber', () => {
    const env = exampleEnv();
    const result = colourLedger(servicesOf(env));
    expect(result?.counts).toEqual({ overdue: 8, dueSoon: 7, done: 15, longTerm: 0, none: 4 });
    for (const row of OVERDUE) expect(rowFills(env, row)).toEqual(new Array(WIDTH).fill(PALETTE.overdue));
    for (const row of DUE_SOON) expect(rowFills(env, row)).toEqual(new Array(WIDTH).fill(PALETTE.dueSoon));
    for (const row of DONE) expect(rowFills(env, row)).toEqual(new Array(WIDTH).fill(PALETTE.done));
    for (const row of NOT_YET) expect(rowFills(env, row)).toEqual(new Array(WIDTH).fill('#ffffff'));
    // The header row is not a problem and keeps no fill of ours.
    expect(rowFills(env, 1)).toEqual(new Array(WIDTH).fill('#ffffff'));
  });

  it('changes no value, and keeps a fill and a note a person made', () => {
    const before = exampleGrid('ledger');
    const backgrounds = before.map((r) => r.map(() => null as string | null));
    backgrounds[1][3] = '#ffff00'; // a person highlighted the problem text of an overdue row
    backgrounds[9][0] = '#00ff00'; // and the ID of a done row, in a colour outside the palette
    const notes = before.map((r) => r.map(() => null as string | null));
    notes[1][9] = '请主管领导关注';
    const env = exampleEnv({ ledger: { name: '台账', values: before, backgrounds, notes } });
    colourLedger(servicesOf(env));
    const after = env.snapshot('台账');
    expect(env.values('台账')).toEqual(before);
    expect(after.backgrounds[1][3]).toBe('#ffff00');
    expect(after.backgrounds[1][4]).toBe(PALETTE.overdue);
    expect(after.backgrounds[9][0]).toBe('#00ff00');
    expect(after.backgrounds[9][1]).toBe(PALETTE.done);
    expect(after.notes[1][9]).toBe('请主管领导关注');
  });

  it('writes the legend as its own note on the first header cell, beside a person’s note there', () => {
    const values = exampleGrid('ledger');
    const notes = values.map((r) => r.map(() => null as string | null));
    notes[0][0] = '编号规则：大类-小类';
    const env = exampleEnv({ ledger: { name: '台账', values, notes } });
    colourLedger(servicesOf(env));
    colourLedger(servicesOf(env));
    const note = env.snapshot('台账').notes[0][0];
    expect(note.startsWith('编号规则：大类-小类\n\n')).toBe(true);
    expect(note.split(LEGEND_MARKER)).toHaveLength(2); // a rerun replaced our legend instead of adding another
    expect(note).toContain('已逾期');
    expect(note).toContain(PALETTE.overdue);
  });

  it('moves rows between colours when re-run at a later as-of date', () => {
    const env = exampleEnv();
    colourLedger(servicesOf(env, new Date('2024-10-30T09:00:00+08:00')));
    expect(rowFills(env, 3)[0]).toBe(PALETTE.dueSoon);
    expect(rowFills(env, 14)[0]).toBe('#ffffff');
    // A week later the end-of-October deadlines have passed.
    const later = colourLedger(servicesOf(env, new Date('2024-11-05T09:00:00+08:00')));
    expect(later?.counts.overdue).toBe(15);
    for (const row of [...OVERDUE, ...DUE_SOON]) expect(rowFills(env, row)[0]).toBe(PALETTE.overdue);
    // Late December: the end-of-December rows come due; nothing keeps a stale amber.
    const december = colourLedger(servicesOf(env, new Date('2024-12-26T09:00:00+08:00')));
    expect(december?.counts).toEqual({ overdue: 15, dueSoon: 4, done: 15, longTerm: 0, none: 0 });
    for (const row of NOT_YET) expect(rowFills(env, row)).toEqual(new Array(WIDTH).fill(PALETTE.dueSoon));
    for (const row of DONE) expect(rowFills(env, row)[0]).toBe(PALETTE.done);
  });

  it('takes "today" from the spreadsheet’s time zone, not UTC', () => {
    // 2024-10-31 20:00 UTC is already 1 November in Shanghai: the 10月底 rows are overdue there…
    const env = exampleEnv();
    colourLedger(servicesOf(env, new Date('2024-10-31T20:00:00Z')));
    expect(rowFills(env, 3)[0]).toBe(PALETTE.overdue);
    // …while a spreadsheet kept in UTC is still on 31 October, the day they are due.
    const utc = exampleEnv({ timeZone: 'Etc/UTC' });
    colourLedger(servicesOf(utc, new Date('2024-10-31T20:00:00Z')));
    expect(rowFills(utc, 3)[0]).toBe(PALETTE.dueSoon);
  });

  it('pins the as-of date to the 统计截止日期 setting, even when written as a Date cell', () => {
    const settings = exampleGrid('settings').map((row) =>
      row[0] === '统计截止日期' ? [row[0], new Date('2024-10-30T00:00:00+08:00')] : row,
    );
    const env = exampleEnv({ settings });
    // A clock months later does not matter: the pinned date (a Date at Shanghai midnight) rules.
    const result = colourLedger(servicesOf(env, new Date('2025-03-01T09:00:00+08:00')));
    expect(result?.asOf).toBe('2024-10-30');
    expect(result?.counts.overdue).toBe(8);
  });

  it('colours long-term rows blue and only rows with a problem', () => {
    const grid = exampleGrid('ledger').slice(0, 4);
    grid[1][8] = '长期坚持';
    grid[1][9] = '长期坚持';
    grid.push(new Array(WIDTH).fill('')); // a blank row between problems
    grid.push([...exampleGrid('ledger')[8]]);
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    const result = colourLedger(servicesOf(env));
    expect(result?.counts.longTerm).toBe(1);
    expect(rowFills(env, 2)[0]).toBe(PALETTE.longTerm);
    expect(rowFills(env, 5)).toEqual(new Array(WIDTH).fill('#ffffff'));
    expect(rowFills(env, 6)[0]).toBe(PALETTE.done);
  });
});

describe('colourLedger with deadline extensions', () => {
  it('an approved extension takes a row out of the overdue fill; an unapproved one leaves it red', () => {
    // Row 27 (due 2024-09-30) moved with approval to the end of the year; row 8 moved without approval.
    const grid = exampleGrid('ledger').map((r, i) => {
      if (i === 0) return [...r, '延期至', '延期批准'];
      if (i === 26) return [...r, '2024-12-31', '党组会议纪要〔2024〕5号'];
      if (i === 7) return [...r, '2024-12-31', ''];
      return [...r, '', ''];
    });
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    const result = colourLedger(servicesOf(env));
    expect(result?.counts.overdue).toBe(7);
    const fills = env.snapshot('台账').backgrounds;
    expect(fills[26].slice(0, WIDTH + 2)).toEqual(new Array(WIDTH + 2).fill('#ffffff'));
    expect(fills[7][0]).toBe(PALETTE.overdue);
    // Near the new deadline the extended row comes due like any other.
    colourLedger(servicesOf(env, new Date('2024-12-26T09:00:00+08:00')));
    expect(env.snapshot('台账').backgrounds[26][0]).toBe(PALETTE.dueSoon);
    expect(env.values('台账')).toEqual(grid);
  });
});

describe('colourPlan and legendNote', () => {
  it('leaves blank rows unfilled and sizes the plan to the data rows', () => {
    const plan = colourPlan(
      { header: { index: 0, columns: {}, unknown: [], language: 'zh' }, headerRow: 1, problems: [] },
      5,
      3,
      '2024-10-30',
      7,
    );
    expect(plan.fills).toEqual(new Array(4).fill([null, null, null]));
  });

  it('explains each colour in English for an English ledger', () => {
    const note = legendNote('2024-10-30', 3, 'en');
    expect(note).toContain('Row colours (as of 2024-10-30)');
    expect(note).toContain('Due within 3 days');
    expect(note).toContain('light red');
  });
});
