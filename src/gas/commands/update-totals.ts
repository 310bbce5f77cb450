// 汇总统计: (re)writes sheet 汇总 — sentence, tables by status/category/department, rates, ageing, legend, chart.
import {
  type CalendarDate,
  type Cell,
  computeTotals,
  type GroupTotals,
  type Locale,
  legend,
  STATUSES,
  type Status,
  statusLabel,
  TOTALS_SHEETS,
  type Totals,
  tr,
} from '../../core';
import { runCommand } from '../platform/command';
import { loadLedger, sheetByNames } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { growTo } from '../platform/sheet-executor';
import { assertWritable, safeCell } from '../platform/sheet-write';

/**
 * Columns of the 汇总 grid: group name, four statuses and, when the ledger has any, the blank or unreadable
 * ones (the chart's columns), total, overdue, due soon.
 */
export const TOTALS_WIDTH = 9;

export interface TotalsLayout {
  /** Rectangular grid for one setValues call; strings from the ledger are already text-safe. */
  values: (string | number | boolean | Date)[][];
  /** 'bold' or null per cell, for one setFontWeights call. */
  weights: ('bold' | null)[][];
  /** Number format per cell, for one setNumberFormats call ('' = automatic). */
  formats: string[][];
  /** Fill per cell (legend swatches), for one setBackgrounds call. */
  fills: (string | null)[][];
  /** The category table (header row + rows, name and the status columns) the chart draws. */
  chart: { row: number; numRows: number; numColumns: number };
}

export interface LayoutOptions {
  asOf: CalendarDate;
  /** The run time as the spreadsheet's zone shows it, e.g. "2024-10-30 15:04". */
  runTime: string;
  timeZone: string;
  leadDays: number;
  locale: Locale;
  /** 销号需审核: show 其中待审核 under 已完成. */
  closureReview?: boolean;
  /**
   * A calendar date as the cell to write: a Date at midnight in the spreadsheet's zone, so the cell is a
   * real date (sortable, usable in formulas). Without it (pure layout tests) the date is written as text.
   */
  date?: (d: CalendarDate) => Cell;
}

const PERCENT = '0.0%';
/** The format of date cells: the ISO form the ledger and the notice settings use. */
const DATE = 'yyyy-mm-dd';

