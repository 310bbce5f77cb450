// Totals of a ledger at an as-of date, and the notice's summary sentence computed from them.

import { isPendingApproval } from './closure';
import type { CalendarDate } from './dates';
import { isExtensionApproved, isExtensionUnapproved } from './extensions';
import type { Problem } from './ledger';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { SUMMARY_MESSAGES, type SummaryFigures } from './messages/summary';
import { computeMetrics, type Metrics } from './metrics';
import type { Status } from './status';
import { normalise } from './text';
import { urgencyOf } from './urgency';

export interface StatusCounts {
  done: number;
  inProgress: number;
  notDone: number;
  longTerm: number;
  /** Rows whose status is blank or unreadable. */
  unknown: number;
}

/** The counts of any group of problems: a category, a department, a unit, or all of them. */
export interface GroupFigures {
  total: number;
  /** Sums to total: the four statuses plus `unknown`. */
  byStatus: StatusCounts;
  /** Long-term tasks (长期坚持 flag, status or deadline), whatever their status; see Totals.longTermTasks. */
  longTermTasks: number;
  overdue: number;
  dueSoon: number;
  /** Done but awaiting closure approval (销号需审核 on); a subset of byStatus.done. */
  pendingApproval: number;
}

export interface GroupTotals extends GroupFigures {
  name: string;
}

export interface Totals extends Metrics {
  asOf: CalendarDate;
  total: number;
  /**
   * Problems by their 整改状态 column: byStatus.longTerm counts rows whose status *is* 长期坚持, and
   * byStatus.unknown the blank or unreadable ones, so the five always sum to total.
   */
  byStatus: StatusCounts;
  /**
   * Long-term tasks: flagged in 长期坚持, or with the status or a deadline that says so (“…并长期坚持”).
   * Counted beside their status, as the notice does (“已完成整改15个…长期坚持3个”), so it is not part of
   * the byStatus sum; a task done and kept up is both byStatus.done and a long-term task.
   */
  longTermTasks: number;
  overdue: number;
  dueSoon: number;
  /** done ÷ total (done minus pendingApproval when 销号需审核 is on), 0 when there are no problems. */
  completionRate: number;
  /** Sum of 追赃挽损, in 万元. */
  recovered: number;
  byCategory: GroupTotals[];
  byDepartment: GroupTotals[];
  /** Problems with an approved extension (延期至 and 延期批准 both filled): the new deadline is in force. */
  extended: number;
  /** 延期至 filled without 延期批准: the original deadline stands. */
  extensionsUnapproved: number;
  /**
   * With 销号需审核 on, done problems without 销号审核人 and 审核日期: counted as 待审核, not as closed, in
   * completionRate and the sentence. byStatus.done still counts them, as it counts the status column.
   */
  pendingApproval: number;
  sentence: string;
}

/** Zero counts to add into: a group of a ledger here, a unit or category sum in the roll-up. */
export function emptyFigures(): GroupFigures {
  return {
    total: 0,
    byStatus: { done: 0, inProgress: 0, notDone: 0, longTerm: 0, unknown: 0 },
    longTermTasks: 0,
    overdue: 0,
    dueSoon: 0,
    pendingApproval: 0,
  };
}

function group(name: string): GroupTotals {
  return { name, ...emptyFigures() };
}

export interface TotalsOptions {
  asOf: CalendarDate;
  leadDays: number;
  locale?: Locale;
  /** The 销号需审核 setting. */
  closureReview?: boolean;
}

