// The overview workbook of a roll-up: unit rows and totals, ranked views, overdue problems, 共性问题, a chart.
import ExcelJS from 'exceljs';
import {
  chineseDate,
  englishDate,
  type Locale,
  type RankedUnit,
  type Rollup,
  statusLabel,
  tr,
} from '../core';
import { addBarChart, sheetRef } from './xlsx-chart';

export interface OverviewSheets {
  units: string;
  byOverdue: string;
  byCompletion: string;
  overdue: string;
  categories: string;
  chart: string;
  notIncluded: string;
}

export function overviewSheetNames(l: Locale): OverviewSheets {
  return {
    units: tr(l, '各单位汇总', 'Units'),
    byOverdue: tr(l, '按逾期排名', 'By overdue'),
    byCompletion: tr(l, '按完成率排名', 'By completion'),
    overdue: tr(l, '逾期问题', 'Overdue'),
    categories: tr(l, '共性问题', 'Common problems'),
    chart: tr(l, '图表', 'Chart'),
    notIncluded: tr(l, '未汇总', 'Not included'),
  };
}

/** Row of the unit table's header on 各单位汇总: a title and the sentence sit above it. */
export const UNIT_HEADER_ROW = 3;

const PERCENT = '0.00%';
/** Printed one page wide, landscape: the unit table has fourteen columns. */
const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const AMOUNT = '0.####';
const BOLD = { bold: true } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

function styleHeader(row: ExcelJS.Row): void {
  row.font = BOLD;
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

function asOfText(r: Rollup): string {
  return r.locale === 'en' ? englishDate(r.asOf) : chineseDate(r.asOf);
}

/** The unit columns, shared by 各单位汇总 and the ranked sheets so a figure has one label everywhere. */
function unitColumns(l: Locale): { header: string; width: number }[] {
  return [
    { header: tr(l, '单位', 'Unit'), width: 28 },
    { header: tr(l, '问题数', 'Problems'), width: 9 },
    { header: statusLabel('done', l), width: 9 },
    { header: statusLabel('inProgress', l), width: 10 },
    { header: statusLabel('notDone', l), width: 9 },
    { header: statusLabel('longTerm', l), width: 10 },
    { header: tr(l, '状态不明', 'Unknown status'), width: 9 },
    { header: tr(l, '完成率', 'Completion rate'), width: 10 },
    { header: tr(l, '按期完成率', 'On-time rate'), width: 11 },
    { header: tr(l, '已逾期', 'Overdue'), width: 9 },
    { header: tr(l, '即将到期', 'Due soon'), width: 9 },
    { header: tr(l, '追赃挽损（万元）', 'Recovered (10k CNY)'), width: 14 },
    { header: tr(l, '台账错误', 'Ledger errors'), width: 9 },
    { header: tr(l, '文件', 'File'), width: 40 },
  ];
}

function unitValues(u: Rollup['units'][number]): ExcelJS.CellValue[] {
  return [
    u.unit,
    u.total,
    u.byStatus.done,
    u.byStatus.inProgress,
    u.byStatus.notDone,
    u.byStatus.longTerm,
    u.byStatus.unknown,
    u.completionRate,
    u.onTimeRate,
    u.overdue,
    u.dueSoon,
    u.recovered,
    u.errors,
    u.file,
  ];
}

function formatUnitColumns(sheet: ExcelJS.Worksheet, first: number): void {
  // first = the column of 单位; rates and amounts sit at fixed offsets from it.
  sheet.getColumn(first + 7).numFmt = PERCENT;
  sheet.getColumn(first + 8).numFmt = PERCENT;
  sheet.getColumn(first + 11).numFmt = AMOUNT;
}

function unitsSheet(workbook: ExcelJS.Workbook, r: Rollup, names: OverviewSheets): void {
  const l = r.locale;
  const sheet = workbook.addWorksheet(names.units, {
    views: [{ state: 'frozen', ySplit: UNIT_HEADER_ROW, xSplit: 2 }],
  });
  const columns = [{ header: tr(l, '序号', 'No.'), width: 6 }, ...unitColumns(l)];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = tr(
    l,
    `各单位巡察整改进展汇总（截至${asOfText(r)}）`,
    `Rectification progress by unit (as of ${asOfText(r)})`,
  );
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.getCell(2, 1).value = r.sentence;
  sheet.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = 36;
  styleHeader(sheet.getRow(UNIT_HEADER_ROW));
  sheet.getRow(UNIT_HEADER_ROW).values = columns.map((c) => c.header);
  styleHeader(sheet.getRow(UNIT_HEADER_ROW));
  r.units.forEach((u, i) => {
    sheet.getRow(UNIT_HEADER_ROW + 1 + i).values = [i + 1, ...unitValues(u)];
  });
  const first = UNIT_HEADER_ROW + 1;
  const last = UNIT_HEADER_ROW + r.units.length;
  const totalsRow = sheet.getRow(last + 1);
  const t = r.totals;
  // Counts are SUM formulas over the unit rows with the reconciled figure cached: Excel shows the same number
  // it would compute, and a supervisor who corrects a unit row sees the total follow.
  const sum = (col: number, value: number): ExcelJS.CellValue => {
    const letter = sheet.getColumn(col).letter;
    return r.units.length === 0
      ? value
      : { formula: `SUM(${letter}${first}:${letter}${last})`, result: value };
  };
  totalsRow.values = [
    '',
    tr(l, '合计', 'Total'),
    sum(3, t.total),
    sum(4, t.byStatus.done),
    sum(5, t.byStatus.inProgress),
    sum(6, t.byStatus.notDone),
    sum(7, t.byStatus.longTerm),
    sum(8, t.byStatus.unknown),
    t.completionRate,
    t.onTimeRate,
    sum(11, t.overdue),
    sum(12, t.dueSoon),
    sum(13, t.recovered),
    sum(
      14,
      r.units.reduce((n, u) => n + u.errors, 0),
    ),
    tr(l, `${t.units}家单位`, `${t.units} units`),
  ];
  totalsRow.font = BOLD;
  totalsRow.eachCell((c) => {
    c.border = { top: { style: 'double' } };
  });
  formatUnitColumns(sheet, 2);
}

function rankedSheet(workbook: ExcelJS.Workbook, name: string, ranked: RankedUnit[], l: Locale): void {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...LANDSCAPE, printTitlesRow: '1:1' },
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  const columns = [{ header: tr(l, '名次', 'Rank'), width: 6 }, ...unitColumns(l)];
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.getRow(1).values = columns.map((c) => c.header);
  styleHeader(sheet.getRow(1));
  ranked.forEach((x, i) => {
    sheet.getRow(2 + i).values = [x.rank, ...unitValues(x.unit)];
  });
  formatUnitColumns(sheet, 2);
}

