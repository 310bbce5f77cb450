// Deadline parser: Date cells, serials and the Chinese and English phrases clerks write (docs/architecture.md grammar).
import { CHINESE_DIGITS, tensValue } from './chinese-numerals';
import {
  type CalendarDate,
  englishMonthIndex,
  lastDayOfMonth,
  makeDate,
  plausibleSerialDate,
  utcCalendarDate,
} from './dates';
import { type FindingMessage, findingMessage } from './findings';
import { type Cell, captured, cellText, foldWidth, isDateObject, isValidDate, shorten } from './text';

/**
 * A date deadline may carry `longTerm` when the cell also commits to keeping the fix up
 * ("2024年9月底前完成整改并长期坚持"): the date governs urgency, the flag counts it as a long-term task.
 */
export type Deadline =
  | { kind: 'date'; date: CalendarDate; longTerm?: true }
  | { kind: 'longTerm' }
  | { kind: 'immediate' };

export type DeadlineResult =
  | { ok: true; deadline: Deadline; warning?: FindingMessage }
  | { ok: false; error: FindingMessage };

export interface DeadlineOptions {
  /** Reads a Date cell as a calendar date in the spreadsheet's zone; defaults to its UTC fields. */
  dateOf?: (value: Date) => CalendarDate | null;
  /** Only for the example in the "no year" message, so it names the ledger's own year. */
  asOf?: CalendarDate;
  /** Counts the work done on this cell (tests bound it); nothing else reads it. */
  meter?: DeadlineMeter;
}

/** 二〇二四 → 2024, 十二 → 12, 二十一 → 21, 三十 → 30. */
function chineseNumber(run: string): string {
  if (!run.includes('十')) return Array.from(run, (c) => String(CHINESE_DIGITS[c])).join('');
  return String(tensValue(run, Number.NaN));
}

/** Folds widths, drops every space and bracket ("2024年9月底(前)") and turns Chinese numerals into digits. */
export function cleanDeadlineText(text: string): string {
  return foldWidth(text).replace(P.blanks, '').replace(P.chineseNumerals, chineseNumber);
}

/**
 * Longer than any deadline clerks write ("2024年9月30日至2024年12月31日前完成整改，并长期坚持" is 36): a longer
 * cell is a note, not a deadline, and is reported as such without being read further, so the work per cell
 * is bounded whatever it holds (Excel allows 32,767 characters).
 */
export const MAX_DEADLINE_LENGTH = 100;

/**
 * Every pattern the grammar runs. Each is anchored or scans one way: no nested quantifiers, and no
 * quantifier followed by something it could also match, so no input makes one backtrack more than linearly
 * (test/hostile/deadline-linear.test.ts counts the backtracks on 32,767-character cells). The three forms
 * that once needed such patterns (the tail, a range, "…并长期坚持") are read by the scanners below.
 */
