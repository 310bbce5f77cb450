// The reminder planner: which items each address must hear about today, deduplicated against the log.

import { minOf } from '../arrays';
import { type CalendarDate, daysBetween } from '../dates';
import { isExtensionApproved, originalDueDate } from '../extensions';
import { type Finding, findingText } from '../findings';
import { isEmail, type Problem } from '../ledger';
import type { Locale } from '../locale';
import { type Bilingual, say } from '../messages/bilingual';
import { commonMessages } from '../messages/common';
import { skipMessages as S } from '../messages/reminder-mail';
import { isAddressAllowed, type Settings } from '../settings';
import { normalise, shorten } from '../text';
import { urgencyOf } from '../urgency';
import { toDigest } from './digest';
import { type LogKind, ReminderMemory } from './log';
import { type Stage, stageOf } from './stages';

export type ReminderSettings = Pick<
  Settings,
  'reminderStages' | 'overdueRepeatDays' | 'leaderEmails' | 'allowedDomain' | 'language'
>;

/** Where rows live, for links that open the sheet at the row (`…/edit#gid=0&range=A17`). */
export interface SheetLink {
  url: string;
  gid: number;
}

export interface ReminderInput {
  problems: readonly Problem[];
  asOf: CalendarDate;
  settings: ReminderSettings;
  /** The log read back; empty memory means nothing was sent before. */
  memory?: ReminderMemory;
  /** Parse findings: malformed addresses on rows that are due are reported with the plan. */
  findings?: readonly Finding[];
  link?: SheetLink | null;
  /** The spreadsheet's name, named in the mail so a person with several ledgers knows which. */
  ledgerName?: string;
}

export type Role = 'owner' | 'leader';

export interface ReminderItem {
  /** Stable identity of the problem across runs: its 编号, or its row when it has none. */
  key: string;
  id: string;
  row: number;
  problem: string;
  department: string;
  lead: string;
  /** The deadline in force: an approved extension's date, else the original. */
  due: CalendarDate;
  /** The 整改时限 cell as written (the original deadline). */
  deadlineText: string;
  /** With an approved extension in force: the original date it replaced (null if not a date); else undefined. */
  extendedFrom?: CalendarDate | null;
  daysLeft: number;
  stage: Stage;
  role: Role;
  link: string | null;
}

export interface Digest {
  recipient: string;
  kind: Exclude<LogKind, 'alert' | 'run'>;
  /** The offices or leader titles the digest is addressed to. */
  names: string[];
  /** Most urgent first. */
  items: ReminderItem[];
  /** A digest deferred or failed on an earlier run: it goes first. */
  waiting: boolean;
  /** Items beyond MAX_DIGEST_ITEMS, left for the next run. */
  heldOver: number;
  subject: string;
  text: string;
  html: string;
}

export type SkipReason = 'malformed' | 'noAddress' | 'domain' | 'noLeaderAddress' | 'leaderDomain';

export interface Skipped {
  row: number;
  id: string;
  reason: SkipReason;
  address: string;
  message: string;
}

export interface ReminderPlan {
  asOf: CalendarDate;
  digests: Digest[];
  /** Addresses not written to and why, one entry per row and reason. */
  skipped: Skipped[];
  /** Open items in a stage that were already announced (and are not due for the weekly repeat). */
  alreadyAnnounced: number;
  /** Log rows the planner could not read (someone edited the record column). */
  unreadableLogRows: number[];
}

/** Keys that survive inserted rows: the 编号; the row only when there is no 编号 or it repeats. */
function itemKeys(problems: readonly Problem[]): Map<Problem, string> {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.id !== '') counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  const keys = new Map<Problem, string>();
  for (const p of problems) keys.set(p, p.id !== '' && counts.get(p.id) === 1 ? p.id : `${p.id}#${p.row}`);
  return keys;
}

