// 每日提醒: the time-driven run that mails each office one digest, and the menu preview that sends nothing.
import {
  appendAll,
  type CalendarDate,
  chineseDate,
  type Digest,
  type Locale,
  type LogEntry,
  planReminders,
  type ReminderPlan,
  type Skipped,
  splitByQuota,
  tr,
} from '../../core';
import { isAddonBuild } from '../platform/build-flags';
import { PRODUCT, runCommand } from '../platform/command';
import type { RecordStore } from '../platform/document-store';
import { isUserError } from '../platform/errors';
import { type LedgerContext, loadLedger, todayIn } from '../platform/ledger-sheet';
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
  MAX_SKIP_MARKS,
  markAlerted,
  markSkipsReported,
  type OwnerRecord,
  readOwner,
  recordTrigger,
  servedSheetKey,
} from './owner';

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

/** The plan for today, from one read of the ledger and one of 提醒记录. */
export function reminderPlan(ctx: LedgerContext, log: ReminderLog): ReminderPlan {
  return planReminders({
    problems: ctx.ledger?.problems ?? [],
    // Reminders follow the calendar, not the pinned 统计截止日期 the notice uses.
    asOf: ctx.today,
    settings: ctx.settings,
    memory: log.memory,
    findings: ctx.parsed.findings,
    link: { url: ctx.ss.getUrl(), gid: ctx.sheet.getSheetId() },
    ledgerName: ctx.ss.getName(),
  });
}

function entryOf(d: Digest, date: CalendarDate, status: LogEntry['status'], note = ''): LogEntry {
  return {
    date,
    recipient: d.recipient,
    kind: d.kind,
    status,
    items: d.items.map((i) => ({ key: i.key, id: i.id, due: i.due, stage: i.stage })),
    note,
  };
}

const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error);

/** Google's words when the day's mail quota is spent: every later send would fail the same way. */
const QUOTA_SPENT = /too many times|quota|limit exceeded/i;

/**
 * Sends the digests that fit in today's quota, in plan order. A digest that fails is logged as failed and
 * the rest go on; once the quota is spent, or if anything else throws, the digests not yet tried are
 * logged as deferred, so what went out is always logged and nothing is sent twice.
 */
function sendDigests(
  s: Services,
  plan: ReminderPlan,
  quota: number,
  locale: Locale,
): { entries: LogEntry[]; run: Pick<ReminderRun, 'sent' | 'deferred' | 'failed'> } {
  const { send, defer } = splitByQuota(plan.digests, quota);
  const entries: LogEntry[] = [];
  const run = { sent: [] as string[], deferred: [] as string[], failed: [] as ReminderRun['failed'] };
  const deferNote = (l: Locale) =>
    tr(l, '超出今日邮件配额，下次优先发送', 'over the daily mail quota; goes first next run');
  const senderName = tr(locale, PRODUCT.zh, PRODUCT.en);
  let next = 0;
  try {
    for (; next < send.length; next++) {
      const d = send[next];
      try {
        s.mail.sendEmail({
          to: d.recipient,
          subject: d.subject,
          body: d.text,
          htmlBody: d.html,
          name: senderName,
        });
        entries.push(entryOf(d, plan.asOf, 'sent'));
        run.sent.push(d.recipient);
      } catch (error) {
        if (QUOTA_SPENT.test(messageOf(error))) break;
        entries.push(entryOf(d, plan.asOf, 'failed', messageOf(error)));
        run.failed.push({ recipient: d.recipient, message: messageOf(error) });
      }
    }
  } finally {
    for (const d of [...send.slice(next), ...defer]) {
      entries.push(entryOf(d, plan.asOf, 'deferred', deferNote(locale)));
      run.deferred.push(d.recipient);
    }
  }
  return { entries, run };
}

