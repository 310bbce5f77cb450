// Row-sized arrays never go through a spread (Math.max(...xs), push(...xs)): past ~125,000 items that overflows
// the call stack. Each site is driven here with more items than that.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { table } from '../../src/cli/format';
import { main } from '../../src/cli/main';
import {
  appendAll,
  buildNotice,
  DEFAULT_SETTINGS,
  maxOf,
  minOf,
  parseLedger,
  parseNarrative,
  planReminders,
} from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { captureIo, scratchDir } from '../cli/helpers';
import { exampleEnv, servicesOf } from '../gas/helpers';

const MANY = 140_000;
const HEADER = ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '责任人邮箱'];

/** A ledger of `n` rows, all overdue at 2024-10-30 and owned by one address. */
function bigLedger(n: number): string[][] {
  const rows = [HEADER];
  for (let i = 1; i <= n; i++)
    rows.push([String(i), `问题${i}`, '措施', '办公室', '2024-09-30', '正在整改', 'owner@example.org']);
  return rows;
}

describe('array helpers', () => {
  it('take more items than a spread can', () => {
    const xs = Array.from({ length: MANY }, (_, i) => i);
    expect(() => Math.max(...xs, ...xs, ...xs)).toThrow(RangeError);
    expect(maxOf(xs)).toBe(MANY - 1);
    expect(minOf(xs)).toBe(0);
    expect(maxOf([], 0)).toBe(0);
    expect(appendAll([-1], xs)).toHaveLength(MANY + 1);
  });
});

describe('spread sites driven with 140,000 items', () => {
  it('table() lays out 140,000 rows', () => {
    const rows = Array.from({ length: MANY }, (_, i) => [`A${i + 2}`, i]);
    const text = table(['单元格', '数'], rows);
    expect(text.split('\n')).toHaveLength(MANY + 2);
    expect(text.split('\n')[1]).toBe('-------  ------');
  });

  it('rectify check prints 140,000 findings and exits 1, not 3 with a stack trace', async () => {
    const dir = scratchDir();
    const file = join(dir, 'many.csv');
    const lines = [HEADER.join(',')];
    for (let i = 1; i <= MANY; i++) lines.push(`${i},问题${i},措施,办公室,尽快,正在整改,`);
    writeFileSync(file, lines.join('\n'));
    const io = captureIo();
    const code = await main(['check', file, '--as-of', '2024-10-30'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(1);
    expect(io.stdout.join('\n').split('\n').length).toBeGreaterThan(MANY);
  }, 120_000);

  it('the narrative takes a section of 140,000 paragraphs', () => {
    const grid: string[][] = [['章节', '段落']];
    for (let i = 0; i < MANY; i++) grid.push(['一', `段落${i}`]);
    const { narrative } = parseNarrative(grid, DEFAULT_SETTINGS);
    const total = Object.values(narrative).reduce((n, ps) => n + (ps as unknown[]).length, 0);
    expect(total).toBe(MANY);
  });

  it('the reminder plan orders digests of 140,000 overdue items', () => {
    const { ledger } = parseLedger(bigLedger(MANY), { asOf: '2024-10-30' });
    const plan = planReminders({
      problems: ledger!.problems,
      asOf: '2024-10-30',
      settings: DEFAULT_SETTINGS,
    });
    expect(plan.digests.length).toBeGreaterThan(0);
    expect(plan.digests[0].recipient).toBe('owner@example.org');
  });

  it('setting up a sheet of 140,000 rows adds the missing columns after the widest row', () => {
    const env = exampleEnv({ ledger: { name: '台账', values: bigLedger(MANY) } });
    setupLedger(servicesOf(env));
    const header = env.sheet('台账').getRange(1, 1, 1, 20).getValues()[0];
    expect(header.slice(0, HEADER.length)).toEqual(HEADER);
    expect(header[HEADER.length]).not.toBe('');
  }, 120_000);
});

describe('a narrative of 140,000 distinct section names', () => {
  it('reaches the notice as 140,000 warnings, read in linear time (a find() per name was quadratic)', () => {
    const grid: string[][] = [['章节', '段落']];
    for (let i = 0; i < MANY; i++) grid.push([`无此章节${i}`, `段落${i}`]);
    const result = buildNotice({
      problems: [],
      settings: DEFAULT_SETTINGS,
      asOf: '2024-10-30',
      narrative: grid,
    });
    expect(result.warnings.filter((w) => w.code === 'narrative.unmatched').length).toBe(MANY - 2);
  }, 120_000);
});
