// `rectify demo` (= `npm start`): writes the five files from the bundled example and prints a short summary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DEMO_OUTPUTS, EXAMPLE } from '../../src/cli/commands/demo';
import { main } from '../../src/cli/main';
import { PALETTE } from '../../src/core';
import { captureIo, scratchDir } from './helpers';

describe('rectify demo', () => {
  test('writes the coloured workbook, notice, totals and reminders, and says where', async () => {
    const out = join(scratchDir(), 'out');
    const io = captureIo();
    expect(await main(['demo', '--out', out, '--lang', 'zh'], io)).toBe(0);
    const files = DEMO_OUTPUTS.map((o) => o.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'ledger-coloured.xlsx',
        'notice.docx',
        'notice.html',
        'totals.json',
        'reminders.json',
      ]),
    );
    const text = io.text();
    for (const f of files) expect(text).toContain(join(out, f));
    // The summary: the totals sentence and table, and the overdue list with its days.
    const totals = JSON.parse(readFileSync(join(out, 'totals.json'), 'utf8'));
    expect(totals.total).toBe(34);
    expect(text).toContain(totals.sentence);
    expect(text).toContain(`逾期未完成（${totals.overdue}）`);
    expect(JSON.parse(readFileSync(join(out, 'reminders.json'), 'utf8'))).toBeTruthy();
    expect(readFileSync(join(out, 'notice.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(out, 'notice.html'), 'utf8')).toContain('<html');

    // The coloured copy: the example's rows carry the palette, and its sheets are all there plus the legend.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'ledger-coloured.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['台账', '设置', '通报正文', '图例']);
    const colours = new Set<string>();
    workbook.getWorksheet('台账')!.eachRow((row, n) => {
      if (n < 2) return;
      const fill = row.getCell(1).fill as ExcelJS.FillPattern | undefined;
      if (fill?.pattern === 'solid') colours.add(`#${String(fill.fgColor?.argb).slice(2).toLowerCase()}`);
    });
    // At the example’s 2024-10-30 its long-term rows have dated deadlines, so they show as due or done.
    expect([...colours].sort()).toEqual([PALETTE.done, PALETTE.dueSoon, PALETTE.overdue].sort());
  });

  test('finds the example from the source tree as from dist/', () => {
    expect(EXAMPLE).toMatch(/examples[\\/]ledger\.xlsx$/);
    expect(readFileSync(EXAMPLE).subarray(0, 2).toString()).toBe('PK');
  });
});