/** The leader addresses for a 牵头领导 cell: an exact title, else each title of a list (党组书记、副主席). */
function leaderAddresses(
  lead: string,
  table: Record<string, string>,
): { titles: string[]; addresses: string[] } {
  const byTitle = new Map<string, string>();
  for (const [title, address] of Object.entries(table)) byTitle.set(normalise(title), address);
  const whole = normalise(lead);
  if (byTitle.has(whole)) return { titles: [whole], addresses: [byTitle.get(whole)!] };
  const titles = whole.split(/\s*[、,;；，/]\s*/).filter((t) => byTitle.has(t));
  return { titles, addresses: titles.map((t) => byTitle.get(t)!) };
}

/** The items one address will hear of, gathered while the ledger is walked. */
export interface DigestBucket {
  recipient: string;
  roles: Set<Role>;
  names: string[];
  items: ReminderItem[];
  keys: Set<string>;
}

/** The planner's working state while it walks the ledger once. */
interface Planning {
  input: ReminderInput;
  locale: Locale;
  memory: ReminderMemory;
  keys: Map<Problem, string>;
  /** Rows whose owner e-mail cell the parser found malformed. */
  malformed: Map<number, Finding>;
  buckets: Map<string, DigestBucket>;
  skipped: Skipped[];
  alreadyAnnounced: number;
  /** 牵头领导 texts with no address in the setting, and their overdue problems. */
  unmatchedLeads: Map<string, Problem[]>;
}

/** Plans today's digests: one per address, naming every item due for announcement, most urgent first. */
export function planReminders(input: ReminderInput): ReminderPlan {
  const memory = input.memory ?? new ReminderMemory();
  const malformed = new Map<number, Finding>();
  for (const f of input.findings ?? []) if (f.code === 'email.malformed' && !f.sheet) malformed.set(f.row, f);
  const planning: Planning = {
    input,
    locale: input.settings.language,
    memory,
    keys: itemKeys(input.problems),
    malformed,
    buckets: new Map(),
    skipped: [],
    alreadyAnnounced: 0,
    unmatchedLeads: new Map(),
  };
  for (const p of input.problems) planProblem(planning, p);
  reportUnmatchedLeads(planning);
  const digests = [...planning.buckets.values()].map((b) => toDigest(b, input, memory));
  // Items are listed owner-first, so the most urgent one need not be items[0].
  const mostUrgent = (d: Digest) => minOf(d.items.map((i) => i.daysLeft));
  digests.sort(
    (a, b) =>
      Number(b.waiting) - Number(a.waiting) ||
      mostUrgent(a) - mostUrgent(b) ||
      a.recipient.localeCompare(b.recipient),
  );
  const { skipped, alreadyAnnounced } = planning;
  return { asOf: input.asOf, digests, skipped, alreadyAnnounced, unreadableLogRows: memory.unreadableRows };
}

function skip(planning: Planning, p: Problem, reason: SkipReason, address: string, message: Bilingual): void {
  planning.skipped.push({ row: p.row, id: p.id, reason, address, message: say(planning.locale, message) });
}

/** Whether the item is due for announcement to the recipient: never told at this stage, or the weekly repeat. */
function isDue(planning: Planning, recipient: string, item: ReminderItem): boolean {
  const last = planning.memory.lastSent(recipient, item.key, item.due, item.stage);
  if (last === null) return true;
  const { asOf, settings } = planning.input;
  return item.stage === 'overdue' && daysBetween(last, asOf) >= settings.overdueRepeatDays;
}

/** Adds the item to the recipient's digest, or counts it as already announced. */
function announce(planning: Planning, recipient: string, name: string, item: ReminderItem): void {
  if (!isDue(planning, recipient, item)) {
    planning.alreadyAnnounced++;
    return;
  }
  const id = recipient.toLowerCase();
  let bucket = planning.buckets.get(id);
  if (!bucket) {
    bucket = { recipient, roles: new Set(), names: [], items: [], keys: new Set() };
    planning.buckets.set(id, bucket);
  }
  // One address both owning and leading an item hears of it once, as its owner.
  if (bucket.keys.has(item.key)) return;
  bucket.keys.add(item.key);
  bucket.roles.add(item.role);
  if (name !== '' && !bucket.names.includes(name)) bucket.names.push(name);
  bucket.items.push(item);
}

