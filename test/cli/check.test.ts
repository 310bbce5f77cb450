// `rectify check`: findings of the example (xlsx and csv), JSON shape, human table, exit codes 0/1/2, encodings.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main';
import { a1 } from '../../src/core';
import { captureIo, scratchDir } from './helpers';

const XLSX = join(__dirname, '..', '..', 'examples', 'ledger.xlsx');
const CSV = join(__dirname, '..', '..', 'examples', 'ledger.csv');
const HEADER = '编号,问题描述,整改措施,责任科室,整改时限,整改状态,完成日期,追赃挽损（万元）';

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await main(argv, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

function csvFile(name: string, content: string | Buffer): string {
  const path = join(scratchDir(), name);
  writeFileSync(path, content);
  return path;
}

/** GBK bytes, from the inverse of the WHATWG GBK decoder (Node has no GBK encoder). */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return Buffer.from(
    Array.from(text).flatMap((ch) =>
      ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]),
    ),
  );
}

const BAD_LEDGER = [
  HEADER,
  '1,学习不够,组织学习,办公室,2024年9月底前,正在整改,,',
  '2,制度不全,修订制度,财务室,尽快,待定,,-1',
  '2,学习不够,组织学习,,2024-02-30,已完成,2024-11-01,',
].join('\n');

describe('rectify check on the example at 2024-10-30', () => {
  it.each([
    ['xlsx', XLSX],
    ['csv', CSV],
  ])(
    '%s: no errors, the 5 "X月前" deadlines and 15 undated done rows as warnings, exit 0',
    async (_kind, path) => {
      const { code, out } = await run('check', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh');
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json).toMatchObject({ file: path, asOf: '2024-10-30', problems: 34, error: 0 });
      expect(json.warning).toBe(json.findings.length);
      for (const f of json.findings) {
        expect(Object.keys(f)).toEqual(
          expect.arrayContaining(['cell', 'row', 'field', 'severity', 'message']),
        );
        expect(f.cell).toBe(a1(f.row, f.column));
      }
      const cells = (code: string) =>
        json.findings.filter((f: { code: string }) => f.code === code).map((f: { cell: string }) => f.cell);
      expect(cells('deadline.before-month')).toEqual(['I8', 'I9', 'I10', 'I11', 'I12']);
      expect(cells('done.no-date')).toHaveLength(15);
      expect(json.findings.find((f: { cell: string }) => f.cell === 'I11').message).toContain(
        '2024年8月31日',
      );
    },
  );

  it('gives the same findings for the xlsx and the csv', async () => {
    const a = JSON.parse((await run('check', XLSX, '--as-of', '2024-10-30', '--json', '--lang', 'zh')).out);
    const b = JSON.parse((await run('check', CSV, '--as-of', '2024-10-30', '--json', '--lang', 'zh')).out);
    expect(a.findings).toEqual(b.findings);
  });

  it('prints a table of cell, severity and message, then a count line', async () => {
    const { code, out } = await run('check', CSV, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^单元格\s+级别\s+说明$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^I11\s+提醒\s+“2024年9月前完成整改”按字面理解为9月之前/),
    );
    expect(lines.at(-1)).toMatch(/：34 个问题，0 个错误，\d+ 个提醒。$/);
  });
});

describe('rectify check and totals read only', () => {
  it('leave the ledger file byte for byte as it was', async () => {
    const dir = scratchDir();
    for (const source of [XLSX, CSV]) {
      const path = join(dir, source.endsWith('.xlsx') ? 'copy.xlsx' : 'copy.csv');
      copyFileSync(source, path);
      const before = readFileSync(path);
      await run('check', path, '--as-of', '2024-10-30');
      await run('totals', path, '--as-of', '2024-10-30', '--json');
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(
        source.endsWith('.xlsx') ? ['copy.xlsx'] : ['copy.csv', 'copy.xlsx'],
      );
    }
  });
});

