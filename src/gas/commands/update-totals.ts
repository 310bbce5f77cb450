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
} from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { totalsMessages as M } from '../../core/messages/totals';
import { type CommandEnv, runOutcome } from '../platform/command';
import { loadLedger, sheetByNames } from '../platform/ledger-sheet';
import type { NewSheet, Outcome, Target, Writes } from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';
import { type Area, safeCell } from '../platform/sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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
  const t = (text: Bilingual) => say(o.locale, text);
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
  heading(t(M.heading));
  rows.push([safeCell(totals.sentence)]);
  rows.push([t(M.asOf), dateCell(rows.length, 1, o.asOf)]);
  rows.push([t(M.generated), safeCell(`${o.runTime} (${o.timeZone})`)]);
  rows.push([t(M.problems), totals.total]);
  formats.set(`${rows.length},1`, PERCENT);
  rows.push([t(M.completionRate), totals.completionRate]);
  rows.push([t(M.recovered), totals.recovered]);
  rows.push([t(M.overdue), totals.overdue]);
  rows.push([t(M.dueWithin({ days: o.leadDays })), totals.dueSoon]);
  rows.push([t(M.extended), totals.extended]);
  if (totals.extensionsUnapproved > 0) rows.push([t(M.unapproved), totals.extensionsUnapproved]);
  // No measurable completion yet: a dash, not a made-up 0%.
  if (totals.onTime.rate === null) rows.push([t(M.onTimeRate), '—']);
  else {
    formats.set(`${rows.length},1`, PERCENT);
    rows.push([t(M.onTimeRate), totals.onTime.rate]);
  }
  // A done date after the as-of date is a check error: it is left out of the rate, and 汇总 says so.
  if (totals.onTime.flaggedDates > 0) rows.push([t(M.flaggedDates), totals.onTime.flaggedDates]);
  rows.push([]);

  heading(t(M.byStatus));
  bold.add(rows.length);
  rows.push([t(M.status), t(M.problemCount)]);
  const s = totals.byStatus;
  rows.push([statusLabel('done', o.locale), s.done]);
  if (o.closureReview) rows.push([t(M.pendingApproval), totals.pendingApproval]);
  rows.push([statusLabel('inProgress', o.locale), s.inProgress]);
  rows.push([statusLabel('notDone', o.locale), s.notDone]);
  rows.push([statusLabel('longTerm', o.locale), s.longTerm]);
  // Always listed, so the column visibly sums to 合计 even when a status is unreadable.
  rows.push([t(M.statusUnknown), s.unknown]);
  bold.add(rows.length);
  rows.push([t(M.total), totals.total]);
  rows.push([t(M.longTermTasks), totals.longTermTasks]);
  rows.push([]);

  heading(t(M.ageing));
  bold.add(rows.length);
  rows.push([t(M.daysOverdue), t(M.problemCount)]);
  rows.push([t(M.days1to30), totals.ageing.days1to30]);
  rows.push([t(M.days31to90), totals.ageing.days31to90]);
  rows.push([t(M.over90), totals.ageing.over90]);
  rows.push([]);

  heading(t(M.byMonth));
  bold.add(rows.length);
  rows.push([t(M.month), t(M.doneCount)]);
  // 'YYYY-MM' as text: Sheets would otherwise read it as the first day of the month.
  for (const m of totals.completionsByMonth) rows.push([safeCell(m.month), m.count]);
  if (totals.completionsByMonth.length === 0) rows.push([t(M.noMonths)]);
  rows.push([]);

  // The unreadable statuses get a column when there are any, so each row's statuses sum to its 合计.
  const statuses: (Status | 'unknown')[] = s.unknown > 0 ? [...STATUSES, 'unknown'] : [...STATUSES];
  const groupHeader = (name: string) => [
    name,
    ...statuses.map((status) => (status === 'unknown' ? t(M.unreadable) : statusLabel(status, o.locale))),
    t(M.total),
    t(M.overdue),
    t(M.dueWithin({ days: o.leadDays })),
  ];
  const groupRow = (g: GroupTotals): Cell[] => [
    safeCell(g.name),
    ...statuses.map((status) => g.byStatus[status]),
    g.total,
    g.overdue,
    g.dueSoon,
  ];

  heading(t(M.byCategory));
  const chartRow = rows.length + 1;
  bold.add(rows.length);
  rows.push(groupHeader(t(M.category)));
  for (const g of totals.byCategory) rows.push(groupRow(g));
  const chart = { row: chartRow, numRows: totals.byCategory.length + 1, numColumns: statuses.length + 1 };
  rows.push([]);

  heading(t(M.byDepartment));
  bold.add(rows.length);
  rows.push(groupHeader(t(M.department)));
  for (const g of totals.byDepartment) rows.push(groupRow(g));
  rows.push([]);

  heading(t(M.legend));
  for (const l of legend(o.locale, o.leadDays)) {
    fills.set(`${rows.length},0`, l.colour);
    rows.push(['', l.label]);
  }
  rows.push([]);

  // Last, as it is as long as the overdue list; the tables above stay where a reader finds them.
  heading(t(M.overdueList));
  bold.add(rows.length);
  rows.push([t(M.id), t(M.department), t(M.deadlineInForce), t(M.daysOverdue), t(M.ledgerRow)]);
  for (const item of totals.overdueDays) {
    const due = dateCell(rows.length, 2, item.due);
    rows.push([safeCell(item.id), safeCell(item.department), due, item.daysOverdue, item.row]);
  }
  if (totals.overdueDays.length === 0) rows.push([t(M.nothingOverdue)]);

  const pad = <T>(fill: (r: number, c: number) => T) =>
    rows.map((_, r) => Array.from({ length: TOTALS_WIDTH }, (_v, c) => fill(r, c)));
  return {
    // Short rows are padded: a cell past a row's end is blank.
    values: pad((r, c) => {
      const v = rows[r]?.[c];
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
  return runOutcome('updateTotals', s, (env) => totalsOutcome(s, env));
}

/** 汇总, rewritten whole: Rectify's own sheet, so clearing it and its charts loses nothing a person typed. */
function totalsOutcome(s: Services, env: CommandEnv): Outcome<TotalsResult> {
  env.toast(say(env.locale, M.progress));
  const ctx = loadLedger(s);
  const { locale, asOf, timeZone } = ctx;
  const { leadDays, closureReview } = ctx.settings;
  const totals = computeTotals(ctx.ledger?.problems ?? [], { asOf, leadDays, locale, closureReview });
  const runTime = s.utilities.formatDate(s.now(), timeZone, 'yyyy-MM-dd HH:mm');
  const date = dateCells(s, timeZone);
  const layout = totalsLayout(totals, { date, asOf, runTime, timeZone, leadDays, locale, closureReview });
  const height = layout.values.length;
  const existing = sheetByNames(ctx.ss, TOTALS_SHEETS);
  const sheet: Target = existing ?? { create: say(locale, M.sheetName) };
  const area = { row: 1, column: 1, numRows: height, numColumns: TOTALS_WIDTH };
  const { chart } = layout;
  const table = { row: chart.row, column: 1, numRows: chart.numRows, numColumns: chart.numColumns };
  const writes: Writes = {
    spreadsheet: ctx.ss,
    ...(existing ? clearedWhole(existing, area) : { create: [sheet as NewSheet] }),
    clear: [{ sheet, what: 'all' }],
    blocks: [
      {
        sheet,
        ...area,
        numberFormats: layout.formats,
        values: layout.values,
        fontWeights: layout.weights,
        fills: layout.fills,
      },
    ],
    columnWidths: [{ sheet, column: 1, width: 200 }],
    charts:
      chart.numRows > 1
        ? [{ sheet, table, title: say(locale, M.chartTitle), at: { row: 1, column: TOTALS_WIDTH + 2 } }]
        : [],
    activate: sheet,
  };
  return {
    writes,
    report: { show: 'toast', locale, lines: [say(locale, M.updated({ sentence: totals.sentence }))] },
    value: { totals, sheetName: existing ? existing.getName() : say(locale, M.sheetName) },
  };
}

/**
 * An existing 汇总 is cleared whole, so every row it has is checked for protection, not only the rows written;
 * its row count, read for that, is known to the executor.
 */
function clearedWhole(sheet: Sheet, area: Area): Pick<Writes, 'guard' | 'known'> {
  const rows = sheet.getMaxRows();
  return {
    guard: [{ sheet, area: { ...area, numRows: Math.max(area.numRows, rows) } }],
    known: [{ sheet, rows, columns: 0 }],
  };
}

/** One parseDate per distinct date (deadlines repeat down the overdue list); no spreadsheet calls. */
function dateCells(s: Services, timeZone: string): (d: CalendarDate) => Date {
  const dates = new Map<CalendarDate, Date>();
  return (d) => {
    let cell = dates.get(d);
    if (!cell) {
      cell = s.utilities.parseDate(d, timeZone, 'yyyy-MM-dd');
      dates.set(d, cell);
    }
    return cell;
  };
}