/** The failure notice to the trigger's owner: at most one a day, whatever fails how often. */
function alertOwner(
  s: Services,
  owner: string,
  asOf: CalendarDate,
  problems: string[],
  url: string | null,
  locale: Locale,
): boolean {
  if (owner === '' || s.mail.getRemainingDailyQuota() < 1) return false;
  const subject = tr(
    locale,
    `【${PRODUCT.zh}】每日提醒出错（${chineseDate(asOf)}）`,
    `[${PRODUCT.en}] Daily reminders failed (${asOf})`,
  );
  const body = [
    tr(locale, '今天的每日提醒未能全部完成：', 'Today’s daily reminders did not all go out:'),
    '',
    ...problems.map((p) => `- ${p}`),
    '',
    url ? tr(locale, `台账：${url}`, `Ledger: ${url}`) : '',
    tr(
      locale,
      `详情见“提醒记录”工作表。未发出的提醒会在下次运行时优先发送；今天不再重复通知。`,
      'See the 提醒记录 sheet. Reminders not sent go first on the next run; you will not be told again today.',
    ),
  ].join('\n');
  s.mail.sendEmail({ to: owner, subject, body, name: tr(locale, PRODUCT.zh, PRODUCT.en) });
  return true;
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

/**
 * The daily run (time-driven trigger `dailyReminders`). Runs only for the account recorded as the owner and
 * its recorded trigger, so a stray second trigger sends nothing (it removes itself). Reads the ledger and
 * the log once, sends, then appends the log in one write. Service calls grow with the digests, never rows.
 */
export function runDailyReminders(services: Services, triggerUid: string | null = null): ReminderRun {
  const run: ReminderRun = {
    status: 'done',
    asOf: null,
    sent: [],
    deferred: [],
    failed: [],
    skipped: [],
    reported: [],
    alerted: false,
    error: null,
  };
  const served = servedServices(services, triggerUid);
  if (!served) {
    // No spreadsheet to serve (a trigger made before its spreadsheet was noted, or whose note is gone):
    // it could only fail every morning, so it removes itself.
    if (triggerUid !== null) deleteTriggerById(services, triggerUid);
    return { ...run, status: 'not-owner' };
  }
  const s = served;
  const props = documentProperties(s);
  const record = readOwner(props);
  const me = currentUser(s);
  if (standsDown(s, record, me, triggerUid)) return { ...run, status: 'not-owner' };
  const locked = runLocked(s, 'daily', () => sendAndLog(s, run, record, me, props));
  return locked.ran ? locked.value : { ...run, status: 'busy' };
}

/** The locked part of the daily run: read, send, log. */
function sendAndLog(
  s: Services,
  run: ReminderRun,
  record: OwnerRecord,
  me: string,
  props: RecordStore,
): ReminderRun {
  let ctx: LedgerContext | null = null;
  let log: ReminderLog | null = null;
  const entries: LogEntry[] = [];
  let locale: Locale = 'zh';
  const ss = s.spreadsheet.getActiveSpreadsheet();
  try {
    const timeZone = ss.getSpreadsheetTimeZone();
    run.asOf = todayIn(s, timeZone);
    ctx = loadLedger(s);
    locale = ctx.settings.language;
    log = readLog(ss);
    if (log.sheet) {
      assertWritable(
        log.sheet,
        [{ row: log.rows + 1, column: 1, numRows: 1, numColumns: 9 }],
        locale,
        s.spreadsheet.ProtectionType,
      );
    }
    const plan = reminderPlan(ctx, log);
    run.asOf = plan.asOf;
    run.skipped = plan.skipped;
    run.reported = newSkips(plan.skipped, record.skipsReported);
    const quota = plan.digests.length > 0 ? s.mail.getRemainingDailyQuota() : 0;
    const sent = sendDigests(s, plan, quota, locale);
    appendAll(entries, sent.entries);
    Object.assign(run, sent.run);
  } catch (error) {
    run.status = 'failed';
    run.error = isUserError(error) ? error.message : messageOf(error);
  }
  const asOf = run.asOf ?? '';
  const problems = [
    ...(run.error ? [run.error] : []),
    ...run.failed.map((f) =>
      tr(locale, `发给 ${f.recipient} 失败：${f.message}`, `To ${f.recipient}: ${f.message}`),
    ),
  ];
  if (run.error) {
    entries.push({ date: asOf, recipient: '', kind: 'run', status: 'failed', items: [], note: run.error });
  }
  appendAll(entries, skipEntries(run.reported, asOf, locale));
  const badAddresses = run.reported.filter((k) => k.reason !== 'noLeaderAddress');
  problems.push(
    ...listed(
      badAddresses.map((k) => k.message),
      MAX_SKIPS_MAILED,
      locale,
    ),
  );
  if (problems.length > 0 && asOf !== '' && !log?.memory.alertedOn(asOf) && record.alertedOn !== asOf) {
    try {
      run.alerted = alertOwner(s, me, asOf, problems, ctx ? ss.getUrl() : null, locale);
    } catch (error) {
      problems.push(messageOf(error));
    }
    if (run.alerted) {
      markAlerted(props, asOf);
      entries.push({
        date: asOf,
        recipient: me,
        kind: 'alert',
        status: 'sent',
        items: [],
        note: problems[0],
      });
    }
  }
  if (asOf !== '') {
    try {
      appendLog(ss, log ?? readLog(ss), entries, s.now(), locale);
      // Only once the log holds them: a skip not logged is told again on the next run.
      if (run.status !== 'failed') rememberSkips(props, run.skipped, record.skipsReported);
    } catch (error) {
      // Writability was checked before sending, so this is rare; the owner's alert above already went.
      run.status = 'failed';
      run.error ??= messageOf(error);
      console.error(`${PRODUCT.en}: the reminder log could not be written: ${messageOf(error)}`);
    }
  }
  return run;
}

/** Log rows per run for skipped items; a ledger with a wrong allowed domain could skip every row. */
const MAX_SKIP_ROWS = 100;
/**
 * Skip messages in the owner's mail; the log has the rest. A leader title missing from 牵头领导邮箱 is only
 * logged: a table naming some leaders and not others is often deliberate.
 */
const MAX_SKIPS_MAILED = 20;

/** A short, stable fingerprint of a skip (FNV-1a of reason, 编号 or row, address), for document properties. */
export function skipMark(k: Skipped): string {
  const text = `${k.reason}|${k.id || `#${k.row}`}|${k.address.toLowerCase()}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The skips not reported on an earlier run, each once. */
function newSkips(skipped: readonly Skipped[], reported: readonly string[]): Skipped[] {
  const seen = new Set(reported);
  const out: Skipped[] = [];
  for (const k of skipped) {
    const mark = skipMark(k);
    if (seen.has(mark)) continue;
    seen.add(mark);
    out.push(k);
  }
  return out;
}

/** Remembers today's skips (a fixed address drops out; if it breaks again, it is told again). One call at most. */
function rememberSkips(props: RecordStore, skipped: readonly Skipped[], before: readonly string[]): void {
  const marks = [...new Set(skipped.map(skipMark))].slice(0, MAX_SKIP_MARKS);
  if (marks.join(',') !== before.join(',')) markSkipsReported(props, marks);
}

/** The first `max` lines, then how many more. */
function listed(lines: readonly string[], max: number, locale: Locale): string[] {
  if (lines.length <= max) return [...lines];
  const more = lines.length - max;
  return [
    ...lines.slice(0, max),
    tr(locale, `……另有 ${more} 条，见“提醒记录”`, `… and ${more} more in 提醒记录`),
  ];
}

/** One 提醒记录 row per newly skipped item (its address and why), at most MAX_SKIP_ROWS and a count. */
function skipEntries(reported: readonly Skipped[], date: CalendarDate, locale: Locale): LogEntry[] {
  const row = (recipient: string, note: string): LogEntry => ({
    date,
    recipient,
    kind: 'run',
    status: 'skipped',
    items: [],
    note,
  });
  const rows = reported.slice(0, MAX_SKIP_ROWS).map((k) => row(k.address, k.message));
  if (reported.length > MAX_SKIP_ROWS) {
    const more = reported.length - MAX_SKIP_ROWS;
    rows.push(
      row(
        '',
        tr(
          locale,
          `另有 ${more} 项无法提醒，见“预览今日提醒”`,
          `${more} more not sent; see Preview reminders`,
        ),
      ),
    );
  }
  return rows;
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
  const lines: string[] = [];
  const n = plan.digests.length;
  lines.push(
    n === 0
      ? tr(
          l,
          `截至 ${plan.asOf}，今天没有需要发送的提醒。`,
          `As of ${plan.asOf} there is nothing to send today.`,
        )
      : tr(
          l,
          `截至 ${plan.asOf}，今天将发送 ${n} 封提醒邮件：`,
          `As of ${plan.asOf}, ${n} reminder e-mails would go out today:`,
        ),
  );
  plan.digests.slice(0, MAX_LISTED).forEach((d, i) => {
    lines.push(`${i + 1}. ${d.recipient} — ${d.subject}`);
  });
  if (n > MAX_LISTED) lines.push(tr(l, `……另有 ${n - MAX_LISTED} 封`, `… and ${n - MAX_LISTED} more`));
  if (n > quota) {
    lines.push(
      tr(
        l,
        `今日剩余邮件配额 ${quota} 封，其余 ${n - quota} 封将推迟到下次优先发送。`,
        `Today's remaining mail quota is ${quota}; the other ${n - quota} go first on the next run.`,
      ),
    );
  }
  if (plan.alreadyAnnounced > 0) {
    lines.push(
      tr(
        l,
        `另有 ${plan.alreadyAnnounced} 项已按阶段提醒过，今天不再重复。`,
        `${plan.alreadyAnnounced} more were already announced at their stage and are not repeated today.`,
      ),
    );
  }
  if (plan.skipped.length > 0) {
    lines.push('', tr(l, '无法提醒：', 'Cannot remind:'));
    for (const s of plan.skipped.slice(0, MAX_LISTED)) lines.push(`- ${s.message}`);
    if (plan.skipped.length > MAX_LISTED)
      lines.push(
        tr(
          l,
          `……另有 ${plan.skipped.length - MAX_LISTED} 条`,
          `… and ${plan.skipped.length - MAX_LISTED} more`,
        ),
      );
  }
  lines.push('');
  lines.push(
    p.owner
      ? tr(
          l,
          `每日提醒已开启：每天 ${p.hour ?? '?'} 点左右由 ${p.owner} 的账号发送。`,
          `Daily reminders are on: sent from ${p.owner}'s account around ${p.hour ?? '?'}:00 every day.`,
        )
      : tr(
          l,
          '每日提醒尚未开启：点“提醒 → 开启每日提醒”后每天自动发送。',
          'Daily reminders are off: use Reminders → Turn on daily reminders to send them every day.',
        ),
  );
  lines.push(tr(l, '（预览不发送任何邮件。）', '(The preview sends nothing.)'));
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
    env.ui.alert(tr(l, '预览今日提醒', 'Preview reminders'), previewText(preview, l), env.ui.ButtonSet.OK);
    return preview;
  });
}
