// `rectify remind --dry-run`: the reminder digests the daily trigger would send for a ledger, without sending.
import { type Locale, REMINDER_LOG_SHEET, type ReminderPlan, tr } from '../../core';
import { envLocale, loadContext, todayInShanghai } from '../context';
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

export function reminderText(plan: ReminderPlan, l: Locale): string {
  const lines: string[] = [];
  const n = plan.digests.length;
  lines.push(
    tr(
      l,
      `演练（--dry-run）：截至 ${plan.asOf}，每日提醒将发送 ${n} 封邮件；命令行不发送任何邮件。`,
      `Dry run: as of ${plan.asOf} the daily reminder would send ${n} e-mails; the command line sends none.`,
    ),
  );
  plan.digests.forEach((d, i) => {
    const role = {
      office: tr(l, '责任人', 'owner'),
      leader: tr(l, '牵头领导', 'leader'),
      both: tr(l, '责任人、牵头领导', 'owner, leader'),
    }[d.kind];
    lines.push('');
    lines.push(
      `── ${i + 1}/${n}  ${tr(l, '收件人', 'To')}: ${d.recipient}（${role}）${d.waiting ? tr(l, ' 〔上次推迟，优先发送〕', ' [deferred last time, goes first]') : ''}`,
    );
    lines.push(`${tr(l, '主题', 'Subject')}: ${d.subject}`);
    lines.push('');
    lines.push(d.text);
  });
  if (plan.alreadyAnnounced > 0) {
    lines.push('');
    lines.push(
      tr(
        l,
        `另有 ${plan.alreadyAnnounced} 项已按阶段提醒过，今天不再重复。`,
        `${plan.alreadyAnnounced} more were already announced at their stage and are not repeated today.`,
      ),
    );
  }
  if (plan.skipped.length > 0) {
    lines.push('');
    lines.push(tr(l, `未能提醒（${plan.skipped.length}）：`, `Not reminded (${plan.skipped.length}):`));
    for (const s of plan.skipped) lines.push(`  ${s.message}`);
  }
  if (plan.unreadableLogRows.length > 0) {
    lines.push('');
    lines.push(
      tr(
        l,
        `${REMINDER_LOG_SHEET}第${plan.unreadableLogRows.join('、')}行的记录无法读取（记录列被修改），按未发送处理。`,
        `${REMINDER_LOG_SHEET} rows ${plan.unreadableLogRows.join(', ')} cannot be read (the record column was edited); treated as not sent.`,
      ),
    );
  }
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
    const l: Locale = args.lang === 'en' || args.lang === 'zh' ? args.lang : (envLocale() ?? 'zh');
    throw new CliError(
      tr(
        l,
        'rectify remind: 命令行只演练、不发送邮件，请加 --dry-run（邮件由 Google 表格中的“每日提醒”发送）',
        'rectify remind: the command line only rehearses and never sends; add --dry-run (mail is sent by the daily reminder in Google Sheets)',
      ),
    );
  }
  const ctx = await loadContext({ ...args, asOf: reminderDay(args) });
  const plan = reminderPlanOf(ctx, args.lang);
  if (args.json) io.out(reminderJson(plan));
  else {
    io.out(reminderText(plan, ctx.locale));
    const pinned = ctx.settings.asOf;
    // Say why the date differs from the one `rectify totals` and the notice use.
    if (args.asOf === undefined && pinned && pinned !== plan.asOf)
      io.out(
        tr(
          ctx.locale,
          `\n（提醒按今天 ${plan.asOf} 演练，与每日提醒一致；设置中的统计截止日期 ${pinned} 只用于统计和通报。要演练别的日期，请加 --as-of。）`,
          `\n(Rehearsed for today, ${plan.asOf}, as the daily reminder runs; the as-of date ${pinned} in the settings applies to totals and the notice only. Add --as-of to rehearse another day.)`,
        ),
      );
  }
  return 0;
}
