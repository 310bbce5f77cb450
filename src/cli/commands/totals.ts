// `rectify totals`: totals by status, category and office, and the notice's summary sentence.
import {
  amount,
  countBySeverity,
  exactCompletionRate,
  type GroupTotals,
  type Locale,
  percent,
  statusLabel,
  type Totals,
  tr,
} from '../../core';
import { loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, totalsOf } from '../pipeline';
import { createProgress } from '../progress';

export { totalsOf } from '../pipeline';

/** The headline figures with their labels, in the order `rectify totals` lists them and the demo spreads them. */
export function headlineRows(t: Totals, l: Locale): [string, number][] {
  const s = t.byStatus;
  return [
    [tr(l, '问题总数', 'Problems'), t.total],
    [statusLabel('done', l), s.done],
    [statusLabel('inProgress', l), s.inProgress],
    [statusLabel('notDone', l), s.notDone],
    [tr(l, '长期坚持', 'Long-term'), t.longTerm],
    [tr(l, '已逾期', 'Overdue'), t.overdue],
    [tr(l, '即将到期', 'Due soon'), t.dueSoon],
  ];
}

export function groupTable(groups: GroupTotals[], first: string, l: Locale): string {
  return table(
    [
      first,
      tr(l, '问题数', 'Total'),
      statusLabel('done', l),
      statusLabel('inProgress', l),
      statusLabel('notDone', l),
      statusLabel('longTerm', l),
      tr(l, '逾期', 'Overdue'),
    ],
    groups.map((g) => [
      g.name,
      g.total,
      g.byStatus.done,
      g.byStatus.inProgress,
      g.byStatus.notDone,
      g.longTerm,
      g.overdue,
    ]),
  );
}

/** The accountability figures (#8): 待审核 when 销号需审核 is on, extensions, on-time rate, overdue ageing. */
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
  return [
    table([tr(l, '问责指标', 'Accountability'), tr(l, '数量', 'Count')], rows),
    `${tr(l, '按期完成率：', 'On-time completion: ')}${rate}`,
  ].join('\n');
}

export function totalsText(t: Totals, l: Locale, options: { closureReview?: boolean } = {}): string {
  const summary = table([tr(l, '项目', 'Item'), tr(l, '数量', 'Count')], headlineRows(t, l));
  return [
    t.sentence,
    '',
    summary,
    `${tr(l, '整改完成率：', 'Completion rate: ')}${percent(exactCompletionRate(t))}    ${tr(l, '追赃挽损：', 'Recovered: ')}${amount(t.recovered)} ${tr(l, '万元', '(10k CNY)')}`,
    '',
    groupTable(t.byCategory, tr(l, '问题类别', 'Category'), l),
    '',
    groupTable(t.byDepartment, tr(l, '责任科室', 'Department'), l),
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
