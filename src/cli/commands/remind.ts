// `rectify remind --dry-run`: the reminder digests the daily trigger would send for a ledger, without sending.
import { type Locale, REMINDER_LOG_SHEET, type ReminderPlan } from '../../core';
import { say } from '../../core/messages/bilingual';
import { REMIND_TEXT as R } from '../../core/messages/cli-remind';
import { runLocale } from '../args';
import { loadContext, todayInShanghai } from '../context';
import { CliError } from '../errors';
import type { Io } from '../io';
import { reminderJson, reminderPlanOf } from '../pipeline';

export interface RemindArgs {
  ledger: string;
  asOf?: string;
  json?: boolean;
  dryRun?: boolean;
  settings?: string;
  lang?: string;
}

export { reminderJson, reminderPlanOf } from '../pipeline';

/** One digest as the dry run shows it: to whom, why first, the subject, then the body as it would be sent. */
function digestText(d: ReminderPlan['digests'][number], i: number, n: number, l: Locale): string[] {
  const role = say(l, R[d.kind]);
  const deferred = d.waiting ? say(l, R.deferred) : '';
  return [
    '',
    `── ${i + 1}/${n}  ${say(l, R.to)}: ${d.recipient}（${role}）${deferred}`,
    `${say(l, R.subject)}: ${d.subject}`,
    '',
    d.text,
  ];
}

export function reminderText(plan: ReminderPlan, l: Locale): string {
  const n = plan.digests.length;
  const lines: string[] = [say(l, R.heading({ asOf: plan.asOf, count: n }))];
  plan.digests.forEach((d, i) => {
    lines.push(...digestText(d, i, n, l));
  });
  if (plan.alreadyAnnounced > 0) lines.push('', say(l, R.alreadyAnnounced({ count: plan.alreadyAnnounced })));
  if (plan.skipped.length > 0) {
    lines.push('', say(l, R.notReminded({ count: plan.skipped.length })));
    for (const s of plan.skipped) lines.push(`  ${s.message}`);
  }
  if (plan.unreadableLogRows.length > 0)
    lines.push('', say(l, R.unreadableLogRows({ sheet: REMINDER_LOG_SHEET, rows: plan.unreadableLogRows })));
  return lines.join('\n');
}

/**
 * The day the dry run rehearses: --as-of when given, else today, as the daily trigger runs. Not 设置 ›
 * 统计截止日期: that pins the counts and the notice, while a reminder is about what is due now (README,
 * “Daily reminders”).
 */
export function reminderDay(args: Pick<RemindArgs, 'asOf'>, today: string = todayInShanghai()): string {
  return args.asOf ?? today;
}

export async function remindCommand(args: RemindArgs, io: Io): Promise<number> {
  if (!args.dryRun) {
    throw new CliError(say(runLocale(args.lang), R.dryRunOnly));
  }
  const ctx = await loadContext({ ...args, asOf: reminderDay(args) });
  const plan = reminderPlanOf(ctx, args.lang);
  if (args.json) io.out(reminderJson(plan));
  else {
    io.out(reminderText(plan, ctx.locale));
    const pinned = ctx.settings.asOf;
    // Say why the date differs from the one `rectify totals` and the notice use.
    if (args.asOf === undefined && pinned && pinned !== plan.asOf)
      io.out(say(ctx.locale, R.rehearsedToday({ asOf: plan.asOf, pinned })));
  }
  return 0;
}
