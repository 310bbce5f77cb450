// Usage errors of the command line: one line, naming the argument, in Chinese or (with --lang en) English; exit 2.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

const CSV = resolve(__dirname, '..', '..', 'examples', 'ledger.csv');

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Exit 2, nothing on stdout, exactly one line on stderr, which contains every `parts`. */
function expectUsageError(r: Awaited<ReturnType<typeof run>>, ...parts: string[]) {
  expect(r.code).toBe(2);
  expect(r.out).toEqual([]);
  expect(r.err).toHaveLength(1);
  expect(r.err[0].split('\n')).toHaveLength(1);
  for (const part of parts) expect(r.err[0]).toContain(part);
}

describe('rectify usage errors', () => {
  test('an unknown option is named in one line, in the language asked for, without node’s "--" hint', async () => {
    const zh = await run('check', CSV, '--frobnicate', '--lang', 'zh');
    expectUsageError(zh, '未知选项“--frobnicate”', 'rectify --help');
    expect(zh.err[0]).not.toMatch(/positional|Unknown option/);
    expectUsageError(await run('check', CSV, '--frobnicate', '--lang=en'), 'unknown option "--frobnicate"');
  });

  test('an option without its value, and a flag given a value', async () => {
    expectUsageError(await run('check', CSV, '--lang', 'zh', '--as-of'), '--as-of：缺少取值', '2024-10-30');
    expectUsageError(await run('notice', CSV, '--lang', 'en', '--out'), '--out: missing value');
    expectUsageError(await run('check', CSV, '--lang', 'zh', '--json=yes'), '--json：这个选项不带取值');
  });

  test('an option the command does not read is refused, not silently ignored', async () => {
    const dir = scratchDir();
    const r = await run('check', CSV, '--out', join(dir, 'report.xlsx'), '--lang', 'zh');
    expectUsageError(r, 'rectify check', '--out', '--as-of');
    expect(readdirSync(dir)).toEqual([]);
    expectUsageError(
      await run('demo', '--as-of', '2024-10-30', '--lang', 'en'),
      'rectify demo: --as-of does not apply',
      '--out',
    );
    expectUsageError(
      await run('notice', CSV, '--out', join(dir, 'n.docx'), '--json', '--lang', 'zh'),
      '--json',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test('unknown command, missing ledger, extra argument: Chinese by default, English with --lang en', async () => {
    expectUsageError(await run('chekc', CSV, '--lang', 'zh'), '未知命令“chekc”');
    expectUsageError(await run('chekc', CSV, '--lang', 'en'), 'unknown command "chekc"');
    const zh = await run('totals', '--lang', 'zh');
    expectUsageError(zh, 'rectify totals：缺少台账文件');
    expect(zh.err[0]).not.toMatch(/[a-z]{4} <ledger>/);
    expectUsageError(await run('totals', CSV, 'extra.csv', '--lang', 'zh'), '多余的参数“extra.csv”');
    expectUsageError(
      await run('totals', CSV, 'extra.csv', '--lang', 'en'),
      'unexpected argument "extra.csv"',
    );
  });

  test('notice --out problems follow --lang', async () => {
    expectUsageError(await run('notice', CSV, '--lang', 'en'), 'rectify notice: missing --out');
    expectUsageError(
      await run('notice', CSV, '--out', 'n.pdf', '--lang', 'en'),
      '"n.pdf" must end in .docx or .html',
    );
    const zh = await run('notice', CSV, '--out', 'n.pdf', '--lang', 'zh');
    expectUsageError(zh, '“n.pdf”应以 .docx 或 .html 结尾');
    expect(zh.err[0]).not.toContain('must');
  });

  test('no command prints the usage on stderr with exit 2; --help prints it on stdout with exit 0', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.out).toEqual([]);
    expect(none.err.join('\n')).toContain('rectify check');
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.err).toEqual([]);
    expect(help.out.join('\n')).toContain('rectify notice');
  });

  test('without --lang, an English terminal (LC_ALL=en_US.UTF-8) gets English usage errors', async () => {
    const saved = process.env.LC_ALL;
    process.env.LC_ALL = 'en_US.UTF-8';
    try {
      expectUsageError(await run('remind', CSV), 'add --dry-run');
      expectUsageError(await run('check', CSV, '--frobnicate'), 'unknown option "--frobnicate"');
      expectUsageError(await run('notice', CSV), 'missing --out');
    } finally {
      if (saved === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved;
    }
  });
});