function overdueSheet(workbook: ExcelJS.Workbook, r: Rollup, name: string): void {
  const l = r.locale;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...LANDSCAPE, printTitlesRow: '1:1' },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = [
    tr(l, '单位', 'Unit'),
    tr(l, '编号', 'ID'),
    tr(l, '责任科室', 'Department'),
    tr(l, '整改时限', 'Deadline'),
    tr(l, '逾期天数', 'Days overdue'),
    tr(l, '台账行号', 'Ledger row'),
  ];
  [28, 10, 20, 12, 10, 10].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getRow(1).values = header;
  styleHeader(sheet.getRow(1));
  r.overdue.forEach((o, i) => {
    // The deadline as a date cell, so the sheet sorts and filters by it.
    const [y, m, d] = o.due.split('-').map(Number);
    sheet.getRow(2 + i).values = [
      o.unit,
      o.id,
      o.department,
      new Date(Date.UTC(y, m - 1, d)),
      o.daysOverdue,
      o.row,
    ];
  });
  sheet.getColumn(4).numFmt = 'yyyy-mm-dd';
  if (r.overdue.length > 0) sheet.autoFilter = { from: 'A1', to: `F${r.overdue.length + 1}` };
}

function categoriesSheet(workbook: ExcelJS.Workbook, r: Rollup, name: string): void {
  const l = r.locale;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { ...LANDSCAPE, printTitlesRow: '1:1' },
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const header = [
    tr(l, '问题类别', 'Category'),
    tr(l, '涉及单位数', 'Units'),
    tr(l, '问题数', 'Problems'),
    statusLabel('done', l),
    statusLabel('inProgress', l),
    statusLabel('notDone', l),
    statusLabel('longTerm', l),
    tr(l, '状态不明', 'Unknown status'),
    tr(l, '已逾期', 'Overdue'),
    tr(l, '涉及单位', 'Which units'),
  ];
  [30, 10, 9, 9, 10, 9, 10, 9, 9, 60].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getRow(1).values = header;
  styleHeader(sheet.getRow(1));
  r.byCategory.forEach((c, i) => {
    sheet.getRow(2 + i).values = [
      c.name,
      c.units.length,
      c.total,
      c.byStatus.done,
      c.byStatus.inProgress,
      c.byStatus.notDone,
      c.byStatus.longTerm,
      c.byStatus.unknown,
      c.overdue,
      c.units.join(tr(l, '、', ', ')),
    ];
  });
}

