// `rectify totals`: totals by status, category and office, and the notice's summary sentence.
import {
  amount,
  countBySeverity,
  exactCompletionRate,
  type GroupTotals,
  type Locale,
  percent,
  type Totals,
  tr,
} from '../../core';
import { loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, groupRows, statusRows, totalsOf } from '../pipeline';
import { createProgress } from '../progress';

export { headlineRows, totalsOf, unknownStatusLabel } from '../pipeline';

/** 按整改状态: the four statuses, the unreadable ones (always, so the table visibly sums), and 合计. */
export function statusTable(t: Totals, l: Locale): string {
  return table(
    [tr(l, '整改状态', 'Status'), tr(l, '问题数', 'Problems')],
    [...statusRows(t.byStatus, l, true), [tr(l, '合计', 'Total'), t.total]],
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
  if (closureReview) rows.push([tr(l, '已完成待审核', 'Done, awaiting approval'), t.pendingApproval]);
  rows.push([tr(l, '经批准延期', 'Extended with approval'), t.extended]);
  if (t.extensionsUnapproved > 0)
    rows.push([tr(l, '延期未获批准', 'Extension not approved'), t.extensionsUnapproved]);
  rows.push([tr(l, '逾期1–30天', 'Overdue 1–30 days'), t.ageing.days1to30]);
  rows.push([tr(l, '逾期31–90天', 'Overdue 31–90 days'), t.ageing.days31to90]);
  rows.push([tr(l, '逾期90天以上', 'Overdue over 90 days'), t.ageing.over90]);
  const o = t.onTime;
  // Nothing measurable (no done problem with a done date and a dated deadline): say so, not 0%.
  const rate =
    o.rate === null
      ? tr(l, '—（尚无可判断的已完成问题）', '— (no completion can be judged yet)')
      : tr(
          l,
          `${percent(o.onTime / o.measured)}（${o.measured}个中按期${o.onTime}个）`,
          `${percent(o.onTime / o.measured)} (${o.onTime} of ${o.measured} on time)`,
        );
  const lines = [
    table([tr(l, '问责指标', 'Accountability'), tr(l, '数量', 'Count')], rows),
    `${tr(l, '按期完成率：', 'On-time completion: ')}${rate}`,
  ];
  const flagged = flaggedDatesNote(o.flaggedDates, l);
  if (flagged) lines.push(flagged);
  return lines.join('\n');
}

/** Says that done dates flagged as errors were left out of the on-time rate; null when there are none. */
export function flaggedDatesNote(count: number, l: Locale): string | null {
  if (count === 0) return null;
  return tr(
    l,
    `另有${count}个已完成问题的完成日期晚于统计截止日期（校验错误），未计入按期完成率；请核对完成日期。`,
    `${count} done ${count === 1 ? 'problem has a done date' : 'problems have done dates'} after the as-of date (a check error), left out of the on-time rate; check the done dates.`,
  );
}

export function totalsText(t: Totals, l: Locale, options: { closureReview?: boolean } = {}): string {
  const others = table(
    [tr(l, '项目', 'Item'), tr(l, '数量', 'Count')],
    [
      [tr(l, '问题总数', 'Problems'), t.total],
      [tr(l, '长期坚持任务（含各状态）', 'Long-term tasks (any status)'), t.longTermTasks],
      [tr(l, '已逾期', 'Overdue'), t.overdue],
      [tr(l, '即将到期', 'Due soon'), t.dueSoon],
    ],
  );
  const withUnknown = t.byStatus.unknown > 0;
  return [
    t.sentence,
    '',
    statusTable(t, l),
    '',
    others,
    `${tr(l, '整改完成率：', 'Completion rate: ')}${percent(exactCompletionRate(t))}    ${tr(l, '追赃挽损：', 'Recovered: ')}${amount(t.recovered)} ${tr(l, '万元', '(10k CNY)')}`,
    '',
    groupTable(t.byCategory, tr(l, '问题类别', 'Category'), l, withUnknown),
    '',
    groupTable(t.byDepartment, tr(l, '责任科室', 'Department'), l, withUnknown),
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
      io.err(
        tr(
          ctx.locale,
          `注意：台账有 ${counts.error} 个错误，运行 rectify check 查看。`,
          `Note: the ledger has ${counts.error} errors; run rectify check.`,
        ),
      );
    }
  }
  return counts.error > 0 ? 1 : 0;
}