export const DEADLINE_PATTERNS = {
  // Spaces, brackets and the invisible bidi and zero-width characters (a warning names those).
  blanks: /[\s()[\]【】〔〕\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]+/g,
  chineseNumerals: /[〇零一二两三四五六七八九十]+/g,
  // "立行立改、长期坚持" (fix now, keep at it) is a long-term task: the open-ended part is what the ledger tracks.
  longTerm:
    /^((立行立改|立即整改|即知即改)[,、并和及]?)?(长期坚持|长期|长期整改|持续整改|长期推进|持续推进|常态化推进|ongoing|long-?term)$/i,
  immediate: /^(立行立改|立即整改|即知即改|立查立改|即时整改|立即|immediate(ly)?)$/i,
  /** A month, day, year end, half or quarter without the year in front ("9月底前", "年底前", "第三季度"). */
  noYear:
    /^(今年|本年|当年)?(\d{1,2}月(\d{1,2}[日号]?|底|末|份|上旬|中旬|下旬)?|年底|年末|底|[上下]半年|第?[1-4]季度(末|底)?)$/,
  thisYear: /^(今年|本年|当年)\s*/,
  isoDay: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  compactDay: /^(\d{4})(\d{2})(\d{2})$/,
  numericMonth: /^(\d{4})[-/.](\d{1,2})$/,
  chineseDay: /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/,
  chineseMonth: /^(\d{4})年(\d{1,2})月(底|末|份|上旬|中旬|下旬)?$/,
  yearEnd: /^(\d{4})年(年底|年末|底|末)$/,
  yearEndShort: /^(\d{4})(年底|年末)$/,
  half: /^(\d{4})年?(上|下)半年$/,
  quarter: /^(\d{4})年?第?([1-4])季度(末|底)?$/,
  quarterQ: /^(\d{4})年?Q([1-4])$/i,
  yearOnly: /^(\d{4})年$/,
  yearPrefix: /^\d{4}年/,
  leadingMonth: /^(\d{1,2})月/,
  leadingDay: /^\d{1,2}[日号]/,
  englishMonthOnly: /^(?:(?:by|before)\s+)?(?:(?:the\s+)?end\s+of\s+)?([a-z]+)\.?$/i,
  englishPunctuation: /[,.]/g,
  englishLead: /^(by|before|no later than)\s+/,
  spaces: /\s+/g,
  englishEndOfYear: /^end of (\d{4})$/,
  englishMonthYear: /^(?:end of )?([a-z]+) (\d{4})$/,
  englishMonthDayYear: /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/,
  englishDayMonthYear: /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})$/,
  englishQuarter: /^q([1-4]) (\d{4})$/,
  englishHalf: /^h([12]) (\d{4})$/,
} as const;
const P = DEADLINE_PATTERNS;

/** Work done on one cell, for tests that bound it: pattern and scanner calls, and characters handed to them. */
export interface DeadlineMeter {
  calls: number;
  chars: number;
}

/** One cell being read: its text as typed, and the meter when a test asks. */
interface Reading {
  raw: string;
  meter?: DeadlineMeter;
}

