// After the daily run's sends: what to log in 提醒记录, whether to alert the trigger's owner, and what to remember.
import { type CalendarDate, chineseDate } from '../dates';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { reminderRunMessages as M } from '../messages/reminders';
import type { LogEntry } from './log';
import type { Digest, ReminderPlan, Skipped } from './plan';

/** How one digest's send went; a digest with no outcome was not tried (quota spent, or the run stopped). */
export type SendOutcome = { status: 'sent' } | { status: 'failed'; message: string };

/** What the run remembers between runs, in the document (the log may be unwritable, so not only there). */
export interface RunMemory {
  /** The one "alerted today" memory: the last day the owner was mailed about a failure. */
  alertedOn: CalendarDate | null;
  /** Fingerprints of the skipped items already reported, so each is told once. */
  skipsReported: readonly string[];
}

export interface RunFacts {
  /** The run's date in the spreadsheet's zone; null when it stopped before knowing it (then nothing is written). */
  asOf: CalendarDate | null;
  /** Today's plan; null when the run stopped before planning. */
  plan: ReminderPlan | null;
  /** One outcome per digest tried, in plan order: the first outcomes.length digests of the plan. */
  outcomes: readonly SendOutcome[];
  /** What stopped the run as a whole, or null. */
  error: string | null;
  memory: RunMemory;
  /** The trigger's owner, who is told of failures; '' when Google did not say. */
  owner: string;
  /** The ledger's address for the owner's mail, when the ledger was opened. */
  ledgerUrl: string | null;
  locale: Locale;
}

/** The failure notice to the trigger's owner; its log row and memory count only once it went out. */
export interface OwnerAlert {
  to: string;
  subject: string;
  body: string;
  /** The 提醒记录 row to add once the mail went. */
  entry: LogEntry;
  /** The day to remember as alerted once the mail went. */
  alertedOn: CalendarDate;
}

export interface RunRecord {
  sent: string[];
  deferred: string[];
  failed: { recipient: string; message: string }[];
  /** Skipped items told of for the first time. */
  reported: Skipped[];
  /** The rows to append to 提醒记录, in order, without the alert's (see OwnerAlert.entry). */
  entries: LogEntry[];
  /** At most one a day, whatever fails how often. */
  alert: OwnerAlert | null;
  /** Skip fingerprints to remember once the log holds the rows; null: leave the memory as it is. */
  skipsReported: string[] | null;
}

/** Log rows per run for skipped items; a ledger with a wrong allowed domain could skip every row. */
export const MAX_SKIP_ROWS = 100;
/**
 * Skip messages in the owner's mail; the log has the rest. A leader title missing from 牵头领导邮箱 is only
 * logged: a table naming some leaders and not others is often deliberate.
 */
export const MAX_SKIPS_MAILED = 20;
/** Skip fingerprints kept: a document property holds 9 KB, and a fingerprint takes at most 7 characters and a comma. */
export const MAX_SKIP_MARKS = 1000;

/** Decides what the run logs, whom it alerts and what it remembers, from what was planned and how the sends went. */
export function afterSends(facts: RunFacts): RunRecord {
  const { asOf, plan, locale } = facts;
  const digests = digestEntries(facts);
  const reported = plan ? newSkips(plan.skipped, facts.memory.skipsReported) : [];
  if (asOf === null) return { ...digests, reported, entries: [], alert: null, skipsReported: null };
  const entries = [...digests.entries];
  if (facts.error !== null) entries.push(runEntry(asOf, '', 'failed', facts.error));
  entries.push(...skipEntries(reported, asOf, locale));
  const problems = [
    ...(facts.error !== null ? [facts.error] : []),
    ...digests.failed.map((f) => say(locale, M.sendFailed(f))),
    ...listed(
      reported.filter((k) => k.reason !== 'noLeaderAddress').map((k) => k.message),
      MAX_SKIPS_MAILED,
      locale,
    ),
  ];
  const alert =
    problems.length > 0 && facts.owner !== '' && facts.memory.alertedOn !== asOf
      ? ownerAlert(facts.owner, asOf, problems, facts.ledgerUrl, locale)
      : null;
  const skipsReported =
    facts.error === null && plan ? changedMarks(plan.skipped, facts.memory.skipsReported) : null;
  return { ...digests, reported, entries, alert, skipsReported };
}

