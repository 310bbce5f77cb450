// Urgency of a problem at an as-of date, and the one palette every adapter colours rows with.
import { type CalendarDate, daysBetween } from './dates';
import { deadlineInForce } from './extensions';
import type { Problem } from './ledger';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { URGENCY_LABELS } from './messages/statuses';
import { statusLabel } from './status';

export type Urgency = 'done' | 'longTerm' | 'overdue' | 'dueSoon' | 'none';

export interface UrgencyResult {
  urgency: Urgency;
  /** The deadline in force, when it is a date. */
  due: CalendarDate | null;
  /** Days from the as-of date to the deadline: negative when overdue. */
  daysLeft: number | null;
}

/** The deadline in force: 延期至 when 延期批准 is filled in, else the date deadline (extensions.ts). */
export function dueDateOf(problem: Problem): CalendarDate | null {
  return deadlineInForce(problem);
}

/**
 * done → green; a long-term status or deadline → blue; past its date → red; within the lead days → amber.
 * A long-term flag beside a dated deadline does not excuse missing that date: the row turns red, as the
 * inspection offices count it, and is blue only while its date is not yet past.
 */
export function urgencyOf(problem: Problem, asOf: CalendarDate, leadDays: number): UrgencyResult {
  const due = dueDateOf(problem);
  const daysLeft = due === null ? null : daysBetween(asOf, due);
  if (problem.status === 'done') return { urgency: 'done', due, daysLeft };
  if (problem.status === 'longTerm' || problem.deadline?.kind === 'longTerm') {
    return { urgency: 'longTerm', due, daysLeft };
  }
  if (daysLeft !== null && daysLeft < 0) return { urgency: 'overdue', due, daysLeft };
  if (daysLeft !== null && daysLeft <= leadDays) return { urgency: 'dueSoon', due, daysLeft };
  if (problem.longTerm) return { urgency: 'longTerm', due, daysLeft };
  return { urgency: 'none', due, daysLeft };
}

/**
 * Fill colours, lower-case as Sheets returns them. Light like Sheets' "light 3" row, but none of them is a swatch
 * of Sheets' default palette (#f4cccc, #fce5cd, #cfe2f3, #d9ead3 are): a person who picks "light red 3" by hand
 * must never have that fill taken for Rectify's.
 */
export const PALETTE: Record<Exclude<Urgency, 'none'>, string> = {
  done: '#dcedd5',
  longTerm: '#d3e3f3',
  overdue: '#f7d4d0',
  dueSoon: '#fde6cf',
};

export const PALETTE_COLOURS: ReadonlySet<string> = new Set(Object.values(PALETTE));

export function urgencyLabel(urgency: Urgency, locale: Locale = 'zh', leadDays = 7): string {
  switch (urgency) {
    case 'done':
    case 'longTerm':
      return statusLabel(urgency, locale);
    case 'overdue':
      return say(locale, URGENCY_LABELS.overdue);
    case 'dueSoon':
      return say(locale, URGENCY_LABELS.dueSoon({ leadDays }));
    default:
      return say(locale, URGENCY_LABELS.notDue);
  }
}

/** The legend rows: colour and meaning, in the order a reader scans them. */
export function legend(locale: Locale = 'zh', leadDays = 7): { colour: string; label: string }[] {
  return (['overdue', 'dueSoon', 'longTerm', 'done'] as const).map((u) => ({
    colour: PALETTE[u],
    label: urgencyLabel(u, locale, leadDays),
  }));
}
