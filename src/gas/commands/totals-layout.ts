// The 汇总 sheet as a grid (pure): the sentence, tables by status, category and office, ageing, legend, overdue list.

import {
  type CalendarDate,
  type Cell,
  type GroupTotals,
  type Locale,
  legend,
  STATUSES,
  type Status,
  statusLabel,
  type Totals,
} from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { commonMessages } from '../../core/messages/common';
import { totalsMessages as M } from '../../core/messages/totals';
import { safeCell } from '../platform/sheet-write';

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

/** The grid being laid out: rows, and which cells are bold, formatted or filled. */
interface Grid {
  rows: Cell[][];
  bold: Set<number>;
  formats: Map<string, string>;
  fills: Map<string, string>;
  t(text: Bilingual): string;
  /** A bold row of its own. */
  heading(text: string): void;
  /** A bold row of column heads. */
  heads(cells: Cell[]): void;
  /** A date cell at (row, column): a real date with the ISO format, or text in pure layout tests. */
  dateCell(row: number, column: number, d: CalendarDate): Cell;
}

function grid(o: LayoutOptions): Grid {
  const g: Grid = {
    rows: [],
    bold: new Set(),
    formats: new Map(),
    fills: new Map(),
    t: (text) => say(o.locale, text),
    heading: (text) => g.heads([text]),
    heads: (cells) => {
      g.bold.add(g.rows.length);
      g.rows.push(cells);
    },
    dateCell: (r, c, d) => {
      if (!o.date) return safeCell(d);
      g.formats.set(`${r},${c}`, DATE);
      return o.date(d);
    },
  };
  return g;
}

/** The sentence and the headline figures: dates, totals, rates, extensions. */
function overview(g: Grid, totals: Totals, o: LayoutOptions): void {
  const { rows, t } = g;
  g.heading(t(M.heading));
  rows.push([safeCell(totals.sentence)]);
  rows.push([t(M.asOf), g.dateCell(rows.length, 1, o.asOf)]);
  rows.push([t(M.generated), safeCell(`${o.runTime} (${o.timeZone})`)]);
  rows.push([t(M.problems), totals.total]);
  g.formats.set(`${rows.length},1`, PERCENT);
  rows.push([t(M.completionRate), totals.completionRate]);
  rows.push([t(M.recovered), totals.recovered]);
  rows.push([t(M.overdue), totals.overdue]);
  rows.push([t(M.dueWithin({ days: o.leadDays })), totals.dueSoon]);
  rows.push([t(M.extended), totals.extended]);
  if (totals.extensionsUnapproved > 0) rows.push([t(M.unapproved), totals.extensionsUnapproved]);
  // No measurable completion yet: a dash, not a made-up 0%.
  if (totals.onTime.rate === null) rows.push([t(M.onTimeRate), '—']);
  else {
    g.formats.set(`${rows.length},1`, PERCENT);
    rows.push([t(M.onTimeRate), totals.onTime.rate]);
  }
  // A done date after the as-of date is a check error: it is left out of the rate, and 汇总 says so.
  if (totals.onTime.flaggedDates > 0) rows.push([t(M.flaggedDates), totals.onTime.flaggedDates]);
  rows.push([]);
}

/** Counts by status, then the overdue ageing and the completions by month. */
function statusTables(g: Grid, totals: Totals, o: LayoutOptions): void {
  const { rows, t } = g;
  g.heading(t(M.byStatus));
  g.heads([t(M.status), t(M.problemCount)]);
  const s = totals.byStatus;
  rows.push([statusLabel('done', o.locale), s.done]);
  if (o.closureReview) rows.push([t(M.pendingApproval), totals.pendingApproval]);
  rows.push([statusLabel('inProgress', o.locale), s.inProgress]);
  rows.push([statusLabel('notDone', o.locale), s.notDone]);
  rows.push([statusLabel('longTerm', o.locale), s.longTerm]);
  // Always listed, so the column visibly sums to 合计 even when a status is unreadable.
  rows.push([t(commonMessages.statusUnknown), s.unknown]);
  g.heads([t(M.total), totals.total]);
  rows.push([t(M.longTermTasks), totals.longTermTasks]);
  rows.push([]);
  g.heading(t(M.ageing));
  g.heads([t(M.daysOverdue), t(M.problemCount)]);
  rows.push([t(M.days1to30), totals.ageing.days1to30]);
  rows.push([t(M.days31to90), totals.ageing.days31to90]);
  rows.push([t(M.over90), totals.ageing.over90]);
  rows.push([]);
  g.heading(t(M.byMonth));
  g.heads([t(M.month), t(M.doneCount)]);
  // 'YYYY-MM' as text: Sheets would otherwise read it as the first day of the month.
  for (const m of totals.completionsByMonth) rows.push([safeCell(m.month), m.count]);
  if (totals.completionsByMonth.length === 0) rows.push([t(M.noMonths)]);
  rows.push([]);
}