/** The problem as a digest item, or null when it is not overdue or at a reminder stage today. */
function itemOf(planning: Planning, p: Problem): Omit<ReminderItem, 'role'> | null {
  const { asOf, settings, link } = planning.input;
  // The stages, not the colouring's lead days, decide when an item is announced; a year covers any stage.
  const u = urgencyOf(p, asOf, 365);
  if (u.due === null || u.daysLeft === null || (u.urgency !== 'overdue' && u.urgency !== 'dueSoon'))
    return null;
  const stage = stageOf(u.daysLeft, settings.reminderStages);
  if (stage === null) return null;
  return {
    key: planning.keys.get(p) ?? `${p.id}#${p.row}`,
    id: p.id,
    row: p.row,
    problem: shorten(p.problem, 80),
    department: p.department,
    lead: p.lead,
    due: u.due,
    deadlineText: p.deadlineText,
    ...(isExtensionApproved(p) ? { extendedFrom: originalDueDate(p) } : {}),
    daysLeft: u.daysLeft,
    stage,
    link: link ? `${link.url}#gid=${link.gid}&range=A${p.row}` : null,
  };
}

/** One ledger row: its owners' digests, then (when overdue) its leaders'; what cannot be sent is skipped. */
function planProblem(planning: Planning, p: Problem): void {
  const base = itemOf(planning, p);
  if (!base) return;
  const { settings } = planning.input;
  const bad = planning.malformed.get(p.row);
  if (bad)
    skip(
      planning,
      p,
      'malformed',
      '',
      S.malformed({ row: p.row, message: findingText(planning.locale, bad) }),
    );
  if (p.ownerEmails.length === 0 && !bad)
    skip(planning, p, 'noAddress', '', S.noAddress({ row: p.row, id: p.id }));
  for (const address of p.ownerEmails) {
    if (isAddressAllowed(address, settings.allowedDomain))
      announce(planning, address, p.department, { ...base, role: 'owner' });
    else
      skip(
        planning,
        p,
        'domain',
        address,
        S.outsideDomain({ row: p.row, address, domain: settings.allowedDomain }),
      );
  }
  const leadersOn = Object.keys(settings.leaderEmails).length > 0;
  if (base.stage === 'overdue' && leadersOn && p.lead !== '') planLeaders(planning, p, base);
}

/** An overdue row's 牵头领导: each title's address hears of it, unless outside the allowed domain. */
function planLeaders(planning: Planning, p: Problem, base: Omit<ReminderItem, 'role'>): void {
  const { settings } = planning.input;
  const leaders = leaderAddresses(p.lead, settings.leaderEmails);
  if (leaders.addresses.length === 0) {
    const rows = planning.unmatchedLeads.get(p.lead);
    if (rows) rows.push(p);
    else planning.unmatchedLeads.set(p.lead, [p]);
    return;
  }
  leaders.addresses.forEach((address, i) => {
    const title = leaders.titles[i] ?? '';
    if (!isEmail(address) || !isAddressAllowed(address, settings.allowedDomain)) {
      const message = S.leaderOutsideDomain({ title, address, domain: settings.allowedDomain });
      skip(planning, p, 'leaderDomain', address, message);
      return;
    }
    announce(planning, address, title, { ...base, role: 'leader' });
  });
}

/** One line per unknown title, however many of its rows are overdue. */
function reportUnmatchedLeads(planning: Planning): void {
  for (const [lead, rows] of planning.unmatchedLeads) {
    const list = rows.map((p) => p.row).join(say(planning.locale, commonMessages.listSeparator));
    const first = rows[0];
    if (first) skip(planning, first, 'noLeaderAddress', '', S.noLeaderAddress({ lead, rows: list }));
  }
}
