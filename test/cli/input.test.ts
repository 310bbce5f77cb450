// Reading ledgers as offices send them: CSV encodings and separators, odd workbooks, and bad files (exit 2, one line).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { loadContext } from '../../src/cli/context';
import { decodeText, detectSeparator, parseCsv } from '../../src/cli/csv';
import { main } from '../../src/cli/main';
import { readLedger } from '../../src/cli/workbook';
import { fixtureWorkbook, gridWorkbookBytes } from './fixtures';
import { captureIo, gbk, scratchDir } from './helpers';

const HEADER = ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态'];
const ROW = ['1', '学习不够，需加强', '组织学习', '办公室', '2024-09-30', '正在整改'];

function csvText(sep: string, rows = [HEADER, ROW]): string {
  return rows
    .map((r) =>
      r.map((c) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(sep),
    )
    .join('\r\n');
}

async function checkJson(path: string, extra: string[] = []) {
  const io = captureIo();
  const code = await main(['check', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh', ...extra], io);
  return { code, io, json: code === 2 ? null : JSON.parse(io.text()) };
}

describe('CSV ledgers', () => {
  const variants: [string, Buffer][] = [
    ['UTF-8 with BOM, comma', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(','))])],
    ['UTF-8 without BOM, semicolon', Buffer.from(csvText(';'))],
    ['GBK, comma (Excel on Chinese Windows)', gbk(csvText(','))],
    ['GBK, tab', gbk(csvText('\t'))],
    [
      'UTF-16 LE, tab (Excel "Unicode text")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText('\t'), 'utf16le')]),
    ],
  ];
  test.each(variants)('%s reads the same problem', async (_name, bytes) => {
    const dir = scratchDir();
    const path = join(dir, 'ledger.csv');
    writeFileSync(path, bytes);
    const { code, json } = await checkJson(path);
    expect(code).toBe(0);
    expect(json.problems).toBe(1);
    const source = await readLedger(path);
    expect(source.grid[1]).toEqual(ROW);
  });

  test('a title line above the header does not fool separator detection', () => {
    const text = `整改台账（2024年）\n${csvText(';')}`;
    expect(detectSeparator(text)).toBe(';');
    expect(parseCsv(text)[2]).toEqual(ROW);
  });

  test('quoted fields keep separators, quotes and line breaks', () => {
    const rows = parseCsv('a,"b,1","say ""hi""","two\nlines"\n');
    expect(rows).toEqual([['a', 'b,1', 'say "hi"', 'two\nlines']]);
  });

  test('invalid UTF-8 falls back to GBK', () => {
    expect(decodeText(gbk('整改状态'))).toEqual({ text: '整改状态', encoding: 'gbk' });
  });
});

describe('workbooks', () => {
  test('the ledger may sit on a sheet not called 台账, after a cover sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('封面').getCell('A1').value = '巡察整改工作台账';
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(HEADER);
    sheet.addRow(ROW);
    const path = join(scratchDir(), 'wps.xlsx');
    await workbook.xlsx.writeFile(path);
    const source = await readLedger(path);
    expect(source.sheetName).toBe('Sheet1');
    expect((await checkJson(path)).json.problems).toBe(1);
  });

  test('an e-mail cell Excel turned into a link reads as its text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(HEADER);
    sheet.getCell('A2').value = { text: 'a@example.org', hyperlink: 'mailto:a@example.org' };
    sheet.getCell('B2').value = {
      text: { richText: [{ text: 'b@' }, { text: 'example.org' }] },
      hyperlink: 'mailto:b@example.org',
    } as unknown as ExcelJS.CellValue;
    const path = join(scratchDir(), 'links.xlsx');
    await workbook.xlsx.writeFile(path);
    const { grid } = await readLedger(path);
    expect(grid[1].slice(0, 2)).toEqual(['a@example.org', 'b@example.org']);
  });

  test('settings and narrative come from the workbook’s sheets, or from files given on the command line', async () => {
    const dir = scratchDir();
    const workbook = fixtureWorkbook();
    const settings = workbook.addWorksheet('设置');
    settings.addRow(['项目', '值']);
    settings.addRow(['统计截止日期', '2024-11-15']);
    workbook.addWorksheet('通报正文').addRow(['一', '工作开展情况']);
    const path = join(dir, 'with-settings.xlsx');
    await workbook.xlsx.writeFile(path);
    const ctx = await loadContext({ ledger: path, lang: 'zh' });
    expect(ctx.asOf).toBe('2024-11-15');
    expect(ctx.narrative?.[0]).toEqual(['一', '工作开展情况']);

    const side = join(dir, 'settings.csv');
    writeFileSync(side, '项目,值\n统计截止日期,2024-12-01\n');
    const narrative = join(dir, 'narrative.csv');
    writeFileSync(narrative, '一,另一份正文\n');
    const fromFiles = await loadContext({ ledger: path, settings: side, narrative, lang: 'zh' });
    expect(fromFiles.asOf).toBe('2024-12-01');
    expect(fromFiles.narrative?.[0]).toEqual(['一', '另一份正文']);
    // --as-of wins over the 统计截止日期 setting, and takes the forms the ledger accepts.
    expect((await loadContext({ ledger: path, asOf: '2024年10月30日' })).asOf).toBe('2024-10-30');
  });
});