function notIncludedSheet(workbook: ExcelJS.Workbook, r: Rollup, name: string): void {
  const l = r.locale;
  const sheet = workbook.addWorksheet(name);
  sheet.getRow(1).values = [tr(l, '文件', 'File'), tr(l, '原因', 'Reason')];
  styleHeader(sheet.getRow(1));
  sheet.getColumn(1).width = 50;
  sheet.getColumn(2).width = 80;
  const rows: string[][] = r.unreadable.map((u) => [u.file, u.reason]);
  for (const d of r.duplicates)
    for (const file of d.files)
      rows.push([
        file,
        tr(
          l,
          `与${d.files.filter((f) => f !== file).join('、')}同为“${d.unit}”的台账，均未计入汇总，请保留其一后重新汇总`,
          `names the same unit "${d.unit}" as ${d.files.filter((f) => f !== file).join(', ')}; neither is counted: keep one and roll up again`,
        ),
      ]);
  rows.forEach((row, i) => {
    sheet.getRow(2 + i).values = row;
  });
}

/** The chart: each unit's problems as one bar, stacked by status, read from the unit rows of 各单位汇总. */
function statusChart(r: Rollup, names: OverviewSheets) {
  const l = r.locale;
  const first = UNIT_HEADER_ROW + 1;
  const last = UNIT_HEADER_ROW + Math.max(1, r.units.length);
  const column = (letter: string) => sheetRef(names.units, `$${letter}$${first}:$${letter}$${last}`);
  const series = (
    letter: string,
    key: 'done' | 'inProgress' | 'notDone' | 'longTerm' | 'unknown',
    colour: string,
  ) => ({
    name: key === 'unknown' ? tr(l, '状态不明', 'Unknown status') : statusLabel(key, l),
    nameRef: sheetRef(names.units, `$${letter}$${UNIT_HEADER_ROW}`),
    valuesRef: column(letter),
    values: r.units.map((u) => u.byStatus[key]),
    colour,
  });
  const list = [
    series('D', 'done', '6AA84F'),
    series('E', 'inProgress', 'F6B26B'),
    series('F', 'notDone', 'E06666'),
    series('G', 'longTerm', '6FA8DC'),
  ];
  if (r.units.some((u) => u.byStatus.unknown > 0)) list.push(series('H', 'unknown', '999999'));
  return {
    sheet: names.chart,
    title: tr(l, '各单位整改进展（按状态）', 'Progress by unit (by status)'),
    categoriesRef: column('B'),
    categories: r.units.map((u) => u.unit),
    series: list,
    stacked: true,
    horizontal: true,
    from: { col: 0, row: 0 },
    // One landscape page wide; room for every unit's bar: about two thirds of a row each, at least a screenful.
    to: { col: 12, row: Math.max(28, Math.ceil(r.units.length * 0.7) + 8) },
  };
}

/** The overview workbook's bytes. */
export async function overviewWorkbook(r: Rollup): Promise<Uint8Array> {
  const names = overviewSheetNames(r.locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改台账助手';
  unitsSheet(workbook, r, names);
  rankedSheet(workbook, names.byOverdue, r.byOverdue, r.locale);
  rankedSheet(workbook, names.byCompletion, r.byCompletion, r.locale);
  overdueSheet(workbook, r, names.overdue);
  categoriesSheet(workbook, r, names.categories);
  workbook.addWorksheet(names.chart, { pageSetup: LANDSCAPE });
  if (r.unreadable.length + r.duplicates.length > 0) notIncludedSheet(workbook, r, names.notIncluded);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addBarChart(bytes, statusChart(r, names));
}
