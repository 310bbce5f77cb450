// Where the CLI writes: an --out it cannot write ends in one line naming it (exit 2), never a stack trace;
// and no command writes over a file the user gave it to read.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

const EXAMPLE = resolve(__dirname, '..', '..', 'examples');

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

function expectOneLine(r: Awaited<ReturnType<typeof run>>, ...parts: string[]) {
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).not.toContain('\n');
  expect(r.err[0]).not.toMatch(/ at |Error:/);
  for (const part of parts) expect(r.err[0]).toContain(part);
}

describe('an --out that cannot be written', () => {
  const ledger = join(EXAMPLE, 'ledger.xlsx');

  test('notice: --out is an existing folder', async () => {
    const dir = scratchDir();
    const out = join(dir, 'notice.docx');
    mkdirSync(out);
    expectOneLine(await run('notice', ledger, '--out', out, '--lang', 'zh'), out, '这是一个文件夹');
  });

  test('notice: a part of the --out path is a file', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'reports'), 'x');
    const out = join(dir, 'reports', 'notice.html');
    expectOneLine(
      await run('notice', ledger, '--out', out, '--lang', 'en'),
      out,
      'a part of the path is a file, not a folder',
    );
  });

  test('demo: --out names a file, not a folder', async () => {
    const dir = scratchDir();
    const out = join(dir, 'out');
    writeFileSync(out, 'keep me');
    expectOneLine(await run('demo', '--out', out, '--lang', 'zh'), out, '无法写入');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  test('notice: a failed write leaves no half-written file or temp file behind', async () => {
    const dir = scratchDir();
    const out = join(dir, 'notice.docx');
    mkdirSync(out);
    await run('notice', ledger, '--out', out, '--lang', 'zh');
    expect(readdirSync(dir)).toEqual(['notice.docx']);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('colour never writes over a file it reads', () => {
  test('--out naming the --settings workbook is refused and the settings file is untouched', async () => {
    const dir = scratchDir();
    const settings = join(dir, '设置.xlsx');
    copyFileSync(join(EXAMPLE, 'ledger.xlsx'), settings);
    const before = readFileSync(settings);
    const r = await run(
      'colour',
      join(EXAMPLE, 'ledger.csv'),
      '--settings',
      settings,
      '--out',
      join(dir, '.', '设置.xlsx'),
      '--lang',
      'zh',
    );
    expectOneLine(r, '--out', '--settings');
    expect(readFileSync(settings).equals(before)).toBe(true);
  });
});
