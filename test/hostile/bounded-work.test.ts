// Work bounded by caps, not by the file: 1,048,576 rows through every command, a zip bomb, long cells, wide rows.
// Each is refused with one line naming the file, the cap and the variable that raises it; raised, it completes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { limitsFromEnv } from '../../src/cli/limits';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from '../cli/helpers';
import { buildPackage } from '../ooxml/packages';

const EXCEL_ROWS = 1_048_576;
const HEADER = '编号,问题描述,整改措施,责任科室,整改时限,整改状态';
const VARIABLES = [
  'RECTIFY_MAX_ROWS',
  'RECTIFY_MAX_COLUMNS',
  'RECTIFY_MAX_CELL_LENGTH',
  'RECTIFY_MAX_INFLATED_MB',
];

afterEach(() => {
  for (const v of VARIABLES) delete process.env[v];
});

/** Every command that reads a ledger, with the arguments it needs to run to the end. */
function commands(file: string, dir: string): string[][] {
  return [
    ['check', file],
    ['totals', file],
    ['notice', file, '--out', join(dir, 'n.docx')],
    ['notice', file, '--out', join(dir, 'n.html')],
    ['colour', file, '--out', join(dir, 'c.xlsx')],
    ['remind', file, '--dry-run'],
  ];
}

/** rollup lists an unreadable ledger as not included (exit 1) and goes on with the others. */
async function expectRefused(argv: string[], lang: 'zh' | 'en', line: string, file: string): Promise<void> {
  const io = captureIo();
  const code = await main([...argv, '--as-of', '2024-10-30', '--lang', lang], io);
  if (argv[0] === 'rollup') {
    expect([argv[0], code]).toEqual([argv[0], 1]);
    const reason = line.slice(file.length + 2);
    expect(io.stderr).toEqual([
      lang === 'zh' ? `未汇总：${file}：${reason}` : `Not included: ${file}: ${reason}`,
    ]);
  } else {
    expect([argv[0], code]).toEqual([argv[0], 2]);
    expect(io.stderr).toEqual([line]);
  }
}

