// The progress bar: silent off a terminal and for short work, drawn in place on a terminal once work passes a second.
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { createProgress } from '../../src/cli/progress';
import { fixtureWorkbook } from './fixtures';
import { captureIo, scratchDir } from './helpers';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress bar', () => {
  test('draws nothing when standard error is not a terminal, however long the work', () => {
    const io = captureIo(false);
    const c = clock();
    const p = createProgress(io, { now: c.now, timer: false });
    p.stage('着色', 10_000);
    for (let i = 0; i <= 10_000; i += 500) {
      c.advance(1000);
      p.tick(i);
    }
    p.finish();
    expect(io.raw).toEqual([]);
    expect(io.stderr).toEqual([]);
  });

  test('on a terminal: nothing in the first second, then a bar redrawn in place, then erased', () => {
    const io = captureIo(true);
    const c = clock();
    const p = createProgress(io, { now: c.now, timer: false, width: 10 });
    p.stage('着色', 1000);
    c.advance(500);
    p.tick(400);
    expect(io.raw).toEqual([]);
    c.advance(600);
    p.tick(500);
    expect(io.raw).toEqual(['\r着色 [#####-----] 50% 500/1,000']);
    c.advance(10);
    p.tick(600); // within the throttle: not redrawn
    expect(io.raw).toHaveLength(1);
    c.advance(200);
    p.tick(1000);
    expect(io.raw[1]).toBe('\r着色 [##########] 100% 1,000/1,000');
    p.finish();
    const width = '着色 [##########] 100% 1,000/1,000'.length + 2; // 着色 takes four columns
    expect(io.raw[2]).toBe(`\r${' '.repeat(width)}\r`);
    // Nothing goes to standard output or as whole lines to standard error.
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual([]);
  });

  test('a command run with output to a pipe or file prints no progress', async () => {
    const dir = scratchDir();
    const input = join(dir, 'in.xlsx');
    await fixtureWorkbook().xlsx.writeFile(input);
    for (const argv of [
      ['colour', input, '--out', join(dir, 'out.xlsx')],
      ['check', input],
      ['totals', input],
      ['notice', input, '--out', join(dir, 'notice.docx')],
    ]) {
      const io = captureIo(false);
      await main([...argv, '--as-of', '2024-10-30'], io);
      expect(io.raw).toEqual([]);
      // Whole-line notes (totals' "the ledger has errors") may appear; a bar never does.
      expect(io.stderr.join('\n')).not.toMatch(/\r|\[#|读取|着色/);
    }
  });

  test('on a terminal every long-running command draws its stages, erases the bar, and keeps stdout clean', async () => {
    const dir = scratchDir();
    const input = join(dir, 'in.xlsx');
    await fixtureWorkbook().xlsx.writeFile(input);
    const cases: [string[], RegExp[]][] = [
      [
        ['check', input],
        [/^\r读取 .*in\.xlsx/, /^\r检查台账/],
      ],
      [
        ['totals', input],
        [/^\r读取 /, /^\r检查台账/],
      ],
      [
        ['colour', input, '--out', join(dir, 'out.xlsx')],
        [/^\r读取 /, /^\r着色 \[[#-]+\] \d+% /, /^\r写出工作簿/],
      ],
      [
        ['notice', input, '--out', join(dir, 'notice.docx')],
        [/^\r读取 /, /^\r检查台账/, /^\r生成通报 .*notice\.docx/],
      ],
    ];
    for (const [argv, stages] of cases) {
      // A zero delay stands in for a ledger large enough to take over a second.
      const io = { ...captureIo(true), progress: { delayMs: 0, throttleMs: 0, timer: false } };
      await main([...argv, '--as-of', '2024-10-30', '--lang', 'zh'], io);
      for (const stage of stages)
        expect([argv[0], io.raw]).toEqual([argv[0], expect.arrayContaining([expect.stringMatching(stage)])]);
      // The last write erases the bar, so the command's own lines start clean; they never carry a \r.
      expect(io.raw.at(-1)).toMatch(/^\r +\r$/);
      expect(io.stdout.join('\n')).not.toMatch(/\r|\[#/);
    }
  });
});
