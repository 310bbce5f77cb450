// 每日提醒: the time-driven run that mails each office one digest, then logs and remembers in a fixed order.
import {
  afterSends,
  type CalendarDate,
  type Locale,
  type ReminderPlan,
  type RunRecord,
  type SendOutcome,
  type Skipped,
  splitByQuota,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { commandMessages } from '../../core/messages/commands';
import { isAddonBuild } from '../platform/build-flags';
import type { RecordStore } from '../platform/document-store';
import { isUserError } from '../platform/errors';
import { loadLedger, todayIn } from '../platform/ledger-sheet';
import { currentUser } from '../platform/owned-trigger';
import { runLocked } from '../platform/run-locked';
import { overriding, resolveServices, type Services, withServices } from '../platform/services';
import { assertWritable } from '../platform/sheet-write';
import { appendLog, type ReminderLog, readLog } from './log';
import {
  deleteTrigger,
  deleteTriggerById,
  documentProperties,
  documentTriggers,
  markAlerted,
  markSkipsReported,
  type OwnerRecord,
  readOwner,
  recordTrigger,
  servedSheetKey,
} from './owner';
import { reminderPlan } from './plan';

export interface ReminderRun {
  status: 'done' | 'busy' | 'not-owner' | 'failed';
  asOf: CalendarDate | null;
  sent: string[];
  deferred: string[];
  failed: { recipient: string; message: string }[];
  skipped: Skipped[];
  /** Skipped items told of for the first time: logged in 提醒记录 and mailed to the trigger's owner. */
  reported: Skipped[];
  /** True when the trigger's owner was mailed about a failure in this run. */
  alerted: boolean;
  /** What stopped the run, when it failed as a whole. */
  error: string | null;
}

const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error);

/** Google's words when the day's mail quota is spent: every later send would fail the same way. */
const QUOTA_SPENT = /too many times|quota|limit exceeded/i;

/**
 * Sends the digests that fit in `quota`, in plan order, noting each outcome in `outcomes` as it goes, so an
 * interrupted run still knows what went. A digest that fails is noted and the rest go on; once the quota is
 * spent, it stops: the digests not tried are logged as deferred and go first next time.
 */
function sendDigests(
  s: Services,
  plan: ReminderPlan,
  quota: number,
  locale: Locale,
  outcomes: SendOutcome[],
) {
  const name = say(locale, commandMessages.product);
  for (const d of splitByQuota(plan.digests, quota).send) {
    try {
      s.mail.sendEmail({ to: d.recipient, subject: d.subject, body: d.text, htmlBody: d.html, name });
      outcomes.push({ status: 'sent' });
    } catch (error) {
      if (QUOTA_SPENT.test(messageOf(error))) return;
      outcomes.push({ status: 'failed', message: messageOf(error) });
    }
  }
}

/**
 * Whether the run goes ahead: only the recorded owner's recorded trigger sends. `triggerUid` is the running
 * trigger's id (null when run from the editor). Anything else stands down and removes itself — only itself,
 * as an add-on's user may have the same trigger in other documents — or, run from the editor, this
 * document's triggers.
 */
function standsDown(s: Services, record: OwnerRecord, me: string, triggerUid: string | null): boolean {
  if (record.owner !== null && record.owner === me) {
    if (triggerUid === null || triggerUid === record.triggerId) return false;
    if (record.triggerId === null) {
      // Turned on before trigger ids were kept: the first trigger to run becomes the recorded one.
      recordTrigger(documentProperties(s), triggerUid);
      return false;
    }
  }
  // Enabled by someone else since, turned off, or a stray copy: it would send a second copy of every mail.
  if (triggerUid !== null) deleteTriggerById(s, triggerUid);
  else for (const t of documentTriggers(s, record)) deleteTrigger(s, t);
  return true;
}

/**
 * The services with the spreadsheet this run serves as the active one. A sheet-bound script's trigger has its
 * container; an editor add-on's time-driven trigger has no document at all ("they can't access the document"
 * in time-driven triggers: https://developers.google.com/workspace/add-ons/concepts/editor-triggers), so the
 * add-on build opens the spreadsheet by the id enableDailyReminders noted for this trigger. That one call,
 * SpreadsheetApp.openById, is why the add-on's manifest asks for the spreadsheets scope. Null: nothing to serve.
 */
function servedServices(s: Services, triggerUid: string | null): Services | null {
  if (s.spreadsheet.getActiveSpreadsheet()) return s;
  if (!isAddonBuild() || triggerUid === null) return null;
  const id = s.properties.getUserProperties().getProperty(servedSheetKey(triggerUid));
  if (!id) return null;
  const ss = s.spreadsheet.openById(id);
  const spreadsheet = overriding(s.spreadsheet, { getActiveSpreadsheet: () => ss, getActive: () => ss });
  return withServices(s, { spreadsheet });
}

/** A run that sent nothing and wrote nothing. */
function idle(status: ReminderRun['status']): ReminderRun {
  const none = { asOf: null, sent: [], deferred: [], failed: [], skipped: [], reported: [] };
  return { status, ...none, alerted: false, error: null };
}

/**
 * The daily run (time-driven trigger `dailyReminders`). Runs only for the account recorded as the owner and
 * its recorded trigger, so a stray second trigger sends nothing (it removes itself). Reads the ledger and
 * the log once, sends, then appends the log in one write. Service calls grow with the digests, never rows.
 */
export function runDailyReminders(services: Services, triggerUid: string | null = null): ReminderRun {
  const served = servedServices(services, triggerUid);
  if (!served) {
    // No spreadsheet to serve (a trigger made before its spreadsheet was noted, or whose note is gone):
    // it could only fail every morning, so it removes itself.
    if (triggerUid !== null) deleteTriggerById(services, triggerUid);
    return idle('not-owner');
  }
  const props = documentProperties(served);
  const record = readOwner(props);
  const me = currentUser(served);
  if (standsDown(served, record, me, triggerUid)) return idle('not-owner');
  const locked = runLocked(served, 'daily', () => sendAndLog(served, record, me, props));
  return locked.ran ? locked.value : idle('busy');
}