describe('a sheet of 1,048,576 rows (Excel’s most)', () => {
  it('CSV: every command refuses it with one line, before parsing more than the cap', async () => {
    const dir = scratchDir();
    const file = join(dir, 'million.csv');
    writeFileSync(file, `${HEADER}\n${'1,问题,措施,办公室,2024-09-30,正在整改\n'.repeat(EXCEL_ROWS - 1)}`);
    for (const argv of [...commands(file, dir), ['rollup', file]]) {
      await expectRefused(
        argv,
        'zh',
        `${file}: 超过 200,000 行的上限（确需处理可设置环境变量 RECTIFY_MAX_ROWS 放宽）`,
        file,
      );
    }
  }, 300_000);

  it('.xlsx: every command refuses it with one line, naming the sheet', async () => {
    const dir = scratchDir();
    const file = join(dir, 'million.xlsx');
    const rows: string[] = [];
    for (let r = 1; r <= EXCEL_ROWS; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    writeFileSync(
      file,
      buildPackage({
        producer: 'excel',
        level: 1,
        sheets: [{ name: '台账', body: `${rows.join('')}</sheetData>` }],
      }),
    );
    // Every command reads through the same loadContext; the .xlsx reader is driven by three of them.
    const all = commands(file, dir);
    for (const argv of [all[0], all[4], ['rollup', file]]) {
      await expectRefused(
        argv,
        'en',
        `${file}: sheet "台账" has more than the 200,000-row limit (set RECTIFY_MAX_ROWS to raise it)`,
        file,
      );
    }
  }, 300_000);

  it('with the cap raised, totals reads all 1,048,576 rows of a CSV and counts every problem', async () => {
    const dir = scratchDir();
    const file = join(dir, 'million.csv');
    writeFileSync(
      file,
      `问题描述,整改措施,责任科室,整改时限,整改状态\n${'问题,措施,办公室,2024-09-30,正在整改\n'.repeat(EXCEL_ROWS - 1)}`,
    );
    process.env.RECTIFY_MAX_ROWS = String(EXCEL_ROWS);
    const io = captureIo();
    expect(await main(['totals', file, '--as-of', '2024-10-30', '--json'], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(JSON.parse(io.text())).toMatchObject({ total: EXCEL_ROWS - 1, overdue: EXCEL_ROWS - 1 });
  }, 300_000);
});

describe('a zip bomb', () => {
  it('is refused from its directory, inflating nothing, when its sizes are honest', async () => {
    const dir = scratchDir();
    const file = join(dir, 'bomb.xlsx');
    const bytes = buildPackage({
      producer: 'excel',
      sheets: [{ name: '台账', body: '</sheetData>' }],
      parts: { 'xl/media/zeros.bin': new Uint8Array(64 << 20) },
    });
    expect(bytes.length).toBeLessThan(1 << 20);
    writeFileSync(file, bytes);
    process.env.RECTIFY_MAX_INFLATED_MB = '32';
    const io = captureIo();
    expect(await main(['check', file, '--lang', 'zh'], io)).toBe(2);
    expect(io.stderr).toEqual([
      `${file}: 解压后超过 32 MB 的上限，已停止读取（确需处理可设置环境变量 RECTIFY_MAX_INFLATED_MB 放宽）`,
    ]);
  });

  it('whose directory understates a part is stopped while inflating, as damaged', async () => {
    const dir = scratchDir();
    const file = join(dir, 'liar.xlsx');
    const honest = zipSync({ 'xl/workbook.xml': new Uint8Array(8 << 20).fill(0x20) }, { level: 9 });
    const view = new DataView(honest.buffer);
    for (let p = honest.length - 22; p >= 0; p--)
      if (view.getUint32(p, true) === 0x02014b50) {
        view.setUint32(p + 24, 100, true);
        break;
      }
    writeFileSync(file, honest);
    const io = captureIo();
    expect(await main(['check', file, '--lang', 'en'], io)).toBe(2);
    expect(io.stderr).toEqual([
      `${file}: the workbook is damaged and cannot be read (xl/workbook.xml: more data than the zip declares)`,
    ]);
  });
});

describe('cells and rows past the caps', () => {
  it('a cell longer than Excel allows, and a row wider than the cap, are named', async () => {
    const dir = scratchDir();
    const long = join(dir, 'long.csv');
    writeFileSync(long, `${HEADER}\n1,${'长'.repeat(32_768)},措施,办公室,2024-09-30,正在整改\n`);
    const io = captureIo();
    expect(await main(['check', long, '--lang', 'zh'], io)).toBe(2);
    expect(io.stderr).toEqual([
      `${long}: B2 有 32,768 个字符，超过每格 32,767 个字符的上限（确需处理可设置环境变量 RECTIFY_MAX_CELL_LENGTH 放宽）`,
    ]);
    const wide = join(dir, 'wide.xlsx');
    writeFileSync(
      wide,
      buildPackage({
        producer: 'excel',
        sheets: [
          {
            name: '台账',
            body: '<row r="1"><c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
          },
        ],
      }),
    );
    process.env.RECTIFY_MAX_COLUMNS = '100';
    const io2 = captureIo();
    expect(await main(['check', wide, '--lang', 'en'], io2)).toBe(2);
    expect(io2.stderr).toEqual([
      `${wide}: 台账!ZZ1 is past the 100-column limit (set RECTIFY_MAX_COLUMNS to raise it)`,
    ]);
  });

  it('an override that is not a positive whole number is refused, naming the variable', async () => {
    process.env.RECTIFY_MAX_ROWS = 'lots';
    const io = captureIo();
    const dir = scratchDir();
    const file = join(dir, 'a.csv');
    writeFileSync(file, `${HEADER}\n`);
    expect(await main(['check', file, '--lang', 'zh'], io)).toBe(2);
    expect(io.stderr).toEqual(['RECTIFY_MAX_ROWS：“lots”应为正整数']);
    expect(limitsFromEnv({ RECTIFY_MAX_INFLATED_MB: '2' }).maxInflatedBytes).toBe(2 << 20);
  });
});