function exec(r: Reading, pattern: RegExp, text: string): RegExpExecArray | null {
  if (r.meter) {
    r.meter.calls++;
    r.meter.chars += text.length;
  }
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

function scanned(r: Reading, text: string): void {
  if (r.meter) {
    r.meter.calls++;
    r.meter.chars += text.length;
  }
}

const TAIL_BEFORE = ['', '之前', '以前', '前', '止'];
const TAIL_DONE = ['', '完成整改', '整改完成', '整改到位', '完成', '到位', '截止'];
const TAIL_STOP = ['', '。', '.'];

/** A phrase split from its ending "(之前|以前|前|止)(完成整改|…)(。)"; `before` is the 前/之前/止 word. */
interface Tail {
  body: string;
  tail: string;
  before: string;
}

/** The longest ending of the form (之前|以前|前|止)?(完成整改|整改完成|整改到位|完成|到位|截止)?[。.]? */
function splitTail(r: Reading, s: string): Tail {
  scanned(r, s.slice(-8));
  let best = { length: 0, before: '' };
  for (const stop of TAIL_STOP)
    for (const done of TAIL_DONE)
      for (const before of TAIL_BEFORE) {
        const t = before + done + stop;
        if (t.length > best.length && s.endsWith(t)) best = { length: t.length, before };
      }
  const cut = s.length - best.length;
  return { body: s.slice(0, cut), tail: s.slice(cut), before: best.before };
}

const LONG_TERM_WORDS = ['长期坚持', '长期整改', '持续整改', '长期推进', '持续推进', '常态化推进'];
const JOINERS = ['并且', '并', '且', '同时'];
const PAUSES = ',;、。.';

/** "2024年9月底前完成整改，并长期坚持" → "2024年9月底前完成整改": the part before the long-term commitment. */
function beforeLongTerm(r: Reading, s: string): string | null {
  scanned(r, s);
  let end = s.length;
  if (s[end - 1] === '。' || s[end - 1] === '.') end--;
  const word = LONG_TERM_WORDS.find((w) => s.endsWith(w, end));
  if (!word) return null;
  end -= word.length;
  const joiner = JOINERS.find((j) => s.endsWith(j, end));
  if (joiner) end -= joiner.length;
  while (end > 0 && PAUSES.includes(s.charAt(end - 1))) end--;
  return end > 0 ? s.slice(0, end) : null;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * "2024年9-10月" → year 2024, left "9", right "10月": the first 至, 到, ~ or run of one dash (-, —, –)
 * after "YYYY年" and at least one character that is followed by a digit. One pass: a dash run that is
 * not followed by a digit is skipped whole.
 */
function splitRange(r: Reading, body: string): { year: string; left: string; right: string } | null {
  if (!exec(r, P.yearPrefix, body)) return null;
  scanned(r, body);
  for (let i = 6; i < body.length; i++) {
    const ch = body[i];
    let j = -1;
    if (ch === '至' || ch === '到' || ch === '~') j = i + 1;
    else if (ch === '-' || ch === '—' || ch === '–') {
      j = i + 1;
      while (body[j] === ch) j++;
    }
    if (j < 0) continue;
    if (isDigit(body.charCodeAt(j)))
      return { year: body.slice(0, 4), left: body.slice(5, i), right: body.slice(j) };
    i = j - 1;
  }
  return null;
}

/** The years a ledger date may have (makeDate's range). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

function date(value: CalendarDate | null): DeadlineResult | null {
  return value ? { ok: true, deadline: { kind: 'date', date: value } } : null;
}

/** A deadline that cannot be read, with the finding that says why. */
function fail(error: FindingMessage): DeadlineResult {
  return { ok: false, error };
}

/** Parses a deadline cell. Never throws: unreadable input returns ok:false with the finding to report. */
export function parseDeadline(value: Cell, options: DeadlineOptions = {}): DeadlineResult {
  if (isDateObject(value)) {
    const day = isValidDate(value) ? (options.dateOf ?? utcCalendarDate)(value) : null;
    // A real date outside the ledger's years (a 1904-system or mistyped serial): say which years are accepted.
    if (day === null && isValidDate(value) && !yearInRange(value.getUTCFullYear()))
      return yearOutOfRange({ raw: cellText(value) });
    return date(day) ?? fail(findingMessage('deadline.invalid-date'));
  }
  if (typeof value === 'number')
    return date(plausibleSerialDate(value)) ?? fail(findingMessage('deadline.bad-number', { value }));
  if (typeof value !== 'string') {
    const shown = value === true ? 'TRUE' : value === false ? 'FALSE' : '';
    return fail(findingMessage('deadline.unreadable', { text: shown }));
  }
  const raw = value.trim();
  if (raw.length > MAX_DEADLINE_LENGTH) {
    const start = shorten(raw.slice(0, 40), 16);
    return fail(findingMessage('deadline.too-long', { start, length: raw.length, max: MAX_DEADLINE_LENGTH }));
  }
  const r: Reading = { raw, meter: options.meter };
  scanned(r, raw);
  const s = cleanDeadlineText(raw);
  if (exec(r, P.longTerm, s)) return { ok: true, deadline: { kind: 'longTerm' } };
  if (exec(r, P.immediate, s)) return { ok: true, deadline: { kind: 'immediate' } };
  const result = parseDated(r, s) ?? parseEnglish(r) ?? parseWithLongTerm(r, s);
  if (result) return result;
  if (exec(r, P.noYear, splitTail(r, s).body) || isEnglishMonthWithoutYear(r)) {
    const year = options.asOf ? options.asOf.slice(0, 4) : '2024';
    const rest = raw.replace(P.thisYear, '');
    const example = `${year}${rest.startsWith('年') ? '' : '年'}${rest}`;
    return fail(findingMessage('deadline.no-year', { text: raw, example }));
  }
  return fail(findingMessage('deadline.unreadable', { text: raw }));
}

/** A single date phrase, else a range ("2024年9-10月") read as its end. */
function parseDated(r: Reading, s: string): DeadlineResult | null {
  return parseChinese(r, s) ?? parseRange(r, s);
}

/** "2024年9月底前完成整改，并长期坚持": the date, flagged long-term. */
function parseWithLongTerm(r: Reading, s: string): DeadlineResult | null {
  const before = beforeLongTerm(r, s);
  if (before === null) return null;
  const head = parseDated(r, before);
  if (!head?.ok || head.deadline.kind !== 'date') return head && !head.ok ? head : null;
  return { ...head, deadline: { ...head.deadline, longTerm: true } };
}

/**
 * "2024年9-10月", "2024年9月至12月底", "2024年9月30日-2024年12月31日": the work must be done by the end
 * of the period, so the end is the deadline; a warning says so, since some mean the start.
 */
function parseRange(r: Reading, s: string): DeadlineResult | null {
  const tail = splitTail(r, s);
  const m = splitRange(r, tail.body);
  if (!m) return null;
  const { year, left } = m;
  let right = m.right;
  const leftMonth = exec(r, P.leadingMonth, left);
  if (!exec(r, P.yearPrefix, right)) {
    // "9月30日至10月15日" inherits the year; "9月1日至30日" inherits the month too.
    right =
      exec(r, P.leadingDay, right) && leftMonth ? `${year}年${leftMonth[1]}月${right}` : `${year}年${right}`;
  }
  const unit = right.includes('月') && !left.includes('月') ? '月' : '';
  const start = parseChinese(r, `${year}年${left}${unit}`);
  const end = parseChinese(r, right + tail.tail);
  if (!start?.ok || !end?.ok || start.deadline.kind !== 'date' || end.deadline.kind !== 'date') return null;
  const due = end.deadline.date;
  if (due < start.deadline.date) return null;
  if (end.warning) return end;
  return {
    ok: true,
    deadline: { kind: 'date', date: due },
    warning: findingMessage('deadline.range', { text: r.raw, end: due }),
  };
}

function parseChinese(r: Reading, text: string): DeadlineResult | null {
  const tail = splitTail(r, text);
  let m = exec(r, P.isoDay, tail.body);
  if (m) return exactDay(r, +captured(m, 1), +captured(m, 2), +captured(m, 3));
  m = exec(r, P.compactDay, text);
  if (m) return exactDay(r, +captured(m, 1), +captured(m, 2), +captured(m, 3));
  const before = tail.before !== '' && tail.before !== '止';
  // "2024.09", "2024-9", "2024/9" name a month, as "2024年9月" does.
  const numeric = exec(r, P.numericMonth, tail.body);
  const s = numeric ? `${numeric[1]}年${numeric[2]}月` : tail.body;
  m = exec(r, P.chineseDay, s);
  if (m) return exactDay(r, +captured(m, 1), +captured(m, 2), +captured(m, 3));
  m = exec(r, P.chineseMonth, s);
  if (m) {
    const year = +captured(m, 1);
    const month = +captured(m, 2);
    if (!yearInRange(year)) return yearOutOfRange(r);
    if (month < 1 || month > 12) return noSuchDate(r);
    const part = captured(m, 3) ?? '';
    if (part === '上旬') return date(makeDate(year, month, 10));
    if (part === '中旬') return date(makeDate(year, month, 20));
    if ((part === '' || part === '份') && before) {
      // "10月前" literally means before October: read as the end of September and say so.
      if (month === 1 && year === FIRST_YEAR) return yearOutOfRange(r);
      const prev = month === 1 ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, month - 1);
      return {
        ok: true,
        deadline: { kind: 'date', date: prev },
        warning: findingMessage('deadline.before-month', { text: r.raw, year, month, day: prev }),
      };
    }
    return date(lastDayOfMonth(year, month));
  }
  m = exec(r, P.yearEnd, s) ?? exec(r, P.yearEndShort, s);
  if (m) return yearDate(r, +captured(m, 1), 12, 31);
  m = exec(r, P.half, s);
  if (m)
    return captured(m, 2) === '上'
      ? yearDate(r, +captured(m, 1), 6, 30)
      : yearDate(r, +captured(m, 1), 12, 31);
  m = exec(r, P.quarter, s) ?? exec(r, P.quarterQ, s);
  if (m)
    return yearInRange(+captured(m, 1))
      ? date(lastDayOfMonth(+captured(m, 1), +captured(m, 2) * 3))
      : yearOutOfRange(r);
  m = exec(r, P.yearOnly, s);
  if (m) return yearDate(r, +captured(m, 1), 12, 31);
  return null;
}

function yearInRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A fixed day of a year named in the cell (年底, 上半年): out of range years are said to be so. */
function yearDate(r: Reading, year: number, month: number, day: number): DeadlineResult {
  return yearInRange(year) ? (date(makeDate(year, month, day)) ?? noSuchDate(r)) : yearOutOfRange(r);
}

function exactDay(r: Reading, year: number, month: number, day: number): DeadlineResult {
  if (!yearInRange(year)) return yearOutOfRange(r);
  return date(makeDate(year, month, day)) ?? noSuchDate(r);
}

function noSuchDate(r: Reading): DeadlineResult {
  return fail(findingMessage('deadline.no-such-date', { text: r.raw }));
}

/** 9999-12-31 and 1899-12-31 exist on a calendar but not in a ledger: say which years are accepted. */
function yearOutOfRange(r: Reading): DeadlineResult {
  const params = { text: r.raw, first: FIRST_YEAR, last: LAST_YEAR };
  return fail(findingMessage('deadline.year-range', params));
}

/** "September", "end of Sept": a month named without its year. */
function isEnglishMonthWithoutYear(r: Reading): boolean {
  const m = exec(r, P.englishMonthOnly, foldWidth(r.raw).trim());
  return !!m && englishMonthIndex(captured(m, 1)) >= 0;
}

function parseEnglish(r: Reading): DeadlineResult | null {
  scanned(r, r.raw);
  const s = foldWidth(r.raw)
    .toLowerCase()
    .replace(P.englishPunctuation, ' ')
    .replace(P.englishLead, '')
    .replace(P.spaces, ' ')
    .trim();
  let m = exec(r, P.englishEndOfYear, s);
  if (m) return yearDate(r, +captured(m, 1), 12, 31);
  m = exec(r, P.englishMonthYear, s);
  if (m && englishMonthIndex(captured(m, 1)) >= 0)
    return yearInRange(+captured(m, 2))
      ? date(lastDayOfMonth(+captured(m, 2), englishMonthIndex(captured(m, 1)) + 1))
      : yearOutOfRange(r);
  m = exec(r, P.englishMonthDayYear, s);
  if (m && englishMonthIndex(captured(m, 1)) >= 0)
    return exactDay(r, +captured(m, 3), englishMonthIndex(captured(m, 1)) + 1, +captured(m, 2));
  m = exec(r, P.englishDayMonthYear, s);
  if (m && englishMonthIndex(captured(m, 2)) >= 0)
    return exactDay(r, +captured(m, 3), englishMonthIndex(captured(m, 2)) + 1, +captured(m, 1));
  m = exec(r, P.englishQuarter, s);
  if (m)
    return yearInRange(+captured(m, 2))
      ? date(lastDayOfMonth(+captured(m, 2), +captured(m, 1) * 3))
      : yearOutOfRange(r);
  m = exec(r, P.englishHalf, s);
  if (m)
    return captured(m, 1) === '1'
      ? yearDate(r, +captured(m, 2), 6, 30)
      : yearDate(r, +captured(m, 2), 12, 31);
  return null;
}
