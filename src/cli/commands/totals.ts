// `rectify totals`: totals by status, category and office, and the notice's summary sentence.
import {
  amount,
  countBySeverity,
  exactCompletionRate,
  type GroupTotals,
  type Locale,
  percent,
  type Totals,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { ACCOUNTABILITY as A, TOTALS_LABELS as L } from '../../core/messages/cli-totals';
import { loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, totalsOf } from '../pipeline';
import { createProgress } from '../progress';
import { groupRows, statusRows } from '../totals-tables';

export { totalsOf } from '../pipeline';
export { headlineRows, unknownStatusLabel } from '../totals-tables';

/** 按整改状态: the four statuses, the unreadable ones (always, so the table visibly sums), and 合计. */
export function statusTable(t: Totals, l: Locale): string {
  return table(
    [say(l, L.status), say(l, L.problems)],
    [...statusRows(t.byStatus, l, true), [say(l, L.sum), t.total]],
  );
}

/** A table by category or office (groupRows) as the terminal prints it. */
export function groupTable(groups: GroupTotals[], first: string, l: Locale, withUnknown: boolean): string {
  const { headers, rows } = groupRows(groups, first, l, withUnknown);
  return table(headers, rows);
}

/** The accountability figures: 待审核 when 销号需审核 is on, extensions, on-time rate, overdue ageing. */
export function accountabilityText(t: Totals, l: Locale, closureReview: boolean): string {
  const rows: (string | number)[][] = [];
  if (closureReview) rows.push([say(l, A.pendingApproval), t.pendingApproval]);
  rows.push([say(l, A.extended), t.extended]);
  if (t.extensionsUnapproved > 0) rows.push([say(l, A.extensionsUnapproved), t.extensionsUnapproved]);
  rows.push([say(l, A.overdue1to30), t.ageing.days1to30]);
  rows.push([say(l, A.overdue31to90), t.ageing.days31to90]);
  rows.push([say(l, A.overdueOver90), t.ageing.over90]);
  const o = t.onTime;
  // Nothing measurable (no done problem with a done date and a dated deadline): say so, not 0%.
  const rate =
    o.rate === null
      ? say(l, A.onTimeUnknown)
      : say(
          l,
          A.onTimeRate({ rate: percent(o.onTime / o.measured), onTime: o.onTime, measured: o.measured }),
        );
  const lines = [table([say(l, A.heading), say(l, L.count)], rows), `${say(l, A.onTimeLabel)}${rate}`];
  const flagged = flaggedDatesNote(o.flaggedDates, l);
  if (flagged) lines.push(flagged);
  return lines.join('\n');
}

/** Says that done dates flagged as errors were left out of the on-time rate; null when there are none. */
export function flaggedDatesNote(count: number, l: Locale): string | null {
  if (count === 0) return null;
  return say(l, A.flaggedDates({ count }));
}

export function totalsText(t: Totals, l: Locale, options: { closureReview?: boolean } = {}): string {
  const others = table(
    [say(l, L.item), say(l, L.count)],
    [
      [say(l, L.totalProblems), t.total],
      [say(l, L.longTermTasksAnyStatus), t.longTermTasks],
      [say(l, L.overdue), t.overdue],
      [say(l, L.dueSoon), t.dueSoon],
    ],
  );
  const withUnknown = t.byStatus.unknown > 0;
  return [
    t.sentence,
    '',
    statusTable(t, l),
    '',
    others,
    `${say(l, L.completionRate)}${percent(exactCompletionRate(t))}    ${say(l, L.recovered)}${amount(t.recovered)} ${say(l, L.tenThousandYuan)}`,
    '',
    groupTable(t.byCategory, say(l, L.category), l, withUnknown),
    '',
    groupTable(t.byDepartment, say(l, L.department), l, withUnknown),
    '',
    accountabilityText(t, l, options.closureReview ?? false),
  ].join('\n');
}

export async function totalsCommand(
  args: { ledger: string; asOf?: string; json?: boolean; settings?: string; lang?: string },
  io: Io,
): Promise<number> {
  // Reading and checking a large workbook takes seconds: show it on a terminal.
  const progress = createProgress(io);
  const ctx = await loadContext({ ...args, progress }).finally(() => progress.finish());
  const totals = totalsOf(ctx);
  const counts = countBySeverity(allFindings(ctx));
  if (args.json) io.out(JSON.stringify(totals, null, 2));
  else {
    io.out(totalsText(totals, ctx.locale, { closureReview: ctx.settings.closureReview }));
    if (counts.error > 0) {
      io.err(say(ctx.locale, A.ledgerHasErrors({ errors: counts.error })));
    }
  }
  return counts.error > 0 ? 1 : 0;
}
