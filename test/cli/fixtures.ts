// Workbooks as offices really keep them: a title banner, merged categories, formulas, a second sheet, own fills.
import ExcelJS from 'exceljs';

export const HEADER = [
  '编号',
  '问题类别',
  '问题描述',
  '整改措施',
  '责任科室',
  '责任人邮箱',
  '整改时限',
  '整改状态',
  '完成日期',
  '追赃挽损（万元）',
  '内部备注',
];

/** Rows 3–9 at as-of 2024-10-30: overdue, due soon, done, long-term, not due, a bad deadline, a bad e-mail. */
export const ROWS: ExcelJS.CellValue[][] = [
  [
    '1-1',
    '1. 政治建设',
    '学习不够',
    '组织学习',
    '办公室',
    'a@example.org',
    '2024-09-30',
    '正在整改',
    null,
    1.5,
  ],
  ['1-2', null, '制度未修订', '修订制度', '办公室', 'a@example.org', '2024-11-03', '正在整改', null, null],
  [
    '2-1',
    '2. 作风建设',
    '会议过多',
    '精简会议',
    '组织联络部',
    'b@example.org',
    '2024-09-30',
    '已完成',
    new Date(Date.UTC(2024, 8, 20)),
    null,
  ],
  [
    '2-2',
    '2. 作风建设',
    '长效机制',
    '建立机制',
    '组织联络部',
    'b@example.org',
    '长期坚持',
    '长期坚持',
    null,
    null,
  ],
  ['3-1', '3. 财务', '报销不规范', '规范报销', '财务室', 'c@example.org', '2025-06-30', '未完成', null, 2],
  ['3-2', '3. 财务', '票据不全', '补齐票据', '财务室', 'c@example.org', '下个月吧', '正在整改', null, null],
  [
    '3-3',
    '3. 财务',
    '账目不清',
    '清理账目',
    '财务室',
    'not-an-address',
    '2025-06-30',
    '正在整改',
    null,
    null,
  ],
];

export const PERSON_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
export const THEME_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color>,
};

/** The fixture ledger workbook; cells a test looks at are listed in the comments. */
export function fixtureWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  // Row 1: a merged banner above the header.
  sheet.mergeCells('A1:K1');
  sheet.getCell('A1').value = '市文联巡察整改台账';
  sheet.getCell('A1').font = { name: '方正小标宋简体', size: 18, bold: true };
  sheet.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;
  sheet.getRow(2).values = HEADER;
  sheet.getRow(2).font = { name: '黑体', bold: true };
  sheet.getCell('E2').fill = PERSON_FILL; // a header cell a person highlighted
  ROWS.forEach((values, i) => {
    const row = sheet.getRow(3 + i);
    row.values = values;
    row.font = { name: '仿宋', size: 12 };
    row.getCell(11).value = { formula: `LEN(C${3 + i})`, result: String(values[2]).length };
  });
  // 问题类别 merged down rows 3–4, as ledgers group problems of one category.
  sheet.mergeCells('B3:B4');
  sheet.getCell('I5').numFmt = 'yyyy-mm-dd';
  sheet.getCell('C5').fill = PERSON_FILL; // a person's own fill inside a coloured row
  sheet.getCell('D7').fill = THEME_FILL; // a theme-colour fill, also a person's
  sheet.getCell('C9').note = '王科长：待核实'; // a person's note on a cell… (F9 holds the bad e-mail)
  sheet.getCell('F9').note = '邮箱待更新'; // …and on the bad cell itself: it must stay as it is
  sheet.getCell('M3').value = { formula: 'SUM(J3:J9)', result: 3.5 }; // a side sum right of the table: no colour
  sheet.getColumn(3).width = 48;
  sheet.getColumn(4).width = 36;
  sheet.getColumn(11).width = 9;
  sheet.getColumn(11).hidden = true;
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  validations(sheet).add('H3:H9', {
    type: 'list',
    allowBlank: true,
    formulae: ['"已完成,正在整改,未完成,长期坚持"'],
  });

  const other = workbook.addWorksheet('统计');
  other.getCell('A1').value = '统计表';
  other.mergeCells('A1:C1');
  other.getCell('A2').value = '问题数';
  other.getCell('B2').value = { formula: 'COUNTA(台账!C3:C9)', result: 7 };
  // The same font as the ledger's data rows: exceljs shares one style object between such cells.
  other.getCell('A3').value = '仿宋格';
  other.getCell('A3').font = { name: '仿宋', size: 12 };
  other.getCell('B3').fill = PERSON_FILL;
  other.getColumn(1).width = 30;
  return workbook;
}

/** Writes a grid of text as an .xlsx ledger on one sheet. */
export async function gridWorkbookBytes(grid: ExcelJS.CellValue[][], sheetName = '台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  grid.forEach((r) => {
    sheet.addRow(r);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs keeps a sheet's data validations here at run time; its type declarations omit the field. */
export function validations(sheet: ExcelJS.Worksheet): {
  add(range: string, rule: ExcelJS.DataValidation): void;
  model: Record<string, unknown>;
} {
  return (sheet as unknown as { dataValidations: ReturnType<typeof validations> }).dataValidations;
}
