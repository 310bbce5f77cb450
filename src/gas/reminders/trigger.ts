// 开启/关闭每日提醒: one dailyReminders trigger per spreadsheet, owned by one account, at the hour set in 设置.
import { tr } from '../../core';
import { runCommand } from '../platform/command';
import { UserError } from '../platform/errors';
import { calendarDateReader, readSettings } from '../platform/ledger-sheet';
import { currentUser, keepFirst } from '../platform/owned-trigger';
import { resolveServices, type Services } from '../platform/services';
import {
  clearOwner,
  deleteTrigger,
  documentProperties,
  documentTriggers,
  HANDLER,
  readOwner,
  recordTrigger,
  rememberServedSheet,
  writeOwner,
} from './owner';

export interface TriggerResult {
  status: 'created' | 'unchanged' | 'rescheduled' | 'owned-by-other' | 'removed' | 'stopped-other' | 'off';
  owner: string | null;
  hour: number | null;
}

/** Menu 开启每日提醒. Calling it again makes no second trigger; another owner's trigger is named, not duplicated. */
export function enableDailyReminders(services?: Services): TriggerResult | undefined {
  const s = resolveServices(services);
  return runCommand('enableDailyReminders', s, (env) => {
    const ss = s.spreadsheet.getActiveSpreadsheet();
    const timeZone = ss.getSpreadsheetTimeZone();
    const { settings, locale: l } = readSettings(s, ss, calendarDateReader(s, timeZone));
    const hour = settings.reminderHour;
    const props = documentProperties(s);
    const record = readOwner(props);
    const me = currentUser(s);
    const title = tr(l, '开启每日提醒', 'Turn on daily reminders');
    const say = (message: string) => env.ui.alert(title, message, env.ui.ButtonSet.OK);
    if (me === '') {
      throw new UserError(
        tr(
          l,
          '无法取得您账号的邮箱地址，不能开启每日提醒。请用本单位的 Google 账号登录后再试。',
          'Your account’s e-mail address is not available, so reminders cannot be turned on. Sign in with your organisation’s Google account and try again.',
        ),
        'reminders.no-user',
      );
    }
    if (record.owner && record.owner !== me) {
      say(
        tr(
          l,
          `每日提醒已由 ${record.owner} 开启（每天 ${record.hour ?? '?'} 点），邮件从该账号发出。为免重复发信，未再开启。如需改由您发送，请先由 ${record.owner} 关闭，或点“关闭每日提醒”停止其发送。`,
          `Daily reminders are already on, sent from ${record.owner}'s account (around ${record.hour ?? '?'}:00). To avoid duplicate mail nothing was changed. To send them from your account, ask ${record.owner} to turn them off, or use Turn off daily reminders to stop theirs.`,
        ),
      );
      return { status: 'owned-by-other', owner: record.owner, hour: record.hour };
    }
    // The recorded trigger first, so it is the one kept; an add-on sees no other user's or document's.
    const mine = documentTriggers(s, record).sort(
      (a, b) => Number(b.getUniqueId() === record.triggerId) - Number(a.getUniqueId() === record.triggerId),
    );
    // Extra copies (from an old version or a race) would send every mail twice.
    keepFirst(mine, (extra) => deleteTrigger(s, extra));
    if (mine.length > 0 && record.owner === me && record.hour === hour) {
      // A bound script's trigger from before ids were kept is adopted, so a stray copy can tell it is one.
      const id = mine[0].getUniqueId();
      if (record.triggerId !== id) recordTrigger(props, id);
      say(
        tr(
          l,
          `每日提醒已经开启：每天 ${hour} 点左右（${timeZone}）由您的账号 ${me} 发送。未创建新的触发器。`,
          `Daily reminders are already on: sent from your account ${me} around ${hour}:00 (${timeZone}). No new trigger was made.`,
        ),
      );
      return { status: 'unchanged', owner: me, hour };
    }
    if (mine.length > 0) deleteTrigger(s, mine[0]);
    const trigger = s.script
      .newTrigger(HANDLER)
      .timeBased()
      .atHour(hour)
      .everyDays(1)
      .inTimezone(timeZone)
      .create();
    writeOwner(props, me, hour, trigger.getUniqueId());
    rememberServedSheet(s, trigger.getUniqueId(), ss.getId());
    const rescheduled = mine.length > 0;
    say(
      tr(
        l,
        `${rescheduled ? '已改为' : '每日提醒已开启：'}每天 ${hour} 点左右（${timeZone}）由您的账号 ${me} 向责任人发送到期和逾期提醒，发送情况记在“提醒记录”工作表。可先点“预览今日提醒”查看内容。`,
        `${rescheduled ? 'Rescheduled: ' : 'Daily reminders are on: '}every day around ${hour}:00 (${timeZone}) your account ${me} mails owners their due and overdue items; each mail is logged in the 提醒记录 sheet. Use Preview reminders to see today's.`,
      ),
    );
    return { status: rescheduled ? 'rescheduled' : 'created', owner: me, hour };
  });
}

/**
 * Menu 关闭每日提醒. Removes this account's trigger for this document (as an add-on, never the ones serving
 * the account's other documents); another owner's can only be stopped, after a question.
 */
export function disableDailyReminders(services?: Services): TriggerResult | undefined {
  const s = resolveServices(services);
  return runCommand('disableDailyReminders', s, (env) => {
    const l = env.locale;
    const props = documentProperties(s);
    const record = readOwner(props);
    const me = currentUser(s);
    const title = tr(l, '关闭每日提醒', 'Turn off daily reminders');
    const mine = documentTriggers(s, record);
    for (const t of mine) deleteTrigger(s, t);
    if (record.owner && record.owner !== me) {
      // Google lets no one delete another user's trigger; clearing the owner makes it stand down instead.
      const answer = env.ask(
        title,
        tr(
          l,
          `每日提醒由 ${record.owner} 开启。要停止从该账号发送提醒吗？（该账号的触发器下次运行时不再发信并自行删除。）`,
          `Daily reminders were turned on by ${record.owner}. Stop sending them from that account? (Its trigger will send nothing and remove itself on its next run.)`,
        ),
        env.ui.ButtonSet.YES_NO,
      );
      if (answer !== env.ui.Button.YES)
        return { status: 'owned-by-other', owner: record.owner, hour: record.hour };
      // Read again under the lock ask() took anew: someone may have turned reminders on or off meanwhile.
      const now = readOwner(props);
      if (now.owner !== record.owner || now.triggerId !== record.triggerId) {
        env.ui.alert(
          title,
          tr(
            l,
            '在您回答期间，每日提醒的设置已被他人更改，本次未做修改。请重新打开“关闭每日提醒”查看当前状态。',
            'While the question was open someone else changed the daily reminders; nothing was changed. Choose Turn off daily reminders again to see where they stand.',
          ),
          env.ui.ButtonSet.OK,
        );
        return { status: 'owned-by-other', owner: now.owner, hour: now.hour };
      }
      clearOwner(props);
      return { status: 'stopped-other', owner: null, hour: null };
    }
    if (record.owner) clearOwner(props);
    const wasOn = mine.length > 0 || record.owner !== null;
    env.ui.alert(
      title,
      wasOn
        ? tr(l, '每日提醒已关闭，不再自动发送邮件。', 'Daily reminders are off; no more mail will be sent.')
        : tr(l, '每日提醒本来就没有开启。', 'Daily reminders were not on.'),
      env.ui.ButtonSet.OK,
    );
    return { status: wasOn ? 'removed' : 'off', owner: null, hour: null };
  });
}
