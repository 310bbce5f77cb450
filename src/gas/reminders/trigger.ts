// 开启/关闭每日提醒: one dailyReminders trigger per spreadsheet, owned by one account, at the hour set in 设置.
import { type Bilingual, say } from '../../core/messages/bilingual';
import { commandCaptions } from '../../core/messages/commands';
import { reminderTriggerMessages as T } from '../../core/messages/reminders';
import { type CommandEnv, runCommand } from '../platform/command';
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
  return runCommand('enableDailyReminders', s, (env) => enable(s, env));
}

function enable(s: Services, env: CommandEnv): TriggerResult {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const { settings, locale: l } = readSettings(s, ss, calendarDateReader(s, timeZone));
  const hour = settings.reminderHour;
  const props = documentProperties(s);
  const record = readOwner(props);
  const me = currentUser(s);
  const tell = (message: Bilingual) =>
    env.ui.alert(say(l, commandCaptions.enableDailyReminders), say(l, message), env.ui.ButtonSet.OK);
  if (me === '') throw new UserError(say(l, T.noUser), 'reminders.no-user');
  if (record.owner && record.owner !== me) {
    tell(T.ownedByOther({ owner: record.owner, hour: String(record.hour ?? '?') }));
    return { status: 'owned-by-other', owner: record.owner, hour: record.hour };
  }
  // The recorded trigger first, so it is the one kept; an add-on sees no other user's or document's.
  const mine = documentTriggers(s, record).sort(
    (a, b) => Number(b.getUniqueId() === record.triggerId) - Number(a.getUniqueId() === record.triggerId),
  );
  // Extra copies (from an old version or a race) would send every mail twice.
  keepFirst(mine, (extra) => deleteTrigger(s, extra));
  const kept = mine[0];
  if (kept && record.owner === me && record.hour === hour) {
    // A bound script's trigger from before ids were kept is adopted, so a stray copy can tell it is one.
    const id = kept.getUniqueId();
    if (record.triggerId !== id) recordTrigger(props, id);
    tell(T.alreadyOn({ hour, timeZone, me }));
    return { status: 'unchanged', owner: me, hour };
  }
  if (kept) deleteTrigger(s, kept);
  const trigger = s.script
    .newTrigger(HANDLER)
    .timeBased()
    .atHour(hour)
    .everyDays(1)
    .inTimezone(timeZone)
    .create();
  writeOwner(props, me, hour, trigger.getUniqueId());
  rememberServedSheet(s, trigger.getUniqueId(), ss.getId());
  const rescheduled = kept !== undefined;
  tell(T.turnedOn({ rescheduled, hour, timeZone, me }));
  return { status: rescheduled ? 'rescheduled' : 'created', owner: me, hour };
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
    const title = say(l, commandCaptions.disableDailyReminders);
    const mine = documentTriggers(s, record);
    for (const t of mine) deleteTrigger(s, t);
    if (record.owner && record.owner !== me) {
      // Google lets no one delete another user's trigger; clearing the owner makes it stand down instead.
      const answer = env.ask(title, say(l, T.stopOther({ owner: record.owner })), env.ui.ButtonSet.YES_NO);
      if (answer !== env.ui.Button.YES)
        return { status: 'owned-by-other', owner: record.owner, hour: record.hour };
      // Read again under the lock ask() took anew: someone may have turned reminders on or off meanwhile.
      const now = readOwner(props);
      if (now.owner !== record.owner || now.triggerId !== record.triggerId) {
        env.ui.alert(title, say(l, T.changedMeanwhile), env.ui.ButtonSet.OK);
        return { status: 'owned-by-other', owner: now.owner, hour: now.hour };
      }
      clearOwner(props);
      return { status: 'stopped-other', owner: null, hour: null };
    }
    if (record.owner) clearOwner(props);
    const wasOn = mine.length > 0 || record.owner !== null;
    env.ui.alert(title, say(l, wasOn ? T.turnedOff : T.wasOff), env.ui.ButtonSet.OK);
    return { status: wasOn ? 'removed' : 'off', owner: null, hour: null };
  });
}
