// Fills and notes are a person's unless Rectify noted it painted them: Sheets' own swatches, later fills, the legend.
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { FILL_MEMORY_SHEET } from '../../src/gas/commands/fill-memory';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { LEGEND_MARKER, NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

const OCT_30 = new Date('2024-10-30T09:00:00+08:00');
const NOV_5 = new Date('2024-11-05T09:00:00+08:00');
/** Sheet row 3 (编号 2-1) is due soon on 30 October and overdue on 5 November; row 10 is done. */
const DUE_THEN_OVERDUE = 3;
const DONE_ROW = 10;

const fill = (env: ReturnType<typeof exampleEnv>, a1: string) => env.snapshot('台账', a1).backgrounds[0][0];
const paint = (env: ReturnType<typeof exampleEnv>, a1: string, colour: string) =>
  env.calls.untracked(() => env.sheet('台账').getRange(a1).setBackground(colour));

describe('a person’s fill is never overwritten', () => {
  it('a hand-picked Sheets swatch (“light red 3”, #f4cccc) on a done row stays, beside Rectify’s green', () => {
    const env = exampleEnv();
    paint(env, `D${DONE_ROW}`, '#f4cccc');
    colourLedger(servicesOf(env, OCT_30));
    expect(fill(env, `D${DONE_ROW}`)).toBe('#f4cccc');
    expect(fill(env, `A${DONE_ROW}`)).toBe(PALETTE.done);
  });

  it('a person’s later fill over one of ours is respected when the row changes colour', () => {
    const env = exampleEnv();
    colourLedger(servicesOf(env, OCT_30));
    expect(fill(env, `B${DUE_THEN_OVERDUE}`)).toBe(PALETTE.dueSoon);
    paint(env, `B${DUE_THEN_OVERDUE}`, '#00ff00');
    paint(env, `C${DUE_THEN_OVERDUE}`, '#f4cccc');
    colourLedger(servicesOf(env, NOV_5));
    expect(fill(env, `A${DUE_THEN_OVERDUE}`)).toBe(PALETTE.overdue);
    expect(fill(env, `B${DUE_THEN_OVERDUE}`)).toBe('#00ff00');
    expect(fill(env, `C${DUE_THEN_OVERDUE}`)).toBe('#f4cccc');
  });

  it('even a person’s fill in Rectify’s exact shade stays, on a row Rectify did not paint', () => {
    const env = exampleEnv();
    paint(env, `A${DUE_THEN_OVERDUE}:Q${DUE_THEN_OVERDUE}`, PALETTE.done);
    colourLedger(servicesOf(env, OCT_30));
    expect(fill(env, `A${DUE_THEN_OVERDUE}`)).toBe(PALETTE.done);
  });

  it('Rectify recognises its own fills by the hidden record (by 编号, so a sort keeps them), and replaces them', () => {
    const env = exampleEnv();
    colourLedger(servicesOf(env, OCT_30));
    const sheet = env.sheet(FILL_MEMORY_SHEET);
    expect(sheet._hidden).toBe(true);
    expect(env.values(FILL_MEMORY_SHEET)).toContainEqual(['2-1', PALETTE.dueSoon]);
    // A sort moves rows with their fills: swap rows 3 and 4 (values and fills together).
    env.calls.untracked(() => {
      const ledger = env.sheet('台账');
      const a = ledger.getRange('A3:Q3');
      const b = ledger.getRange('A4:Q4');
      const [va, vb] = [a.getValues(), b.getValues()];
      const [fa, fb] = [a.getBackgrounds(), b.getBackgrounds()];
      a.setValues(vb);
      b.setValues(va);
      a.setBackgrounds(fb);
      b.setBackgrounds(fa);
    });
    colourLedger(servicesOf(env, NOV_5));
    // 2-1 now stands in row 4; overdue on 5 November, its old amber replaced everywhere in the row.
    expect(env.snapshot('台账', 'A4:Q4').backgrounds[0]).toEqual(new Array(17).fill(PALETTE.overdue));
  });
});

describe('notes: 校验台账 and 标记逾期 keep each other’s and a person’s', () => {
  it('校验台账 leaves the legend that 标记逾期 wrote on the header cell, and the person’s note there', () => {
    const values = exampleGrid('ledger');
    const notes = values.map((r) => r.map(() => null as string | null));
    notes[0][0] = '编号规则：大类-小类';
    const env = exampleEnv({ ledger: { name: '台账', values, notes } });
    colourLedger(servicesOf(env, OCT_30));
    env.lock.endExecution();
    validateLedger(servicesOf(env, OCT_30));
    const note = env.snapshot('台账', 'A1').notes[0][0];
    expect(note.startsWith('编号规则：大类-小类\n\n')).toBe(true);
    expect(note).toContain(`${LEGEND_MARKER}行底色图例`);
    expect(note).toContain(PALETTE.overdue);
  });

  it('标记逾期 leaves a finding note on the header cell; an old-style legend is still the legend', () => {
    const env = exampleEnv();
    const finding = `${NOTE_MARKER}错误：表头“编号”重复`;
    env.calls.untracked(() => env.sheet('台账').getRange('A1').setNote(`人工批注\n\n${finding}`));
    colourLedger(servicesOf(env, OCT_30));
    env.lock.endExecution();
    const note = env.snapshot('台账', 'A1').notes[0][0];
    expect(note.startsWith('人工批注\n\n')).toBe(true);
    expect(note).toContain(finding);
    expect(note).toContain(LEGEND_MARKER);
    // A legend written by an earlier version under the findings marker is recognised as the legend.
    const old = `${NOTE_MARKER}行底色图例（按 2024-10-01 标色）：旧`;
    env.calls.untracked(() => env.sheet('台账').getRange('A1').setNote(old));
    validateLedger(servicesOf(env, OCT_30));
    expect(env.snapshot('台账', 'A1').notes[0][0]).toContain('行底色图例（按 2024-10-01 标色）：旧');
  });
});
