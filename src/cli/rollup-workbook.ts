// The overview workbook of a roll-up: unit rows and totals, ranked views, overdue problems, 共性问题, a chart.
import ExcelJS from 'exceljs';
import {
  type ColumnFormat,
  dateInWords,
  dateParts,
  isCalendarDate,
  type OverviewCell,
  type OverviewTable,
  type OverviewTables,
  overviewTables,
  type Rollup,
  statusLabel,
} from '../core';
import { say } from '../core/messages/bilingual';
import { overviewText, rollupColumns } from '../core/messages/rollup';
import { addBarChart, sheetRef } from './xlsx-chart';

/** Row of the unit table's header on 各单位汇总: a title and the sentence sit above it. */
export const UNIT_HEADER_ROW = 3;

const NUMBER_FORMATS: Record<Exclude<ColumnFormat, null>, string> = {
  percent: '0.00%',
  amount: '0.####',
  date: 'yyyy-mm-dd',
};
/** Printed one page wide, landscape: the unit table has fifteen columns. */
const LANDSCAPE: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

function asOfText(r: Rollup): string {
  return dateInWords(r.asOf, r.locale);
}

/** A date column's CalendarDate as a date cell, so the sheet sorts and filters by it. */
function cellValue(value: OverviewCell, format: ColumnFormat): ExcelJS.CellValue {
  if (format === 'date' && typeof value === 'string' && isCalendarDate(value)) {
    const { year, month, day } = dateParts(value);
    return new Date(Date.UTC(year, month - 1, day));
  }
  return value;
}

/**
 * One overview sheet from its table: banner lines merged across, a bold header (frozen, repeated on printed
 * pages), the rows, and a totals row whose counts are SUM formulas over the rows with the reconciled figure
 * cached: Excel shows the number it would compute, and a supervisor who corrects a unit row sees the total follow.
 */
function writeTable(workbook: ExcelJS.Workbook, t: OverviewTable, freezeColumns: number): ExcelJS.Worksheet {
  const headerRow = t.banner.length + 1;
  const sheet = workbook.addWorksheet(t.name, {
    pageSetup: { ...LANDSCAPE, printTitlesRow: `${headerRow}:${headerRow}` },
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: freezeColumns }],
  });
  t.widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  t.banner.forEach((text, i) => {
    sheet.mergeCells(i + 1, 1, i + 1, t.header.length);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = text;
    if (i === 0) {
      cell.font = { bold: true, size: 16 };
      cell.alignment = { horizontal: 'center' };
    } else {
      cell.alignment = { wrapText: true, vertical: 'top' };
      sheet.getRow(i + 1).height = 36;
    }
  });
  const header = sheet.getRow(headerRow);
  header.values = t.header;
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = THIN;
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  t.rows.forEach((row, i) => {
    sheet.getRow(headerRow + 1 + i).values = row.map((v, c) => cellValue(v, t.formats[c] ?? null));
  });
  if (t.totals) {
    const first = headerRow + 1;
    const last = headerRow + t.rows.length;
    const totals = sheet.getRow(last + 1);
    totals.values = t.totals.map((v, c) => {
      if (!t.summed.includes(c) || t.rows.length === 0 || typeof v !== 'number')
        return cellValue(v, t.formats[c] ?? null);
      const letter = sheet.getColumn(c + 1).letter;
      return { formula: `SUM(${letter}${first}:${letter}${last})`, result: v };
    });
    totals.font = { bold: true };
    totals.eachCell((c) => {
      c.border = { top: { style: 'double' } };
    });
  }
  t.formats.forEach((f, i) => {
    if (f) sheet.getColumn(i + 1).numFmt = NUMBER_FORMATS[f];
  });
  if (t.banner.length === 0 && t.rows.length > 0)
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: t.rows.length + 1, column: t.header.length },
    };
  return sheet;
}

/** The chart: each unit's problems as one bar, stacked by status, read from the unit rows of 各单位汇总. */
function statusChart(r: Rollup, tables: OverviewTables) {
  const unitsSheet = tables.units.name;
  const l = r.locale;
  const first = UNIT_HEADER_ROW + 1;
  const last = UNIT_HEADER_ROW + Math.max(1, r.units.length);
  const column = (letter: string) => sheetRef(unitsSheet, `$${letter}$${first}:$${letter}$${last}`);
  const series = (
    letter: string,
    key: 'done' | 'inProgress' | 'notDone' | 'longTerm' | 'unknown',
    colour: string,
  ) => ({
    name: key === 'unknown' ? say(l, rollupColumns.unknownStatus) : statusLabel(key, l),
    nameRef: sheetRef(unitsSheet, `$${letter}$${UNIT_HEADER_ROW}`),
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
    sheet: tables.chart,
    title: say(l, overviewText.chartTitle),
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
  const tables = overviewTables(r, asOfText(r));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '整改台账助手';
  writeTable(workbook, tables.units, 2);
  writeTable(workbook, tables.byOverdue, 2);
  writeTable(workbook, tables.byCompletion, 2);
  writeTable(workbook, tables.overdue, 0);
  writeTable(workbook, tables.categories, 0);
  workbook.addWorksheet(tables.chart, { pageSetup: LANDSCAPE });
  if (tables.notIncluded) writeTable(workbook, tables.notIncluded, 0);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addBarChart(bytes, statusChart(r, tables));
}
