// Where the ledger is read from: the 台账/Ledger sheet before any other, and the text files Excel and WPS save.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

const HEADER = ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态'];
const row = (id: string) => [id, `问题${id}`, '措施', '办公室', '2024-12-31', '正在整改'];

/** A workbook whose first sheet is a ledger-shaped copy of one row, and whose named sheet holds three rows. */
async function workbookWith(named: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const copy = workbook.addWorksheet('上月备份');
  copy.addRow(HEADER);
  copy.addRow(row('old'));
  const ledger = workbook.addWorksheet(named);
  ledger.addRow(['巡察整改台账']);
  ledger.addRow(HEADER);
  for (const id of ['1', '2', '3']) ledger.addRow(row(id));
  const path = join(scratchDir(), `${named}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('the ledger sheet of a workbook', () => {
  test.each(['台账', 'Ledger', 'ledger'])('a sheet named %s is read, not the first sheet', async (name) => {
    const path = await workbookWith(name);
    const io = captureIo();
    expect(await main(['totals', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh'], io)).toBe(0);
    expect(JSON.parse(io.text()).total).toBe(3);
  });

  test('findings point at the named sheet’s rows (its header sits below a title row)', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表由办公室维护']);
    const ledger = workbook.addWorksheet('Ledger');
    ledger.addRow(['巡察整改台账']);
    ledger.addRow(HEADER);
    ledger.addRow(['1', '问题', '措施', '办公室', '下个月', '正在整改']);
    const path = join(scratchDir(), 'named.xlsx');
    await workbook.xlsx.writeFile(path);
    const io = captureIo();
    expect(await main(['check', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh'], io)).toBe(1);
    const { findings } = JSON.parse(io.text());
    expect(findings.map((f: { cell: string }) => f.cell)).toEqual(['E3']);
  });
});

describe('text files as Excel and WPS save them', () => {
  const text = [HEADER, row('1')].map((r) => r.join('\t')).join('\r\n');
  test.each([
    ['ledger.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['ledger.tsv', Buffer.from(text)],
    ['LEDGER.CSV', Buffer.from(text.replace(/\t/g, ','))],
  ])('%s is read as a table', async (name, bytes) => {
    const path = join(scratchDir(), name);
    writeFileSync(path, bytes);
    const io = captureIo();
    expect(await main(['totals', path, '--as-of', '2024-10-30', '--json', '--lang', 'zh'], io)).toBe(0);
    expect(JSON.parse(io.text())).toMatchObject({ total: 1, byStatus: { inProgress: 1 } });
  });
});
