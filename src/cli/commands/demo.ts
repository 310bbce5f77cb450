// `rectify demo` (= `npm start`): the whole job offline on the bundled example, writing its results to out/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { computeTotals, countBySeverity, tr, urgencyOf } from '../../core';
import { loadContext } from '../context';
import { table } from '../format';
import type { Io } from '../io';
import { allFindings, findingsTable, requireLedger } from './check';
import { noticeOf, renderNotice } from './notice';
import { reminderJson, reminderPlanOf } from './remind';
import { totalsText } from './totals';

/** The bundled example workbook (ledger, 设置 and 通报正文 sheets). */
export const EXAMPLE = resolve(__dirname, '..', 'examples', 'ledger.xlsx');

export async function demoCommand(args: { out?: string; lang?: string }, io: Io): Promise<number> {
  const out = resolve(args.out ?? 'out');
  mkdirSync(out, { recursive: true });
  const ctx = await loadContext({ ledger: EXAMPLE, lang: args.lang });
  const l = ctx.locale;
  const ledger = requireLedger(ctx);
  const findings = allFindings(ctx);
  const counts = countBySeverity(findings);
  const totals = computeTotals(ledger.problems, {
    asOf: ctx.asOf,
    leadDays: ctx.settings.leadDays,
    locale: l,
  });
  const written: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    const file = join(out, name);
    writeFileSync(file, data);
    written.push(file);
  };
  write('totals.json', `${JSON.stringify(totals, null, 2)}\n`);
  write('reminders.json', `${reminderJson(reminderPlanOf(ctx, args.lang))}\n`);
  const notice = noticeOf(ctx);
  write('notice.docx', await renderNotice(notice, 'docx'));
  write('notice.html', await renderNotice(notice, 'html'));

  io.out(
    tr(l, `整改台账助手 — 示例台账（统计截止 ${ctx.asOf}）`, `Rectify — example ledger (as of ${ctx.asOf})`),
  );
  io.out('');
  io.out(totalsText(totals, l));
  io.out('');
  const overdue = ledger.problems
    .map((p) => ({ p, u: urgencyOf(p, ctx.asOf, ctx.settings.leadDays) }))
    .filter((x) => x.u.urgency === 'overdue')
    .sort((a, b) => (a.u.daysLeft ?? 0) - (b.u.daysLeft ?? 0));
  io.out(tr(l, `逾期未完成（${overdue.length}）：`, `Overdue (${overdue.length}):`));
  io.out(
    table(
      [
        tr(l, '编号', 'ID'),
        tr(l, '责任科室', 'Department'),
        tr(l, '整改时限', 'Deadline'),
        tr(l, '逾期天数', 'Days overdue'),
      ],
      overdue.map(({ p, u }) => [p.id, p.department, u.due ?? '', -(u.daysLeft ?? 0)]),
    ),
  );
  io.out('');
  io.out(
    tr(
      l,
      `校验：${counts.error} 个错误，${counts.warning} 个提醒`,
      `Checks: ${counts.error} errors, ${counts.warning} warnings`,
    ),
  );
  if (findings.length > 0) io.out(findingsTable(findings, ctx));
  io.out('');
  io.out(tr(l, '已写出：', 'Written:'));
  for (const file of written) io.out(`  ${relative(process.cwd(), file) || file}`);
  return 0;
}
