// The count tables every command shows the same way: headline figures, one row per status, one per category or office.

import {
  type GroupTotals,
  type Locale,
  STATUSES,
  type StatusCounts,
  statusLabel,
  type Totals,
} from '../core';
import { say } from '../core/messages/bilingual';
import { TOTALS_LABELS as L } from '../core/messages/cli-totals';
import { commonMessages } from '../core/messages/common';

/**
 * The headline figures with their labels, in the order `rectify totals` lists them and the demo spreads them.
 * The status counts come first and sum to the total: a blank or unreadable status has its own entry whenever
 * the ledger has one. Long-term tasks (counted beside their status) come after the sum, under their own name.
 */
export function headlineRows(t: Totals, l: Locale): [string, number][] {
  return [
    [say(l, L.totalProblems), t.total],
    ...statusRows(t.byStatus, l, t.byStatus.unknown > 0),
    [say(l, L.longTermTasks), t.longTermTasks],
    [say(l, L.overdue), t.overdue],
    [say(l, L.dueSoon), t.dueSoon],
  ];
}

/** The label of the status that is blank or not one of the four, in every table that counts statuses. */
export function unknownStatusLabel(l: Locale): string {
  return say(l, commonMessages.statusUnknown);
}

/** One row per status, and one for the unreadable ones when asked: the rows sum to the total. */
export function statusRows(s: StatusCounts, l: Locale, withUnknown: boolean): [string, number][] {
  const rows: [string, number][] = STATUSES.map((status) => [statusLabel(status, l), s[status]]);
  if (withUnknown) rows.push([unknownStatusLabel(l), s.unknown]);
  return rows;
}

/**
 * A table by category or office: each row's status columns sum to its 问题数, with a column for blank or
 * unreadable statuses whenever the ledger has one (otherwise it would be a column of zeros).
 */
export function groupRows(
  groups: GroupTotals[],
  first: string,
  l: Locale,
  withUnknown: boolean,
): { headers: string[]; rows: (string | number)[][] } {
  return {
    headers: [
      first,
      say(l, L.groupTotal),
      ...STATUSES.map((status) => statusLabel(status, l)),
      ...(withUnknown ? [say(l, L.groupUnreadable)] : []),
      say(l, L.longTermTasks),
      say(l, L.groupOverdue),
    ],
    rows: groups.map((g) => [
      g.name,
      g.total,
      ...STATUSES.map((status) => g.byStatus[status]),
      ...(withUnknown ? [g.byStatus.unknown] : []),
      g.longTermTasks,
      g.overdue,
    ]),
  };
}
