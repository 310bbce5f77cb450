// validateLedger: findings become our own notes on their cells, a person's notes survive, the dialog sums up.
import { describe, expect, it } from '@jest/globals';
import { type Finding, finding, findingMessage, findingText } from '../../src/core';
import { notePlan, validateLedger, validationSummary } from '../../src/gas/commands/validate-ledger';
import { NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

/** The example with two errors: an unreadable deadline on row 3 (I3) and a bad e-mail on row 4 (H4). */
function brokenLedger(): string[][] {
  const grid = exampleGrid('ledger');
  grid[2][8] = '尽快';
  grid[3][7] = 'liaison@example';
  return grid;
}

describe('validateLedger', () => {
  it('notes each finding on its cell and lists counts and cells in the dialog', () => {
    const env = exampleEnv({ ledger: { name: '台账', values: brokenLedger() } });
    const result = validateLedger(servicesOf(env));
    expect(result?.errors).toBe(2);
    expect(result?.problems).toBe(34);
    const notes = env.snapshot('台账').notes;
    expect(notes[2][8].startsWith(`${NOTE_MARKER}错误：`)).toBe(true);
    expect(notes[2][8]).toContain('尽快');
    expect(notes[3][7]).toContain('liaison@example');
    // A warning of the example (K9: done without a done date) is noted too.
    expect(notes[8][10]).toContain('未填完成日期');
    const alert = env.ui.alerts.at(-1)!;
    expect(alert.prompt).toMatch(/^发现 2 个错误、\d+ 个提醒（共 34 条整改事项，统计日期 2024-10-30）/);
    expect(alert.prompt).toContain('I3  错误');
    expect(alert.prompt).toContain('H4  错误');
  });

  it('keeps a person’s note on a cell it annotates, and a rerun after the fix leaves only that note', () => {
    const grid = brokenLedger();
    const notes = grid.map((r) => r.map(() => null as string | null));
    notes[2][8] = '已与办公室核实';
    notes[5][2] = '来源待确认';
    const env = exampleEnv({ ledger: { name: '台账', values: grid, notes } });
    validateLedger(servicesOf(env));
    const first = env.snapshot('台账').notes;
    expect(first[2][8]).toMatch(new RegExp(`^已与办公室核实\\n\\n${NOTE_MARKER}错误：`));
    expect(first[5][2]).toBe('来源待确认');
    // The person fixes the deadline; our note goes, theirs stays.
    env.sheet('台账').getRange('I3').setValue('2024年12月底前完成整改');
    validateLedger(servicesOf(env));
    const second = env.snapshot('台账').notes;
    expect(second[2][8]).toBe('已与办公室核实');
    expect(second[5][2]).toBe('来源待确认');
    expect(second[3][7]).toContain(NOTE_MARKER);
  });

  it('changes no value a person typed', () => {
    const grid = brokenLedger();
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(env));
    expect(env.values('台账')).toEqual(grid);
  });

  it('says so when the ledger is clean', () => {
    const grid = exampleGrid('ledger').slice(0, 3);
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    const result = validateLedger(servicesOf(env));
    expect(result?.errors).toBe(0);
    expect(result?.warnings).toBe(0);
    expect(env.ui.alerts.at(-1)!.prompt).toBe('台账没有发现问题：共 2 条整改事项，统计日期 2024-10-30。');
    expect(
      env
        .snapshot('台账')
        .notes.flat()
        .every((n) => n === ''),
    ).toBe(true);
  });

  it('notes a bad setting on the 设置 sheet and names it in the dialog', () => {
    const settings = [...exampleGrid('settings'), ['提醒提前天数', '七天']];
    const env = exampleEnv({ settings, ledger: { name: '台账', values: exampleGrid('ledger').slice(0, 3) } });
    const result = validateLedger(servicesOf(env));
    expect(result?.errors).toBe(1);
    const row = settings.length;
    expect(env.snapshot('设置').notes[row - 1][1]).toContain('七天');
    expect(env.ui.alerts.at(-1)!.prompt).toContain(`设置!B${row}`);
  });

  it('reports a missing header column instead of failing', () => {
    const grid = exampleGrid('ledger').map((r) => r.filter((_, c) => c !== 9)); // no 整改状态
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(env));
    expect(env.ui.alerts.at(-1)!.prompt).toContain('缺少必需的列：整改状态');
  });

  it('speaks English when the 语言 setting says en', () => {
    const settings = [...exampleGrid('settings'), ['语言', 'en']];
    const env = exampleEnv({ settings, ledger: { name: '台账', values: brokenLedger() } });
    validateLedger(servicesOf(env));
    const alert = env.ui.alerts.at(-1)!;
    expect(alert.title).toBe('Rectify · Validate ledger');
    expect(alert.prompt).toMatch(/^Found 2 error\(s\)/);
    expect(env.snapshot('台账').notes[2][8]).toMatch(new RegExp(`^${NOTE_MARKER}Error: `));
  });

  it('with 销号需审核 = 是 notes a done row that lacks its approval, and says an unapproved extension does not count', () => {
    const grid = exampleGrid('ledger').map((r, i) => {
      if (i === 0) return [...r, '销号审核人', '审核日期', '延期至', '延期批准'];
      if (i === 1) return [...r, '', '', '2024-12-31', '']; // 1: extended without approval
      if (i === 8) return [...r, '纪检组长', '2024-10-15', '', '']; // 4-4: done and approved
      return [...r, '', '', '', ''];
    });
    const settings = [...exampleGrid('settings'), ['销号需审核', '是']];
    const env = exampleEnv({ settings, ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(env));
    const notes = env.snapshot('台账').notes;
    // The four columns follow the example's own: 销号审核人, 审核日期, 延期至, 延期批准 from index w.
    const w = exampleGrid('ledger')[0].length;
    // Row 10 is done without approver or approval date; row 9 is approved, so has no such note.
    expect(notes[9][w]).toContain('销号审核人');
    expect(notes[9][w + 1]).toContain('审核日期');
    expect(notes[8][w]).toBe('');
    expect(notes[8][w + 1]).toBe('');
    // The unapproved extension: the note says the original deadline stands.
    expect(notes[1][w + 3] + notes[1][w + 2]).toContain('延期批准');
    expect(env.values('台账')).toEqual(grid);
    // Without review, the same done row needs no approval.
    const off = exampleEnv({ ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(off));
    expect(off.snapshot('台账').notes[9][w]).toBe('');
  });

  it('alerts with what to do when there is no ledger at all', () => {
    const env = exampleEnv({ ledger: { name: 'Sheet1', values: [['随便', '写点']] } });
    expect(validateLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('找不到台账');
    expect(env.ui.alerts.at(-1)!.prompt).toContain('初始化台账');
  });
});

describe('notePlan and validationSummary', () => {
  // A finding whose text is easy to spot: an unknown status word, rendered by the catalogue as 整改状态“…”无法识别….
  const f = (row: number, column: number, severity: 'error' | 'warning', word: string): Finding =>
    finding(row, column, null, severity, findingMessage('status.unknown', { text: word }));
  const text = (word: string) => findingText('zh', findingMessage('status.unknown', { text: word }));

  it('puts two findings on one cell on two lines and ignores findings outside the grid', () => {
    const plan = notePlan(
      [f(2, 1, 'error', 'a'), f(2, 1, 'warning', 'b'), f(9, 9, 'error', 'c')],
      2,
      2,
      'zh',
    );
    expect(plan).toEqual([
      ['', ''],
      [`错误：${text('a')}\n提醒：${text('b')}`, ''],
    ]);
  });

  it('lists at most the first findings and says how many more there are', () => {
    const many = Array.from({ length: 15 }, (_, i) => f(i + 2, 1, 'warning', `w${i}`));
    const summary = validationSummary(many, 20, '2024-10-30', '台账', 'zh');
    expect(summary).toContain(`A13  提醒：${text('w11')}`);
    expect(summary).not.toContain('w12');
    expect(summary).toContain('……另有 3 条。');
  });
});
