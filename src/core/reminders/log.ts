// The 提醒记录 sheet: one row per digest (sent, deferred or failed); read back, it is the memory of what was sent.
import { type CalendarDate, isCalendarDate } from '../dates';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { reminderLogColumns, reminderLogKinds, reminderLogStatuses } from '../messages/reminder-mail';
import type { Cell } from '../text';
import { isStage, type Stage, stageLabel } from './stages';

export const REMINDER_LOG_SHEET = '提醒记录';

/** skipped = an item nobody could be told of (malformed, missing or disallowed address), reported once. */
export type LogStatus = 'sent' | 'deferred' | 'failed' | 'skipped';
/** office = a 责任人 digest; leader = an escalation; both = one address in both roles; alert = failure notice to the trigger owner; run = the run itself failed. */
export type LogKind = 'office' | 'leader' | 'both' | 'alert' | 'run';

/** One item of a digest as the memory needs it: which item, against which deadline, at which stage. */
export interface LoggedItem {
  key: string;
  /** The 编号 as shown to people. */
  id: string;
  due: CalendarDate;
  stage: Stage;
}

export interface LogEntry {
  /** The as-of date of the run, in the spreadsheet's time zone. */
  date: CalendarDate;
  recipient: string;
  kind: LogKind;
  status: LogStatus;
  items: LoggedItem[];
  note: string;
}

/** Column headers; the last column holds the machine-readable record, so people may reformat the others. */
export function logHeader(locale: Locale): string[] {
  const c = reminderLogColumns;
  const columns = [c.time, c.date, c.recipient, c.kind, c.items, c.stages, c.status, c.note, c.record];
  return columns.map((text) => say(locale, text));
}

export const LOG_COLUMNS = 9;

/** The row a log entry is written as; `time` is whatever the adapter stamps (a Date in Sheets). */
export function logRow(entry: LogEntry, time: Cell, locale: Locale): Cell[] {
  const stages = [...new Set(entry.items.map((i) => stageLabel(i.stage, locale)))];
  const record = {
    v: 1,
    d: entry.date,
    to: entry.recipient,
    k: entry.kind,
    s: entry.status,
    i: entry.items.map((i) => [i.key, i.due, i.stage, i.id]),
  };
  return [
    time,
    entry.date,
    entry.recipient,
    say(locale, reminderLogKinds[entry.kind]),
    entry.items.map((i) => `${i.id || i.key}（${stageLabel(i.stage, locale)}）`).join('、'),
    stages.join('、'),
    say(locale, reminderLogStatuses[entry.status]),
    entry.note,
    JSON.stringify(record),
  ];
}

/** Reads one record cell back; null when the cell is not a record (a header, or a row someone edited). */
export function parseLogRecord(text: unknown): LogEntry | null {
  if (typeof text !== 'string' || !text.startsWith('{"v":1')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const r = raw as { d?: unknown; to?: unknown; k?: unknown; s?: unknown; i?: unknown };
  if (typeof r.d !== 'string' || !isCalendarDate(r.d) || typeof r.to !== 'string') return null;
  if (!['office', 'leader', 'both', 'alert', 'run'].includes(String(r.k))) return null;
  if (!['sent', 'deferred', 'failed', 'skipped'].includes(String(r.s)) || !Array.isArray(r.i)) return null;
  const items: LoggedItem[] = [];
  for (const i of r.i) {
    if (!Array.isArray(i) || typeof i[0] !== 'string' || typeof i[1] !== 'string' || !isStage(i[2]))
      return null;
    items.push({ key: i[0], due: i[1], stage: i[2], id: typeof i[3] === 'string' ? i[3] : i[0] });
  }
  return { date: r.d, recipient: r.to, kind: r.k as LogKind, status: r.s as LogStatus, items, note: '' };
}

const memoKey = (recipient: string, key: string, due: CalendarDate, stage: Stage) =>
  `${recipient.toLowerCase()}\u0000${key}\u0000${due}\u0000${stage}`;

/** What the log remembers: announcements per recipient, item, deadline and stage; digests waiting; alerts. */
export class ReminderMemory {
  private readonly sent = new Map<string, CalendarDate>();
  private readonly waiting = new Set<string>();
  private readonly alerts = new Set<CalendarDate>();

  /** Log rows (1-based, counting the header) whose record column could not be read. */
  readonly unreadableRows: number[] = [];

  /** Replays entries in log order. */
  add(entry: LogEntry): void {
    const to = entry.recipient.toLowerCase();
    if (entry.kind === 'alert') {
      if (entry.status === 'sent') this.alerts.add(entry.date);
      return;
    }
    if (entry.kind === 'run') return;
    if (entry.status === 'sent') {
      this.waiting.delete(to);
      for (const i of entry.items) {
        const k = memoKey(to, i.key, i.due, i.stage);
        const last = this.sent.get(k);
        if (last === undefined || last < entry.date) this.sent.set(k, entry.date);
      }
    } else {
      this.waiting.add(to);
    }
  }

  /** The last date the item was announced to the recipient at this stage and deadline, or null. */
  lastSent(recipient: string, key: string, due: CalendarDate, stage: Stage): CalendarDate | null {
    return this.sent.get(memoKey(recipient, key, due, stage)) ?? null;
  }

  /** True when a digest to the recipient was deferred or failed and nothing has reached them since. */
  isWaiting(recipient: string): boolean {
    return this.waiting.has(recipient.toLowerCase());
  }

  /**
   * True when the log records a failure notice to the trigger's owner on that date. The record only: the run
   * decides from the one memory in the document (afterSends' RunMemory), which an unwritable log cannot lose.
   */
  alertedOn(date: CalendarDate): boolean {
    return this.alerts.has(date);
  }

  get size(): number {
    return this.sent.size;
  }
}

/** Builds the memory from the 提醒记录 grid (header included); the record is found in any column. */
export function readReminderLog(grid: readonly (readonly Cell[])[]): ReminderMemory {
  const memory = new ReminderMemory();
  grid.forEach((cells, index) => {
    if (index === 0 || !cells || cells.every((c) => c === '' || c === null || c === undefined)) return;
    let entry: LogEntry | null = null;
    for (let c = cells.length - 1; c >= 0 && !entry; c--) entry = parseLogRecord(cells[c]);
    if (entry) memory.add(entry);
    else memory.unreadableRows.push(index + 1);
  });
  return memory;
}
