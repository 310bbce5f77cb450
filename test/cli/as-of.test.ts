// `--as-of` left out: the commands count as of today in Asia/Shanghai, whatever the machine's own zone.
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { todayInShanghai } from '../../src/cli/context';
import { main } from '../../src/cli/main';
import { captureIo } from './helpers';

const CSV = join(__dirname, '..', '..', 'examples', 'ledger.csv');

/** Fakes only the clock, so file reads and promises run as usual. */
function clockAt(instant: string): void {
  jest.useFakeTimers({
    now: new Date(instant),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

afterEach(() => {
  jest.useRealTimers();
});

describe('todayInShanghai', () => {
  it('turns the day at midnight Beijing time (16:00 UTC), not at midnight UTC', () => {
    expect(todayInShanghai(new Date('2024-10-29T15:59:59Z'))).toBe('2024-10-29');
    expect(todayInShanghai(new Date('2024-10-29T16:00:00Z'))).toBe('2024-10-30');
    expect(todayInShanghai(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01');
    expect(todayInShanghai(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  });
});

describe('commands without --as-of and without 统计截止日期', () => {
  it('totals count as of the Beijing day: at 00:30 on 30 October it is already the 30th', async () => {
    // 2024-10-29 16:30 UTC: still the 29th in UTC and everywhere west of China.
    clockAt('2024-10-29T16:30:00Z');
    const { code, out } = await run('totals', CSV, '--json', '--lang', 'zh');
    expect(code).toBe(0);
    const t = JSON.parse(out);
    expect(t.asOf).toBe('2024-10-30');
    expect(t.sentence).toMatch(/^截至10月30日，/);
    // The acceptance figures of the example at 2024-10-30, reached without naming the date.
    expect(t).toMatchObject({ total: 34, overdue: 8, dueSoon: 7 });
  });

  it('an hour earlier it is the 29th, and the counts follow the day', async () => {
    clockAt('2024-10-29T15:30:00Z');
    const t = JSON.parse((await run('totals', CSV, '--json', '--lang', 'zh')).out);
    expect(t.asOf).toBe('2024-10-29');
    expect(t.sentence).toMatch(/^截至10月29日，/);
  });

  it('--as-of still wins, in any form the ledger accepts for a day', async () => {
    clockAt('2025-01-01T01:00:00Z');
    for (const form of ['2024-10-30', '2024/10/30', '2024年10月30日']) {
      const t = JSON.parse((await run('totals', CSV, '--as-of', form, '--json', '--lang', 'zh')).out);
      expect([form, t.asOf, t.overdue]).toEqual([form, '2024-10-30', 8]);
    }
  });

  it('check reports the day it used', async () => {
    clockAt('2025-01-01T01:00:00Z');
    const json = JSON.parse((await run('check', CSV, '--json', '--lang', 'zh')).out);
    expect(json.asOf).toBe('2025-01-01');
  });
});