/** The 汇总 sheet as a grid; pure, so the layout is tested without a spreadsheet. */
export function totalsLayout(totals: Totals, o: LayoutOptions): TotalsLayout {
  const t = (zh: string, en: string) => tr(o.locale, zh, en);
  const rows: Cell[][] = [];
  const bold = new Set<number>();
  const formats = new Map<string, string>();
  const fills = new Map<string, string>();
  const dateCell = (r: number, c: number, d: CalendarDate): Cell => {
    if (!o.date) return safeCell(d);
    formats.set(`${r},${c}`, DATE);
    return o.date(d);
  };
  const heading = (text: string) => {
    bold.add(rows.length);
    rows.push([text]);
  };
  heading(t('整改台账汇总', 'Ledger totals'));
  rows.push([safeCell(totals.sentence)]);
  rows.push([t('统计截止日期', 'As of'), dateCell(rows.length, 1, o.asOf)]);
  rows.push([t('生成时间', 'Generated'), safeCell(`${o.runTime} (${o.timeZone})`)]);
  rows.push([t('问题总数', 'Problems'), totals.total]);
  formats.set(`${rows.length},1`, PERCENT);
  rows.push([t('整改完成率', 'Completion rate'), totals.completionRate]);
  rows.push([t('追赃挽损（万元）', 'Recovered (10k CNY)'), totals.recovered]);
  rows.push([t('已逾期', 'Overdue'), totals.overdue]);
  rows.push([t(`${o.leadDays}天内到期`, `Due within ${o.leadDays} days`), totals.dueSoon]);
  rows.push([t('经批准延期', 'Extended with approval'), totals.extended]);
  if (totals.extensionsUnapproved > 0)
    rows.push([
      t('延期未获批准（仍按原时限）', 'Extension not approved (original stands)'),
      totals.extensionsUnapproved,
    ]);
  // No measurable completion yet: a dash, not a made-up 0%.
  if (totals.onTime.rate === null) rows.push([t('按期完成率', 'On-time completion'), '—']);
  else {
    formats.set(`${rows.length},1`, PERCENT);
    rows.push([t('按期完成率', 'On-time completion'), totals.onTime.rate]);
  }
  // A done date after the as-of date is a check error: it is left out of the rate, and 汇总 says so.
  if (totals.onTime.flaggedDates > 0)
    rows.push([
      t('完成日期有误、未计入按期完成率', 'Done dates in error, left out of the on-time rate'),
      totals.onTime.flaggedDates,
    ]);
  rows.push([]);

  heading(t('按整改状态', 'By status'));
  bold.add(rows.length);
  rows.push([t('整改状态', 'Status'), t('问题数', 'Problems')]);
  const s = totals.byStatus;
  rows.push([statusLabel('done', o.locale), s.done]);
  if (o.closureReview) rows.push([t('其中待审核', 'of which awaiting approval'), totals.pendingApproval]);
  rows.push([statusLabel('inProgress', o.locale), s.inProgress]);
  rows.push([statusLabel('notDone', o.locale), s.notDone]);
  rows.push([statusLabel('longTerm', o.locale), s.longTerm]);
  // Always listed, so the column visibly sums to 合计 even when a status is unreadable.
  rows.push([t('状态未填或无法识别', 'Status blank or unreadable'), s.unknown]);
  bold.add(rows.length);
  rows.push([t('合计', 'Total'), totals.total]);
  rows.push([t('长期坚持任务（含各状态）', 'Long-term tasks (any status)'), totals.longTermTasks]);
  rows.push([]);

  heading(t('逾期账龄', 'Overdue ageing'));
  bold.add(rows.length);
  rows.push([t('逾期天数', 'Days overdue'), t('问题数', 'Problems')]);
  rows.push([t('1–30天', '1–30 days'), totals.ageing.days1to30]);
  rows.push([t('31–90天', '31–90 days'), totals.ageing.days31to90]);
  rows.push([t('90天以上', 'Over 90 days'), totals.ageing.over90]);
  rows.push([]);

  heading(t('按月完成数', 'Completions by month'));
  bold.add(rows.length);
  rows.push([t('完成月份', 'Month'), t('完成数', 'Done')]);
  // 'YYYY-MM' as text: Sheets would otherwise read it as the first day of the month.
  for (const m of totals.completionsByMonth) rows.push([safeCell(m.month), m.count]);
  if (totals.completionsByMonth.length === 0)
    rows.push([t('尚无填写完成日期的已完成问题', 'No done problem has a done date yet')]);
  rows.push([]);

  // The unreadable statuses get a column when there are any, so each row's statuses sum to its 合计.
  const statuses: (Status | 'unknown')[] = s.unknown > 0 ? [...STATUSES, 'unknown'] : [...STATUSES];
  const groupHeader = (name: string) => [
    name,
    ...statuses.map((status) =>
      status === 'unknown' ? t('状态未识别', 'Unreadable') : statusLabel(status, o.locale),
    ),
    t('合计', 'Total'),
    t('已逾期', 'Overdue'),
    t(`${o.leadDays}天内到期`, `Due in ${o.leadDays} days`),
  ];
  const groupRow = (g: GroupTotals): Cell[] => [
    safeCell(g.name),
    ...statuses.map((status) => g.byStatus[status]),
    g.total,
    g.overdue,
    g.dueSoon,
  ];

  heading(t('按问题类别', 'By category'));
  const chartRow = rows.length + 1;
  bold.add(rows.length);
  rows.push(groupHeader(t('问题类别', 'Category')));
  for (const g of totals.byCategory) rows.push(groupRow(g));
  const chart = { row: chartRow, numRows: totals.byCategory.length + 1, numColumns: statuses.length + 1 };
  rows.push([]);

  heading(t('按责任科室', 'By department'));
  bold.add(rows.length);
  rows.push(groupHeader(t('责任科室', 'Department')));
  for (const g of totals.byDepartment) rows.push(groupRow(g));
  rows.push([]);

  heading(t('台账行底色图例', 'Ledger row colours'));
  for (const l of legend(o.locale, o.leadDays)) {
    fills.set(`${rows.length},0`, l.colour);
    rows.push(['', l.label]);
  }
  rows.push([]);

  // Last, as it is as long as the overdue list; the tables above stay where a reader finds them.
  heading(t('逾期问题明细', 'Overdue problems'));
  bold.add(rows.length);
  rows.push([
    t('编号', 'ID'),
    t('责任科室', 'Department'),
    t('整改时限（现行）', 'Deadline in force'),
    t('逾期天数', 'Days overdue'),
    t('台账行', 'Ledger row'),
  ]);
  for (const item of totals.overdueDays) {
    const due = dateCell(rows.length, 2, item.due);
    rows.push([safeCell(item.id), safeCell(item.department), due, item.daysOverdue, item.row]);
  }
  if (totals.overdueDays.length === 0) rows.push([t('无逾期问题', 'Nothing is overdue')]);

  const pad = <T>(fill: (r: number, c: number) => T) =>
    rows.map((_, r) => Array.from({ length: TOTALS_WIDTH }, (_v, c) => fill(r, c)));
  return {
    values: pad((r, c) => {
      const v = rows[r][c];
      return v === undefined || v === null ? '' : (v as string | number | boolean | Date);
    }),
    weights: pad((r) => (bold.has(r) ? ('bold' as const) : null)),
    formats: pad((r, c) => formats.get(`${r},${c}`) ?? ''),
    fills: pad((r, c) => fills.get(`${r},${c}`) ?? null),
    chart,
  };
}