/** What the run read and sent before deciding what to write. */
interface Sent {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  asOf: CalendarDate | null;
  plan: ReminderPlan | null;
  outcomes: SendOutcome[];
  error: string | null;
  log: ReminderLog | null;
  ledgerUrl: string | null;
  locale: Locale;
}

/** Reads the ledger and the log, checks the log can be written, and sends: any failure is kept as the run's error. */
function readAndSend(s: Services): Sent {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const sent: Sent = {
    ss,
    asOf: null,
    plan: null,
    outcomes: [],
    error: null,
    log: null,
    ledgerUrl: null,
    locale: 'zh',
  };
  try {
    sent.asOf = todayIn(s, ss.getSpreadsheetTimeZone());
    const ctx = loadLedger(s);
    sent.locale = ctx.settings.language;
    // Read once: the plan's links and the owner's alert both name it.
    const url = ss.getUrl();
    sent.ledgerUrl = url;
    const log = readLog(ss);
    sent.log = log;
    // Before any mail: a log that cannot be written would mean every digest is sent again tomorrow.
    if (log.sheet) {
      const next = [{ row: log.rows + 1, column: 1, numRows: 1, numColumns: 9 }];
      assertWritable(log.sheet, next, sent.locale, s.spreadsheet.ProtectionType);
    }
    const plan = reminderPlan(ctx, log, url);
    sent.plan = plan;
    sent.asOf = plan.asOf;
    const quota = plan.digests.length > 0 ? s.mail.getRemainingDailyQuota() : 0;
    sendDigests(s, plan, quota, sent.locale, sent.outcomes);
  } catch (error) {
    sent.error = isUserError(error) ? error.message : messageOf(error);
  }
  return sent;
}

/** The writes after sending, with what each step learnt for the next. */
interface Writing {
  s: Services;
  props: RecordStore;
  sent: Sent;
  record: RunRecord;
  alerted: boolean;
  logError: string | null;
}

/**
 * What happens after the sends, in this order. The alert goes first, so the owner hears even when the log
 * cannot be written; it is remembered in the document at once, so an unwritable log never means a second
 * alert today; the log is one write; the skips are remembered only once the log holds them, since a skip
 * not logged must be told again on the next run.
 */
const AFTER_SENDING: readonly ((w: Writing) => void)[] = [sendAlert, rememberAlert, writeLog, rememberSkips];

/** The locked part of the daily run: read and send, decide in core, then the writes in their order. */
function sendAndLog(s: Services, owner: OwnerRecord, me: string, props: RecordStore): ReminderRun {
  const sent = readAndSend(s);
  const record = afterSends({ ...sent, memory: owner, owner: me });
  const w: Writing = { s, props, sent, record, alerted: false, logError: null };
  for (const step of AFTER_SENDING) step(w);
  const error = sent.error ?? w.logError;
  return {
    status: error === null ? 'done' : 'failed',
    asOf: sent.asOf,
    sent: record.sent,
    deferred: record.deferred,
    failed: record.failed,
    skipped: sent.plan?.skipped ?? [],
    reported: record.reported,
    alerted: w.alerted,
    error,
  };
}

/** Mails the owner's alert when there is one and mail quota is left; a failure to send it is not retried today. */
function sendAlert(w: Writing): void {
  const alert = w.record.alert;
  if (!alert || w.s.mail.getRemainingDailyQuota() < 1) return;
  const name = say(w.sent.locale, commandMessages.product);
  try {
    w.s.mail.sendEmail({ to: alert.to, subject: alert.subject, body: alert.body, name });
    w.alerted = true;
  } catch (error) {
    console.error(`Rectify: the failure notice to ${alert.to} could not be sent: ${messageOf(error)}`);
  }
}

function rememberAlert(w: Writing): void {
  if (w.alerted && w.record.alert) markAlerted(w.props, w.record.alert.alertedOn);
}

/** Appends the run's rows, the alert's last, in one write. Writability was checked before sending, so a failure is rare. */
function writeLog(w: Writing): void {
  const alertRow = w.alerted && w.record.alert ? [w.record.alert.entry] : [];
  const entries = [...w.record.entries, ...alertRow];
  if (w.sent.asOf === null || entries.length === 0) return;
  const ss = w.sent.ss;
  try {
    appendLog(ss, w.sent.log ?? readLog(ss), entries, w.s.now(), w.sent.locale);
  } catch (error) {
    w.logError = messageOf(error);
    console.error(`Rectify: the reminder log could not be written: ${w.logError}`);
  }
}

function rememberSkips(w: Writing): void {
  if (w.logError === null && w.record.skipsReported) markSkipsReported(w.props, w.record.skipsReported);
}

/** Trigger handler. Apps Script passes the time-driven event (its triggerUid names the trigger); tests pass services second. */
export function dailyReminders(
  e?: Pick<Partial<GoogleAppsScript.Events.TimeDriven>, 'triggerUid'> | null,
  services?: Services,
): ReminderRun {
  return runDailyReminders(resolveServices(services), triggerUidOf(e));
}

/** The running trigger's id; null when run from the editor (no event) or by a caller that passed none. */
function triggerUidOf(e: { triggerUid?: unknown } | null | undefined): string | null {
  const uid = e?.triggerUid;
  return typeof uid === 'string' && uid !== '' ? uid : null;
}

// The preview lives in preview.ts; the menu, the sidebar and the tests reach it here too.
export { previewReminders } from './preview';