/** The category and department tables; returns where the category table (the chart's data) stands. */
function groupTables(g: Grid, totals: Totals, o: LayoutOptions): TotalsLayout['chart'] {
  const { rows, t } = g;
  // The unreadable statuses get a column when there are any, so each row's statuses sum to its 合计.
  const statuses: (Status | 'unknown')[] =
    totals.byStatus.unknown > 0 ? [...STATUSES, 'unknown'] : [...STATUSES];
  const groupHeader = (name: string) => [
    name,
    ...statuses.map((status) => (status === 'unknown' ? t(M.unreadable) : statusLabel(status, o.locale))),
    t(M.total),
    t(M.overdue),
    t(M.dueWithin({ days: o.leadDays })),
  ];
  const groupRow = (x: GroupTotals): Cell[] => [
    safeCell(x.name),
    ...statuses.map((status) => x.byStatus[status]),
    x.total,
    x.overdue,
    x.dueSoon,
  ];
  g.heading(t(M.byCategory));
  const chart = {
    row: rows.length + 1,
    numRows: totals.byCategory.length + 1,
    numColumns: statuses.length + 1,
  };
  g.heads(groupHeader(t(M.category)));
  for (const x of totals.byCategory) rows.push(groupRow(x));
  rows.push([]);
  g.heading(t(M.byDepartment));
  g.heads(groupHeader(t(M.department)));
  for (const x of totals.byDepartment) rows.push(groupRow(x));
  rows.push([]);
  return chart;
}

/** The legend's swatches, then the overdue list: last, as it is as long as the list; the tables stay put. */
function legendAndOverdue(g: Grid, totals: Totals, o: LayoutOptions): void {
  const { rows, t } = g;
  g.heading(t(M.legend));
  for (const l of legend(o.locale, o.leadDays)) {
    g.fills.set(`${rows.length},0`, l.colour);
    rows.push(['', l.label]);
  }
  rows.push([]);
  g.heading(t(M.overdueList));
  g.heads([t(M.id), t(M.department), t(M.deadlineInForce), t(M.daysOverdue), t(M.ledgerRow)]);
  for (const item of totals.overdueDays) {
    const due = g.dateCell(rows.length, 2, item.due);
    rows.push([safeCell(item.id), safeCell(item.department), due, item.daysOverdue, item.row]);
  }
  if (totals.overdueDays.length === 0) rows.push([t(M.nothingOverdue)]);
}

/** The 汇总 sheet as a grid; pure, so the layout is tested without a spreadsheet. */
export function totalsLayout(totals: Totals, o: LayoutOptions): TotalsLayout {
  const g = grid(o);
  overview(g, totals, o);
  statusTables(g, totals, o);
  const chart = groupTables(g, totals, o);
  legendAndOverdue(g, totals, o);
  const { rows } = g;
  const pad = <T>(fill: (r: number, c: number) => T) =>
    rows.map((_, r) => Array.from({ length: TOTALS_WIDTH }, (_v, c) => fill(r, c)));
  return {
    // Short rows are padded: a cell past a row's end is blank.
    values: pad((r, c) => {
      const v = rows[r]?.[c];
      return v === undefined || v === null ? '' : (v as string | number | boolean | Date);
    }),
    weights: pad((r) => (g.bold.has(r) ? ('bold' as const) : null)),
    formats: pad((r, c) => g.formats.get(`${r},${c}`) ?? ''),
    fills: pad((r, c) => g.fills.get(`${r},${c}`) ?? null),
    chart,
  };
}
