// Writes the overview's sheets into the roll-up spreadsheet: each with one batched write per layer, and the chart.
import type { ColumnFormat, Locale, OverviewTable, OverviewTables } from '../../core';
import { say } from '../../core/messages/bilingual';
import { overviewText } from '../../core/messages/rollup';
import type { Services } from '../platform/services';
import { growTo } from '../platform/sheet-executor';
import { asText } from '../platform/sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FORMATS: Record<Exclude<ColumnFormat, null>, string> = {
  percent: '0.00%',
  amount: '0.####',
  date: 'yyyy-mm-dd',
};

/**
 * The overview's own sheet, emptied: found by name or inserted. These names are the roll-up's output; the
 * spreadsheet's 设置 is only ever read.
 */
function ownSheet(ss: Spreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  return sheet;
}

/** One table: banner lines, bold header (frozen), rows, bold totals; formats, values and weights one call each. */
function writeTable(services: Services, ss: Spreadsheet, t: OverviewTable, timeZone: string): Sheet {
  const sheet = ownSheet(ss, t.name);
  const width = t.header.length;
  const headerRow = t.banner.length;
  const body = t.totals ? [...t.rows, t.totals] : t.rows;
  const height = headerRow + 1 + body.length;
  // A new sheet has 1,000 rows and 26 columns; writing past them throws, so grow first (one call each at most).
  growTo(sheet, height, width);
  const dates = new Map<string, Date>();
  const cell = (v: unknown, format: ColumnFormat): string | number | Date => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return v;
    if (format === 'date') {
      let d = dates.get(String(v));
      if (!d) {
        d = services.utilities.parseDate(String(v), timeZone, 'yyyy-MM-dd');
        dates.set(String(v), d);
      }
      return d;
    }
    return asText(String(v));
  };
  const blank = () => new Array<string>(width).fill('');
  const values: (string | number | Date)[][] = [];
  const formats: string[][] = [];
  const weights: ('bold' | null)[][] = [];
  t.banner.forEach((text, i) => {
    const row: (string | number | Date)[] = blank();
    row[0] = asText(text);
    values.push(row);
    formats.push(blank());
    weights.push(new Array(width).fill(i === 0 ? 'bold' : null));
  });
  values.push(t.header.map((h) => asText(h)));
  formats.push(blank());
  weights.push(new Array(width).fill('bold'));
  body.forEach((row, r) => {
    values.push(row.map((v, c) => cell(v, t.formats[c] ?? null)));
    formats.push(t.formats.map((f) => (f ? FORMATS[f] : '')));
    weights.push(new Array(width).fill(t.totals && r === body.length - 1 ? 'bold' : null));
  });
  const range = sheet.getRange(1, 1, height, width);
  range.setNumberFormats(formats);
  range.setValues(values);
  range.setFontWeights(weights);
  sheet.setFrozenRows(headerRow + 1);
  return sheet;
}

/** The stacked bar chart of each unit's statuses, on its own sheet, reading the unit rows of 各单位汇总. */
function writeChart(ss: Spreadsheet, tables: OverviewTables, units: Sheet, count: number, l: Locale): void {
  const sheet = ownSheet(ss, tables.chart);
  if (count === 0) return;
  const headerRow = tables.units.banner.length + 1;
  // Column B names the unit; D:G hold done, in progress, not done and long-term (序号 is A, 问题数 C).
  const chart = sheet
    .newChart()
    .asBarChart()
    .addRange(units.getRange(headerRow, 2, count + 1, 1))
    .addRange(units.getRange(headerRow, 4, count + 1, 4))
    .setNumHeaders(1)
    .setOption('isStacked', true)
    .setOption('title', say(l, overviewText.chartTitle))
    .setPosition(1, 1, 0, 0)
    .build();
  sheet.insertChart(chart);
}

/** Every overview sheet; a 未汇总 sheet left from an earlier roll-up goes when every file was counted. */
export function writeOverview(
  services: Services,
  ss: Spreadsheet,
  tables: OverviewTables,
  unitCount: number,
  locale: Locale,
): void {
  const timeZone = ss.getSpreadsheetTimeZone();
  const units = writeTable(services, ss, tables.units, timeZone);
  writeTable(services, ss, tables.byOverdue, timeZone);
  writeTable(services, ss, tables.byCompletion, timeZone);
  writeTable(services, ss, tables.overdue, timeZone);
  writeTable(services, ss, tables.categories, timeZone);
  writeChart(ss, tables, units, unitCount, locale);
  if (tables.notIncluded) writeTable(services, ss, tables.notIncluded, timeZone);
  else {
    const stale = ss.getSheetByName(say(locale, overviewText.notIncludedSheet));
    if (stale) ss.deleteSheet(stale);
  }
  units.activate();
}
