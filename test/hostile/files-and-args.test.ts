// Output files and arguments: short temp files a later run cleans up, a 254-character --out, refusals of a
// symlink, FIFO or read-only --out, repeated options, and messages that say what is really wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { tempName } from '../../src/cli/out-file';
import { captureIo, scratchDir } from '../cli/helpers';

const LEDGER = '问题描述,整改措施,责任科室,整改时限,整改状态\n问题,措施,办公室,2024-09-30,正在整改\n';

function ledger(dir = scratchDir()): string {
  const path = join(dir, 'ledger.csv');
  writeFileSync(path, LEDGER);
  return path;
}

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

/** The pid of a process that has exited, so no process holds it now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  }).stdout as unknown as number;
}

describe('temp files', () => {
  it('are short and recognisable: .rectify-<pid>.tmp', () => {
    expect(tempName(4242)).toBe('.rectify-4242.tmp');
  });

  it('one left by a killed run is removed by the next run; a live run’s is kept; none is left behind', async () => {
    const dir = scratchDir();
    const stale = join(dir, tempName(Number(deadPid())));
    const live = join(dir, tempName(process.ppid));
    writeFileSync(stale, 'half a workbook');
    writeFileSync(live, 'another run, still writing');
    const r = await run('colour', ledger(), '--out', join(dir, 'copy.xlsx'), '--as-of', '2024-10-30');
    expect(r.code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([tempName(process.ppid), 'copy.xlsx'].sort());
  });

  it('a legal 254-character --out name works (the old <out>.<pid>.tmp went past 255 bytes)', async () => {
    const dir = scratchDir();
    const name = `${'a'.repeat(249)}.xlsx`;
    expect(name.length).toBe(254);
    const out = join(dir, name);
    const r = await run('colour', ledger(), '--out', out, '--as-of', '2024-10-30');
    expect([r.code, r.stderr]).toEqual([0, []]);
    expect(statSync(out).size).toBeGreaterThan(0);
  });
});

describe('an --out that must not be replaced', () => {
  it('a symlink is refused with a reason, and the file it points to is untouched', async () => {
    const dir = scratchDir();
    const target = join(dir, 'someone.xlsx');
    writeFileSync(target, 'precious');
    const link = join(dir, 'link.xlsx');
    symlinkSync(target, link);
    const r = await run('colour', ledger(), '--out', link, '--as-of', '2024-10-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`${link}: 不能覆盖（这是一个符号链接；请写出到链接指向的文件或另一个文件名）`]);
    expect(readFileSync(target, 'utf8')).toBe('precious');
  });

  const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;
  (hasMkfifo ? it : it.skip)('a FIFO (not a regular file) is refused', async () => {
    const dir = scratchDir();
    const fifo = join(dir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const r = await run('notice', ledger(), '--out', fifo, '--as-of', '2024-10-30');
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toContain('不是普通文件');
  });

  it('a read-only file is refused (even for root), and keeps its content', async () => {
    const dir = scratchDir();
    const out = join(dir, 'locked.docx');
    writeFileSync(out, 'signed copy');
    chmodSync(out, 0o444);
    const r = await run('notice', ledger(), '--out', out, '--as-of', '2024-10-30');
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`${out}: 不能覆盖（文件是只读的；如确需替换，请先取消只读）`]);
    expect(readFileSync(out, 'utf8')).toBe('signed copy');
  });
});

describe('repeated and empty arguments', () => {
  it.each([
    [['--out', 'a.xlsx', '--out', 'b.xlsx'], '--out'],
    [['--as-of', '2024-10-30', '--as-of', '2024-11-30'], '--as-of'],
  ])('%j is refused naming the option', async (options, name) => {
    const r = await run('colour', ledger(), ...options);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`${name}：这个选项只能写一次（rectify --help 查看用法）`]);
  });

  it("check '' names the empty argument", async () => {
    const r = await run('check', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(['rectify check：台账文件名是空的（""）；请写出 .xlsx 或 .csv 文件的路径']);
    const out = await run('colour', ledger(), '--out', '');
    expect(out.stderr).toEqual(['--out：取值是空的（""）']);
  });
});

describe('messages that say what is wrong', () => {
  it('a symlink loop is not "no such file"', async () => {
    const dir = scratchDir();
    symlinkSync(join(dir, 'b.csv'), join(dir, 'a.csv'));
    symlinkSync(join(dir, 'a.csv'), join(dir, 'b.csv'));
    const r = await run('check', join(dir, 'a.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`${join(dir, 'a.csv')}: 路径中的符号链接构成循环，找不到文件`]);
  });

  it('a renamed .docx says it is a Word document', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    const path = join(scratchDir(), 'ledger.xlsx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run('check', path);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toContain('Word');
    expect(r.stderr[0]).not.toContain('没有工作表');
  });

  it.each(['9999-12-31', '1899-12-31'])('a deadline of %s says the years are 1900–2999', async (day) => {
    const dir = scratchDir();
    const path = join(dir, 'years.csv');
    writeFileSync(path, `问题描述,整改措施,责任科室,整改时限,整改状态\n问题,措施,办公室,${day},正在整改\n`);
    const r = await run('check', path, '--as-of', '2024-10-30');
    expect(r.code).toBe(1);
    expect(r.stdout.join('\n')).toContain('年份应在1900–2999年之间');
    expect(r.stdout.join('\n')).not.toContain('不是存在的日期');
  });

  it('a 1904-system date far out of range shows as a year, not "+010002-09"', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const s = wb.addWorksheet('台账');
    s.addRow(['问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '完成日期', '佐证材料']);
    s.addRow(['问题', '措施', '办公室', '2024-09-30', '已完成', 2958000, '纪要.pdf']);
    s.getCell('F2').numFmt = 'yyyy-mm-dd';
    const path = join(scratchDir(), 'd1904.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await run('check', path, '--as-of', '2024-10-30');
    const text = r.stdout.join('\n');
    expect(text).not.toMatch(/\+0\d{5}/);
    expect(text).toMatch(/完成日期“10\d{3}-\d{2}-\d{2}”的年份超出范围；年份应在1900–2999年之间/);
  });
});
