// 预览今日提醒: what the daily run would send now, shown in a dialog; it sends and writes nothing.
import type { Locale, ReminderPlan } from '../../core';
import { say } from '../../core/messages/bilingual';
import { commandCaptions } from '../../core/messages/commands';
import { reminderPreviewMessages as V } from '../../core/messages/reminders';
import { runCommand } from '../platform/command';
import { loadLedger } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { readLog } from './log';
import { documentProperties, readOwner } from './owner';
import { reminderPlan } from './plan';

export interface ReminderPreview {
  plan: ReminderPlan;
  quota: number;
  owner: string | null;
  hour: number | null;
}

const MAX_LISTED = 15;

/** The preview's message: who would get what today, what is skipped, and whether the trigger is on. */
export function previewText(p: ReminderPreview, l: Locale): string {
  const { plan, quota } = p;
  const n = plan.digests.length;
  const asOf = plan.asOf;
  const lines = [say(l, n === 0 ? V.nothingToday({ asOf }) : V.wouldSend({ asOf, n }))];
  plan.digests.slice(0, MAX_LISTED).forEach((d, i) => {
    lines.push(`${i + 1}. ${d.recipient} — ${d.subject}`);
  });
  if (n > MAX_LISTED) lines.push(say(l, V.moreMails({ more: n - MAX_LISTED })));
  if (n > quota) lines.push(say(l, V.overQuota({ quota, more: n - quota })));
  if (plan.alreadyAnnounced > 0) lines.push(say(l, V.alreadyAnnounced({ n: plan.alreadyAnnounced })));
  if (plan.skipped.length > 0) {
    lines.push('', say(l, V.cannotRemind));
    for (const s of plan.skipped.slice(0, MAX_LISTED)) lines.push(`- ${s.message}`);
    if (plan.skipped.length > MAX_LISTED)
      lines.push(say(l, V.moreLines({ more: plan.skipped.length - MAX_LISTED })));
  }
  const hour = String(p.hour ?? '?');
  lines.push('', say(l, p.owner ? V.isOn({ owner: p.owner, hour }) : V.isOff), say(l, V.sendsNothing));
  return lines.join('\n');
}

/** Menu 预览今日提醒: what the daily run would send now; sends and writes nothing. */
export function previewReminders(services?: Services): ReminderPreview | undefined {
  const s = resolveServices(services);
  return runCommand('previewReminders', s, (env) => {
    const ctx = loadLedger(s);
    const log = readLog(ctx.ss);
    const plan = reminderPlan(ctx, log);
    const record = readOwner(documentProperties(s));
    const preview: ReminderPreview = {
      plan,
      quota: s.mail.getRemainingDailyQuota(),
      owner: record.owner,
      hour: record.hour,
    };
    const l = ctx.locale;
    env.ui.alert(say(l, commandCaptions.previewReminders), previewText(preview, l), env.ui.ButtonSet.OK);
    return preview;
  });
}
