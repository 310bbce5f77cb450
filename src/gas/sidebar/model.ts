// What the sidebar shows, as plain data built from core results: the dashboard payload (the form: settings-form.ts).

import {
  type AgeingBuckets,
  amount,
  type CalendarDate,
  computeTotals,
  countBySeverity,
  exactCompletionRate,
  type Finding,
  findingText,
  type Locale,
  type MonthCount,
  PALETTE,
  type Problem,
  percent,
  type Settings,
  type Severity,
  type Status,
  shorten,
  statusLabel,
  type Totals,
  urgencyOf,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { commonMessages } from '../../core/messages/common';

/** One overdue or due-soon problem; `row` is what a click sends back to selectRow. */
export interface DashboardItem {
  row: number;
  id: string;
  problem: string;
  department: string;
  due: CalendarDate;
  daysLeft: number;
}

export interface DashboardFinding {
  /** What a click sends to selectCell: "I8" on the ledger sheet, or "'设置'!B5" elsewhere. */
  target: string;
  cell: string;
  sheet: string;
  severity: Severity;
  message: string;
}

export interface CategoryBar {
  name: string;
  total: number;
  counts: Record<Status | 'unknown', number>;
}

/** The figures an inspection office audits, as the page shows them under the tiles. */
export interface Accountability {
  /** On-time completion, formatted (80%), or null when no done problem has both a done date and a deadline. */
  onTimeRate: string | null;
  onTime: number;
  /** Done problems that can be judged: done date and a dated deadline in force. */
  measured: number;
  /** Done without a done date: the reason a rate may be missing. */
  undated: number;
  /** Done dates after the as-of date (a check error): left out of the rate, and the tile says so. */
  flaggedDates: number;
  /** Approved extensions (延期至 and 延期批准): the new deadline is in force. */
  extended: number;
  /** 延期至 without 延期批准: the original deadline stands. */
  extensionsUnapproved: number;
  /** Done but awaiting closure approval; null when 销号需审核 is off, so the page shows no such figure. */
  pendingApproval: number | null;
  ageing: AgeingBuckets;
  /** The last MAX_MONTHS months of completions, oldest first, without gaps. */
  completionsByMonth: MonthCount[];
  /** Earlier months left out of completionsByMonth (汇总 lists them all). */
  monthsOmitted: number;
}

export interface Dashboard {
  locale: Locale;
  asOf: CalendarDate;
  leadDays: number;
  sheetName: string;
  /** Set when there is no ledger to show (no sheet, no header); the page shows it instead of tiles. */
  notice: string | null;
  tiles: {
    total: number;
    done: number;
    inProgress: number;
    notDone: number;
    /** Blank or unreadable statuses; the page shows this tile only when there are some. */
    unknown: number;
    /** Long-term tasks whatever their status (Totals.longTermTasks), shown as 长期坚持任务. */
    longTerm: number;
    overdue: number;
    dueSoon: number;
    /** Already formatted (44.1%), so page and notice agree to the digit. */
    completionRate: string;
    recovered: string;
  };
  statusLabels: Record<Status | 'unknown', string>;
  /** The sheet's fills, so tiles wear the colours the rows do. */
  palette: typeof PALETTE;
  categories: CategoryBar[];
  accountability: Accountability;
  /** The most urgent first, at most MAX_ITEMS each; the tiles carry the full counts. */
  overdue: DashboardItem[];
  dueSoon: DashboardItem[];
  findings: DashboardFinding[];
  errors: number;
  warnings: number;
  /** Findings left out of `findings` to keep the payload small; the sheet's notes still have them all. */
  findingsOmitted: number;
}

/** A sidebar lists this many findings at most; validateLedger's notes carry every one. */
export const MAX_FINDINGS = 200;
/** Overdue and due-soon items listed at most: enough to act on, and the payload stays small at 10,000 rows. */
export const MAX_ITEMS = 100;
const PROBLEM_CHARS = 80;
/** Months of completions the sidebar charts: a year is what fits at 300 px with readable labels. */
export const MAX_MONTHS = 12;

export interface DashboardInput {
  problems: readonly Problem[] | null;
  findings: readonly Finding[];
  settings: Settings;
  asOf: CalendarDate;
  locale: Locale;
  sheetName: string;
  /** Why there is no ledger (missing sheet or header), in the user's language. */
  notice?: string | null;
}

/** Builds the dashboard from the parsed ledger; lists are sorted most urgent first. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { settings, asOf, locale } = input;
  const problems = input.problems ?? [];
  // closureReview as 汇总 uses it, so the completion rate here and there agree.
  const totals = computeTotals(problems, {
    asOf,
    leadDays: settings.leadDays,
    locale,
    closureReview: settings.closureReview,
  });
  const { overdue, dueSoon } = urgentItems(problems, asOf, settings.leadDays);
  const counts = countBySeverity(input.findings);
  const shown = [...input.findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .slice(0, MAX_FINDINGS);
  return {
    locale,
    asOf,
    leadDays: settings.leadDays,
    sheetName: input.sheetName,
    notice: input.notice ?? null,
    tiles: tilesOf(totals),
    statusLabels: statusLabelsIn(locale),
    palette: PALETTE,
    categories: totals.byCategory.map((g) => ({ name: g.name, total: g.total, counts: { ...g.byStatus } })),
    accountability: accountabilityOf(totals, settings.closureReview),
    overdue: overdue.slice(0, MAX_ITEMS),
    dueSoon: dueSoon.slice(0, MAX_ITEMS),
    findings: shown.map((f) => findingForPage(f, input.sheetName, locale)),
    errors: counts.error,
    warnings: counts.warning,
    findingsOmitted: input.findings.length - shown.length,
  };
}

/** The overdue and due-soon problems, each list most urgent first (fewest days left, then row). */
function urgentItems(
  problems: readonly Problem[],
  asOf: CalendarDate,
  leadDays: number,
): { overdue: DashboardItem[]; dueSoon: DashboardItem[] } {
  const overdue: DashboardItem[] = [];
  const dueSoon: DashboardItem[] = [];
  for (const p of problems) {
    const u = urgencyOf(p, asOf, leadDays);
    if ((u.urgency !== 'overdue' && u.urgency !== 'dueSoon') || u.due === null || u.daysLeft === null)
      continue;
    const item: DashboardItem = {
      row: p.row,
      id: p.id,
      problem: shorten(p.problem, PROBLEM_CHARS),
      department: p.department,
      due: u.due,
      daysLeft: u.daysLeft,
    };
    (u.urgency === 'overdue' ? overdue : dueSoon).push(item);
  }
  const byUrgency = (a: DashboardItem, b: DashboardItem) => a.daysLeft - b.daysLeft || a.row - b.row;
  overdue.sort(byUrgency);
  dueSoon.sort(byUrgency);
  return { overdue, dueSoon };
}

/** The figures of the dashboard's tiles, from the same totals 汇总 shows. */
function tilesOf(totals: Totals): Dashboard['tiles'] {
  return {
    total: totals.total,
    done: totals.byStatus.done,
    inProgress: totals.byStatus.inProgress,
    notDone: totals.byStatus.notDone,
    unknown: totals.byStatus.unknown,
    longTerm: totals.longTermTasks,
    overdue: totals.overdue,
    dueSoon: totals.dueSoon,
    completionRate: percent(exactCompletionRate(totals)),
    recovered: amount(totals.recovered),
  };
}

/** The status names the chart's legend shows, in the reader's language. */
function statusLabelsIn(locale: Locale): Dashboard['statusLabels'] {
  return {
    done: statusLabel('done', locale),
    inProgress: statusLabel('inProgress', locale),
    notDone: statusLabel('notDone', locale),
    longTerm: statusLabel('longTerm', locale),
    unknown: say(locale, commonMessages.statusUnknown),
  };
}

function accountabilityOf(totals: Totals, closureReview: boolean): Accountability {
  const o = totals.onTime;
  const months = totals.completionsByMonth;
  return {
    // From the counts, not the 4-place rate: rounding twice turns 6 of 11 (54.545…%) into 54.6%.
    onTimeRate: o.measured > 0 ? percent(o.onTime / o.measured) : null,
    onTime: o.onTime,
    measured: o.measured,
    undated: o.undated,
    flaggedDates: o.flaggedDates,
    extended: totals.extended,
    extensionsUnapproved: totals.extensionsUnapproved,
    pendingApproval: closureReview ? totals.pendingApproval : null,
    ageing: { ...totals.ageing },
    completionsByMonth: months.slice(-MAX_MONTHS).map((m) => ({ ...m })),
    monthsOmitted: Math.max(0, months.length - MAX_MONTHS),
  };
}

/** Quotes a sheet name for A1 notation when it needs it ('设置'!B5); doubled quotes escape a quote. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function findingForPage(f: Finding, ledgerSheet: string, locale: Locale): DashboardFinding {
  const sheet = f.sheet ?? ledgerSheet;
  return {
    target: f.sheet && f.sheet !== ledgerSheet ? `${quoteSheet(f.sheet)}!${f.cell}` : f.cell,
    cell: f.cell,
    sheet,
    severity: f.severity,
    message: findingText(locale, f),
  };
}
