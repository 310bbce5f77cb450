// Findings instead of silence, and a CSV copied to .xlsx exactly as typed: a doubled header names both cells,
// a UTF-8 file with a stray byte names its line, a character .xlsx cannot store names its cell, and CR,
// controls and DEL survive the copy.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { readLedger } from '../../src/cli/workbook';
import { captureIo, gbk, scratchDir } from '../cli/helpers';

type JsonFinding = { cell: string; code: string; severity: string; message: string };

async function checkJson(file: string): Promise<{ code: number; findings: JsonFinding[]; stderr: string[] }> {
  const io = captureIo();
  const code = await main(['check', file, '--as-of', '2024-10-30', '--json'], io);
  const findings = io.stdout.length ? (JSON.parse(io.stdout.join('\n')).findings as JsonFinding[]) : [];
  return { code, findings, stderr: io.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(scratchDir(), name);
  writeFileSync(path, content);
  return path;
}

describe('a doubled header', () => {
  it('two 整改时限 columns: an error on the second naming both cells', async () => {
    const path = file(
      'doubled.csv',
      '问题描述,整改措施,责任科室,整改时限,整改状态,整改时限\n问题,措施,办公室,2024-09-30,正在整改,2024-12-31\n',
    );
    const { code, findings } = await checkJson(path);
    expect(code).toBe(1);
    const doubled = findings.filter((f) => f.code === 'column.duplicate');
    expect(doubled.map((f) => [f.cell, f.severity])).toEqual([['F1', 'error']]);
    expect(doubled[0].message).toContain('D1 和 F1');
  });

  it('two 备注 columns only warn', async () => {
    const path = file(
      'remarks.csv',
      '问题描述,整改措施,责任科室,整改时限,整改状态,备注,备注\n问题,措施,办公室,2024-09-30,正在整改,a,b\n',
    );
    const { code, findings } = await checkJson(path);
    expect(code).toBe(0);
    expect(findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['G1', 'column.duplicate', 'warning'],
    ]);
  });
});

describe('a CSV whose encoding is mixed', () => {
  const header = '问题描述,整改措施,责任科室,整改时限,整改状态\n';
  it('one non-UTF-8 byte on line 3 is named, not read as GBK and reported as a missing header', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${header}问题一,措施,办公室,2024-09-30,正在整改\n问题二,措施`),
      Buffer.from([0xb0]),
      Buffer.from(',办公室,2024-09-30,正在整改\n'),
    ]);
    const { code, stderr } = await checkJson(file('mixed.csv', bytes));
    expect(code).toBe(2);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toContain('编码混杂');
    expect(stderr[0]).toContain('第 3 行');
    expect(stderr[0]).toContain('0xB0');
    expect(stderr[0]).not.toContain('找不到台账表头');
  });

  it('a whole GBK file still reads as GBK', async () => {
    const { code, findings } = await checkJson(
      file('gbk.csv', gbk(`${header}问题一,措施,办公室,2024-09-30,正在整改\n`)),
    );
    expect([code, findings]).toEqual([0, []]);
  });
});

describe('a CSV copied to .xlsx', () => {
  const typed = {
    cr: '第一行\r第二行',
    crlf: '甲\r\n乙',
    esc: '\u001b[31m红\u001b[0m',
    controls: 'a\u0001b\u0008c\u001fd',
    del: '删\u007f除',
    escapeLike: '_x000D_ 原样',
  };

  it('keeps CR, controls, DEL and escape-looking text exactly as typed', async () => {
    const cells = Object.values(typed).map((t) => `"${t}"`);
    const path = file(
      'exact.csv',
      `问题描述,整改措施,责任科室,整改时限,整改状态,${Object.keys(typed).join(',')}\n问题,措施,办公室,2024-09-30,正在整改,${cells.join(',')}\n`,
    );
    const out = join(scratchDir(), 'copy.xlsx');
    const io = captureIo();
    expect(await main(['colour', path, '--out', out, '--as-of', '2024-10-30'], io)).toBe(0);
    const { grid } = await readLedger(out);
    expect(grid[1].slice(5, 11)).toEqual(Object.values(typed));
    // In the file, CR is Excel's _x000D_ (MS-OI29500 2.1.1747), never a raw CR an XML parser turns into LF.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n))
          .map((n) => zip.file(n)!.async('string')),
      )
    ).join('');
    expect(xml).toContain('第一行_x000D_第二行');
    expect(xml).toContain('_x005F_x000D_ 原样');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\r]/);
  });

  it('a character .xlsx cannot store is a finding naming the cell; the copy is still a valid workbook', async () => {
    const path = file(
      'nul.csv',
      '问题描述,整改措施,责任科室,整改时限,整改状态,备注\n问题,措施,办公室,2024-09-30,正在整改,"前\u0000后"\n',
    );
    const { findings } = await checkJson(path);
    expect(findings.map((f) => [f.cell, f.code])).toEqual([['F2', 'cell.unstorable']]);
    expect(findings[0].message).toContain('U+0000');
    const out = join(scratchDir(), 'nul.xlsx');
    await main(['colour', path, '--out', out, '--as-of', '2024-10-30'], captureIo());
    const { grid } = await readLedger(out);
    expect(grid[1][5]).toBe('前后');
  });
});

describe('LibreOffice reads the copy as typed', () => {
  // LibreOffice with Calc's import filters (the package libreoffice-calc, which .ci/run installs).
  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore' });
      return existsSync('/usr/lib/libreoffice/program/libscfiltlo.so');
    } catch {
      return false;
    }
  })();
  if (!soffice) console.warn('LibreOffice Calc is missing: the LibreOffice read-back test is skipped');
  (soffice ? it : it.skip)(
    'CR and ESC arrive in LibreOffice as the characters typed',
    async () => {
      const dir = scratchDir();
      const path = join(dir, 'lo.csv');
      writeFileSync(
        path,
        '问题描述,整改措施,责任科室,整改时限,整改状态,备注\n问题,措施,办公室,2024-09-30,正在整改,"甲\r乙\u001b丙"\n',
      );
      const out = join(dir, 'lo.xlsx');
      // Converted elsewhere: the output lo.csv must not be the input lo.csv read back.
      const converted = scratchDir();
      await main(['colour', path, '--out', out, '--as-of', '2024-10-30'], captureIo());
      execFileSync(
        'soffice',
        [
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          converted,
          out,
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const csv = readFileSync(join(converted, 'lo.csv'), 'utf8');
      expect(csv).toContain('"甲\r乙\u001b丙"');
    },
    150_000,
  );
});
