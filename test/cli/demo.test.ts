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
    // The totals table: one header line and the example's figures under it. The four statuses sum to the
    // 34 problems (no status of the example is 长期坚持); its 3 long-term tasks are counted apart.
    const lines = text.split('\n');
    const header = lines.findIndex((l) =>
      /^问题总数\s+已完成\s+正在整改\s+未完成\s+长期坚持\s+长期坚持任务\s+已逾期\s+即将到期\s+完成率$/.test(
        l,
      ),
    );
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2].trim().split(/\s+/)).toEqual([
      '34',
      '15',
      '18',
      '1',
      '0',
      '3',
      '8',
      '7',
      '44.1%',
    ]);
    // `rectify` is not on PATH after `npm ci`: the hint names the command a user can paste.
    expect(text).toMatch(/详见 npx rectify check \S+ledger\.xlsx/);
    expect(text).not.toMatch(/详见 rectify /);
    // The overdue list: every overdue problem with its office, deadline and days late, the longest first.
    const list = lines.indexOf(`逾期未完成（${totals.overdue}）：`);
    expect(lines[list + 1]).toMatch(/^编号\s+责任科室\s+整改时限\s+逾期天数$/);
    const rows = lines.slice(list + 3, list + 3 + totals.overdue).map((l) => l.trim().split(/\s+/));
    expect(rows[0]).toEqual(['4-3', '办公室', '2024-08-31', '60']);
    expect(rows.map((r) => r[0]).sort()).toEqual(
      ['1', '10-1', '10-2', '10-3', '12-2', '12-3', '3-3', '4-3'].sort(),
    );
    expect(rows.slice(1).every((r) => r[2] === '2024-09-30' && r[3] === '30')).toBe(true);
    expect(lines[list + 3 + totals.overdue]).toBe('');
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