describe('rectify check on a ledger with errors', () => {
  it('exits 1 and reports each error at its cell', async () => {
    const path = csvFile('bad.csv', BAD_LEDGER);
    const { code, out } = await run('check', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    const brief = json.findings.map(
      (f: { cell: string; severity: string; code: string }) => `${f.cell} ${f.severity} ${f.code}`,
    );
    expect(brief).toEqual(
      expect.arrayContaining([
        'E3 error deadline.unreadable',
        'F3 error status.unknown',
        'H3 error recovered.invalid',
        'A4 error id.duplicate',
        'B4 warning problem.duplicate',
        'D4 error cell.required',
        'E4 error deadline.no-such-date',
        'G4 error done.future',
      ]),
    );
    expect(json.error).toBe(json.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  it('shows errors in the table and the count line', async () => {
    const path = csvFile('bad.csv', BAD_LEDGER);
    const { code, out } = await run('check', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(1);
    expect(out).toMatch(/^F3\s+错误\s+整改状态“待定”无法识别/m);
    expect(out).toMatch(/^E3\s+错误\s+“尽快”无法识别为整改时限/m);
    expect(out).toMatch(/3 个问题，\d+ 个错误，\d+ 个提醒。$/);
  });

  it('speaks English with --lang en', async () => {
    const path = csvFile('bad.csv', BAD_LEDGER);
    const { out } = await run('check', path, '--as-of', '2024-10-30', '--lang', 'en');
    expect(out.split('\n')[0]).toMatch(/^Cell\s+Severity\s+Message$/);
    expect(out).toMatch(/^F3\s+error\s+Status "待定" is not recognised/m);
  });

  it('says so when nothing is wrong', async () => {
    const path = csvFile('clean.csv', `${HEADER}\n1,学习不够,组织学习,办公室,2024年12月底前,正在整改,,\n`);
    const { code, out } = await run('check', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(0);
    expect(out).toBe(`${path}：1 个问题，未发现问题。`);
  });
});

describe('rectify check: encodings', () => {
  const text = `${HEADER}\r\n1,学习不够,组织学习,办公室,2024年9月前,正在整改,,\r\n`;
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8', Buffer.from(text)],
    ['GBK', gbk(text)],
  ])('%s reads the same', async (_name, bytes) => {
    const path = csvFile('ledger.csv', bytes);
    const { code, out } = await run('check', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.problems).toBe(1);
    expect(json.findings.map((f: { cell: string; message: string }) => [f.cell, f.message])).toEqual([
      ['E2', '“2024年9月前”按字面理解为9月之前，即2024年8月31日；如指9月底，请写“2024年9月底前”'],
    ]);
  });
});

describe('rectify check: usage and file problems exit 2 with a message naming the file or argument', () => {
  it('a missing file', async () => {
    const path = join(scratchDir(), 'nope.xlsx');
    const { code, out, err } = await run('check', path, '--as-of', '2024-10-30');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(path);
    expect(err[0].split('\n')).toHaveLength(1);
  });

  it('a bad --as-of', async () => {
    for (const bad of ['2024-13-01', '2024-02-30', '30/10/2024', 'today']) {
      const { code, err } = await run('check', CSV, '--as-of', bad);
      expect(code).toBe(2);
      expect(err[0]).toContain('--as-of');
      expect(err[0]).toContain(bad);
      expect(err[0].split('\n')).toHaveLength(1);
    }
  });

  it('a file that is not a ledger', async () => {
    const path = csvFile('notes.csv', '会议,日期\n党组会,2024-09-06\n');
    const { code, err } = await run('check', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(2);
    expect(err[0]).toContain(path);
    expect(err[0]).toContain('整改时限');
  });

  it('a ledger missing required columns names them', async () => {
    const path = csvFile('partial.csv', '编号,问题描述,整改状态\n1,学习不够,正在整改\n');
    const { code, err } = await run('check', path, '--as-of', '2024-10-30', '--lang', 'zh');
    expect(code).toBe(2);
    expect(err[0]).toContain(path);
    for (const name of ['整改措施', '责任科室', '整改时限']) expect(err[0]).toContain(name);
  });

  it('an unknown command, a missing ledger, an unknown option', async () => {
    const unknown = await run('chekc', CSV);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0].split('\n')[0]).toContain('chekc');
    const missing = await run('check', '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.err[0].split('\n')[0]).toContain('<ledger>');
    const option = await run('check', CSV, '--frobnicate');
    expect(option.code).toBe(2);
    expect(option.err[0].split('\n')[0]).toContain('--frobnicate');
  });

  it('a file type it cannot read', async () => {
    const path = csvFile('ledger.pdf', '%PDF-1.4');
    const { code, err } = await run('check', path);
    expect(code).toBe(2);
    expect(err[0]).toContain(path);
    expect(err[0]).toContain('.pdf');
  });
});

describe('rectify check with --settings from its own file', () => {
  it('addresses a bad setting to that file and its cell, so the clerk knows where to look', async () => {
    const settings = csvFile('my-settings.csv', '项目,值\n提醒提前天数,abc\n');
    const { code, out } = await run('check', CSV, '--settings', settings, '--as-of', '2024-10-30', '--json');
    expect(code).toBe(1);
    const bad = JSON.parse(out).findings.find((f: { field: string | null; sheet?: string }) => f.sheet);
    expect(bad).toMatchObject({ sheet: 'my-settings.csv', cell: 'B2', severity: 'error' });
    expect(bad.message).toContain('提醒提前天数');
  });
});