describe('bad input: exit 2 and one line naming the file', () => {
  const ole = (extra: Buffer) =>
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), extra]);

  async function badFiles(): Promise<[string, string, string][]> {
    const dir = scratchDir();
    const good = await gridWorkbookBytes([HEADER, ROW]);
    const files: [string, Buffer | null, string][] = [
      ['missing.xlsx', null, '文件不存在'],
      // Office wraps a password-protected .xlsx in an OLE file with an EncryptionInfo stream.
      ['locked.xlsx', ole(Buffer.from('EncryptionInfo\0EncryptedPackage', 'utf16le')), '密码'],
      ['old.xlsx', ole(Buffer.from('Workbook', 'utf16le')), '.xls'],
      ['truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), '损坏'],
      ['renamed.xlsx', Buffer.from('编号,问题描述\n1,x\n'), '不是 .xlsx'],
      ['empty.csv', Buffer.alloc(0), '空'],
      ['ledger.xls', Buffer.from('x'), '另存为 .xlsx'],
      [
        'no-header.xlsx',
        await gridWorkbookBytes([
          ['编号', '问题描述', '备注'],
          ['1', 'x', ''],
        ]),
        '缺少必需的列',
      ],
      ['no-table.csv', Buffer.from('会议纪要\n今天开会\n'), '找不到台账表头'],
    ];
    mkdirSync(join(dir, 'folder.xlsx'));
    const out: [string, string, string][] = [[join(dir, 'folder.xlsx'), 'folder.xlsx', '不是文件']];
    for (const [name, bytes, expected] of files) {
      if (bytes) writeFileSync(join(dir, name), bytes);
      out.push([join(dir, name), name, expected]);
    }
    return out;
  }

  test('for check, totals and colour alike', async () => {
    const cases = await badFiles();
    for (const [path, name, expected] of cases) {
      for (const command of ['check', 'totals', 'colour']) {
        const io = captureIo();
        const argv = [command, path, '--lang', 'zh'];
        if (command === 'colour') argv.push('--out', join(scratchDir(), 'out.xlsx'));
        const code = await main(argv, io);
        expect([name, command, code]).toEqual([name, command, 2]);
        expect([name, io.stderr.length]).toEqual([name, 1]);
        expect(io.stderr[0]).toContain(path);
        expect([name, io.stderr[0]]).toEqual([name, expect.stringContaining(expected)]);
        expect(io.stdout).toEqual([]);
      }
    }
  });

  test('in English when asked', async () => {
    const io = captureIo();
    expect(await main(['check', join(scratchDir(), 'nope.csv'), '--lang', 'en'], io)).toBe(2);
    expect(io.stderr).toEqual([expect.stringMatching(/nope\.csv: no such file$/)]);
  });

  test('the ledger’s own errors exit 1 and list the findings with their cells', async () => {
    const path = join(scratchDir(), 'bad-rows.csv');
    writeFileSync(path, csvText(',', [HEADER, ['1', '问题', '措施', '办公室', '下个月吧', '正在整改']]));
    const io = captureIo();
    expect(await main(['check', path, '--lang', 'zh'], io)).toBe(1);
    expect(io.text()).toContain('E2');
  });
});

describe('separator detection', () => {
  test('a semicolon file whose cells hold ASCII commas is still read by its semicolons', async () => {
    const measures = '一是学习,二是整改,三是检查,四是督办,五是问责,六是回头看,七是总结';
    const second = ['2', '制度不全', '修订制度', '财务室', '2024-12-31', '正在整改'];
    const text = csvText(';', [HEADER, ROW.map((c, i) => (i === 2 ? measures : c)), second]);
    expect(detectSeparator(text)).toBe(';');
    const dir = scratchDir();
    const path = join(dir, 'semi.csv');
    writeFileSync(path, text);
    const { code, json } = await checkJson(path);
    expect(code).toBe(0);
    expect(json.problems).toBe(2);
    expect((await readLedger(path)).grid[1][2]).toBe(measures);
  });

  test('a comma file whose cells hold semicolons stays a comma file', () => {
    const text = csvText(',', [
      HEADER,
      ROW.map((c, i) => (i === 2 ? '一是学习；二是整改;三是检查;四是督办' : c)),
    ]);
    expect(detectSeparator(text)).toBe(',');
  });
});