/** One row per digest: sent or failed as it went, deferred when it was not tried. */
function digestEntries(facts: RunFacts): Pick<RunRecord, 'sent' | 'deferred' | 'failed' | 'entries'> {
  const out: Pick<RunRecord, 'sent' | 'deferred' | 'failed' | 'entries'> = {
    sent: [],
    deferred: [],
    failed: [],
    entries: [],
  };
  const plan = facts.plan;
  if (!plan) return out;
  plan.digests.forEach((d, i) => {
    const outcome = facts.outcomes[i];
    if (outcome?.status === 'sent') {
      out.sent.push(d.recipient);
      out.entries.push(digestEntry(d, plan.asOf, 'sent'));
    } else if (outcome?.status === 'failed') {
      out.failed.push({ recipient: d.recipient, message: outcome.message });
      out.entries.push(digestEntry(d, plan.asOf, 'failed', outcome.message));
    } else {
      out.deferred.push(d.recipient);
      out.entries.push(digestEntry(d, plan.asOf, 'deferred', say(facts.locale, M.deferredNote)));
    }
  });
  return out;
}

function digestEntry(d: Digest, date: CalendarDate, status: LogEntry['status'], note = ''): LogEntry {
  return {
    date,
    recipient: d.recipient,
    kind: d.kind,
    status,
    items: d.items.map((i) => ({ key: i.key, id: i.id, due: i.due, stage: i.stage })),
    note,
  };
}

function runEntry(date: CalendarDate, recipient: string, status: LogEntry['status'], note: string): LogEntry {
  return { date, recipient, kind: 'run', status, items: [], note };
}

/** The mail to the trigger's owner, naming every problem of the run. */
function ownerAlert(
  owner: string,
  asOf: CalendarDate,
  problems: readonly string[],
  url: string | null,
  locale: Locale,
): OwnerAlert {
  const body = [
    say(locale, M.alertOpening),
    '',
    ...problems.map((p) => `- ${p}`),
    '',
    url ? say(locale, M.alertLedger({ url })) : '',
    say(locale, M.alertClosing),
  ].join('\n');
  return {
    to: owner,
    subject: say(locale, M.alertSubject({ asOf, asOfZh: chineseDate(asOf) })),
    body,
    entry: {
      date: asOf,
      recipient: owner,
      kind: 'alert',
      status: 'sent',
      items: [],
      note: problems[0] ?? '',
    },
    alertedOn: asOf,
  };
}

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

/** Today's skips as the memory to keep (a fixed address drops out; if it breaks again, it is told again); null if unchanged. */
function changedMarks(skipped: readonly Skipped[], before: readonly string[]): string[] | null {
  const marks = [...new Set(skipped.map(skipMark))].slice(0, MAX_SKIP_MARKS);
  return marks.join(',') === before.join(',') ? null : marks;
}

/** The first `max` lines, then how many more. */
function listed(lines: readonly string[], max: number, locale: Locale): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), say(locale, M.moreProblems({ more: lines.length - max }))];
}

/** One 提醒记录 row per newly skipped item (its address and why), at most MAX_SKIP_ROWS and a count. */
function skipEntries(reported: readonly Skipped[], date: CalendarDate, locale: Locale): LogEntry[] {
  const rows = reported.slice(0, MAX_SKIP_ROWS).map((k) => runEntry(date, k.address, 'skipped', k.message));
  if (reported.length > MAX_SKIP_ROWS) {
    const more = reported.length - MAX_SKIP_ROWS;
    rows.push(runEntry(date, '', 'skipped', say(locale, M.moreSkips({ more }))));
  }
  return rows;
}