export interface TotalsResult {
  totals: Totals;
  sheetName: string;
}

/** Menu 汇总统计. */
export function updateTotals(services?: Services): TotalsResult | undefined {
  const s = resolveServices(services);
  return runCommand('updateTotals', s, (env) => {
    env.toast(tr(env.locale, '正在汇总统计…', 'Computing totals…'));
    const ctx = loadLedger(s);
    const { locale, asOf, timeZone } = ctx;
    const leadDays = ctx.settings.leadDays;
    const totals = computeTotals(ctx.ledger!.problems, {
      asOf,
      leadDays,
      locale,
      closureReview: ctx.settings.closureReview,
    });
    const runTime = s.utilities.formatDate(s.now(), timeZone, 'yyyy-MM-dd HH:mm');
    // One parseDate per distinct date (deadlines repeat down the overdue list); no spreadsheet calls.
    const dates = new Map<CalendarDate, Date>();
    const date = (d: CalendarDate): Date => {
      let cell = dates.get(d);
      if (!cell) {
        cell = s.utilities.parseDate(d, timeZone, 'yyyy-MM-dd');
        dates.set(d, cell);
      }
      return cell;
    };
    const layout = totalsLayout(totals, {
      date,
      asOf,
      runTime,
      timeZone,
      leadDays,
      locale,
      closureReview: ctx.settings.closureReview,
    });
    const height = layout.values.length;

    const existing = sheetByNames(ctx.ss, TOTALS_SHEETS);
    const existingRows = existing ? existing.getMaxRows() : 0;
    if (existing) {
      assertWritable(
        existing,
        [{ row: 1, column: 1, numRows: Math.max(height, existingRows), numColumns: TOTALS_WIDTH }],
        locale,
        s.spreadsheet.ProtectionType,
      );
    }
    const sheet = existing ?? ctx.ss.insertSheet(tr(locale, TOTALS_SHEETS[0], TOTALS_SHEETS[1]));
    // 汇总 is Rectify's own sheet: clearing it and its charts cannot lose anything a person typed elsewhere.
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    // The overdue list can outgrow a new sheet's 1,000 rows; getRange past the last row throws.
    growTo(sheet, height, TOTALS_WIDTH);
    const range = sheet.getRange(1, 1, height, TOTALS_WIDTH);
    range.setNumberFormats(layout.formats);
    range.setValues(layout.values);
    range.setFontWeights(layout.weights);
    range.setBackgrounds(layout.fills);
    sheet.setColumnWidth(1, 200);
    if (layout.chart.numRows > 1) {
      const chart = sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange(layout.chart.row, 1, layout.chart.numRows, layout.chart.numColumns))
        .setNumHeaders(1)
        .setOption('isStacked', true)
        .setOption('title', tr(locale, '各类别问题整改状态', 'Status by category'))
        .setPosition(1, TOTALS_WIDTH + 2, 0, 0)
        .build();
      sheet.insertChart(chart);
    }
    sheet.activate();
    env.toast(tr(locale, `汇总已更新：${totals.sentence}`, `Totals updated: ${totals.sentence}`), locale);
    return { totals, sheetName: sheet.getName() };
  });
}