export function computeTotals(problems: readonly Problem[], options: TotalsOptions): Totals {
  const all = group('');
  const categories = new Map<string, GroupTotals>();
  const departments = new Map<string, GroupTotals>();
  let recovered = 0;
  let extended = 0;
  let extensionsUnapproved = 0;
  const none = say(options.locale ?? 'zh', SUMMARY_MESSAGES.blankGroup);
  // Names repeat down a ledger: fold each distinct spelling once.
  const keys = new Map<string, string>();
  const groupOf = (groups: Map<string, GroupTotals>, name: string): GroupTotals => {
    // "1. 理论学习" and "1.理论学习", or full- and half-width forms, are one group under the first spelling.
    let key = keys.get(name);
    if (key === undefined) {
      key = name === '' ? '' : groupKey(name);
      keys.set(name, key);
    }
    let g = groups.get(key);
    if (!g) {
      g = group(name || none);
      groups.set(key, g);
    }
    return g;
  };
  for (const p of problems) {
    const { urgency } = urgencyOf(p, options.asOf, options.leadDays);
    const category = groupOf(categories, p.category);
    const department = groupOf(departments, p.department);
    for (const g of [all, category, department]) {
      g.total++;
      g.byStatus[(p.status ?? 'unknown') as Status | 'unknown']++;
      if (p.longTerm) g.longTermTasks++;
      if (urgency === 'overdue') g.overdue++;
      if (urgency === 'dueSoon') g.dueSoon++;
      if (isPendingApproval(p, options.closureReview ?? false)) g.pendingApproval++;
    }
    if (p.recovered !== null) recovered += p.recovered;
    if (isExtensionApproved(p)) extended++;
    else if (isExtensionUnapproved(p)) extensionsUnapproved++;
  }
  const totals: Totals = {
    asOf: options.asOf,
    total: all.total,
    byStatus: all.byStatus,
    longTermTasks: all.longTermTasks,
    overdue: all.overdue,
    dueSoon: all.dueSoon,
    completionRate: all.total === 0 ? 0 : round((all.byStatus.done - all.pendingApproval) / all.total, 4),
    recovered: round(recovered, 4),
    byCategory: blankLast(categories),
    byDepartment: blankLast(departments),
    extended,
    extensionsUnapproved,
    pendingApproval: all.pendingApproval,
    ...computeMetrics(problems, options),
    sentence: '',
  };
  totals.sentence = summarySentence(totals, options.locale ?? 'zh');
  return totals;
}

function groupKey(name: string): string {
  return normalise(name).replace(/ /g, '');
}

/** Groups in the order the ledger first names them, with the unnamed group at the end. */
function blankLast(groups: Map<string, GroupTotals>): GroupTotals[] {
  const blank = groups.get('');
  const named = [...groups].filter(([key]) => key !== '').map(([, g]) => g);
  return blank ? [...named, blank] : named;
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/**
 * Closed ÷ total, unrounded. Percentages are made from this, not from completionRate: rounding to 4 places
 * and then to one decimal turns 6 of 11 (54.545…%) into 54.6%.
 */
export function exactCompletionRate(t: Pick<Totals, 'total' | 'byStatus' | 'pendingApproval'>): number {
  return t.total === 0 ? 0 : (t.byStatus.done - (t.pendingApproval ?? 0)) / t.total;
}

/**
 * 44.1% — one decimal, trailing .0 dropped. Never 100% unless every problem is closed, nor 0% when one is:
 * 1,999 of 2,000 rounds to 100.0%, which beside "未完成1个" reads as an error.
 */
export function percent(rate: number): string {
  let shown = round(rate * 100, 1);
  if (shown >= 100 && rate < 1) shown = 99.9;
  else if (shown <= 0 && rate > 0) shown = 0.1;
  return `${String(shown)}%`;
}

/** 万元 in English: 0.02 → "CNY 200", 12.5 → "CNY 125,000" (an English reader does not count in 万). */
export function yuan(tenThousands: number): string {
  const [whole = '', cents] = String(Math.round(tenThousands * 1_000_000) / 100).split('.');
  return `CNY ${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${cents ? `.${cents}` : ''}`;
}

/** Formats 万元 amounts without float noise: 0.02, 1.5, 12. */
export function amount(value: number): string {
  return String(round(value, 4));
}

/**
 * The notice's summary sentence. Zero counts are left out rather than printed as "0个", and an
 * all-done ledger says so, so the sentence reads as a person would write it.
 */
export function summarySentence(t: Totals, locale: Locale): string {
  const s = t.byStatus;
  // Done but not yet approved is not closed: it is said apart as 待审核 (0 unless 销号需审核 is on).
  const pending = t.pendingApproval ?? 0;
  const figures: SummaryFigures = {
    asOf: t.asOf,
    total: t.total,
    closed: s.done - pending,
    pending,
    inProgress: s.inProgress,
    notDone: s.notDone,
    unknown: s.unknown,
    longTermTasks: t.longTermTasks,
    rate: percent(exactCompletionRate(t)),
    recovered: t.recovered,
    recoveredWan: amount(t.recovered),
    recoveredYuan: yuan(t.recovered),
  };
  return say(locale, SUMMARY_MESSAGES.sentence(figures));
}
