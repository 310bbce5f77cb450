// Deadline parser: Date cells, serials and the Chinese and English phrases clerks write (DESIGN.md grammar).
import {
  type CalendarDate,
  englishMonthIndex,
  lastDayOfMonth,
  makeDate,
  plausibleSerialDate,
  utcCalendarDate,
} from './dates';
import { type Locale, tr } from './locale';
import { type Cell, foldWidth, isDateObject, isValidDate } from './text';

/**
 * A date deadline may carry `longTerm` when the cell also commits to keeping the fix up
 * ("2024年9月底前完成整改并长期坚持"): the date governs urgency, the flag counts it as a long-term task.
 */
export type Deadline =
  | { kind: 'date'; date: CalendarDate; longTerm?: true }
  | { kind: 'longTerm' }
  | { kind: 'immediate' };

export type DeadlineResult =
  | { ok: true; deadline: Deadline; warning?: { code: string; message: string } }
  | { ok: false; code: string; message: string };

export interface DeadlineOptions {
  locale?: Locale;
  /** Reads a Date cell as a calendar date in the spreadsheet's zone; defaults to its UTC fields. */
  dateOf?: (value: Date) => CalendarDate | null;
  /** Only for the example in the "no year" message, so it names the ledger's own year. */
  asOf?: CalendarDate;
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二四 → 2024, 十二 → 12, 二十一 → 21, 三十 → 30. */
function chineseNumber(run: string): string {
  if (!run.includes('十')) return Array.from(run, (c) => String(DIGITS[c])).join('');
  const [tens, ones] = run.split('十');
  const t = tens === '' ? 1 : (DIGITS[tens] ?? Number.NaN);
  const o = ones === '' ? 0 : (DIGITS[ones] ?? Number.NaN);
  return String(t * 10 + o);
}

/** Folds widths, drops every space and bracket ("2024年9月底(前)") and turns Chinese numerals into digits. */
export function cleanDeadlineText(text: string): string {
  return foldWidth(text)
    .replace(/[\s()[\]【】〔〕]+/g, '')
    .replace(/[〇零一二两三四五六七八九十]+/g, chineseNumber);
}

const TAIL = /(之前|以前|前|止)?(完成整改|整改完成|整改到位|完成|到位|截止)?[。.]?$/;
// "立行立改、长期坚持" (fix now, keep at it) is a long-term task: the open-ended part is what the ledger tracks.
const LONG_TERM =
  /^((立行立改|立即整改|即知即改)[,、并和及]?)?(长期坚持|长期|长期整改|持续整改|长期推进|持续推进|常态化推进|ongoing|long-?term)$/i;
const IMMEDIATE = /^(立行立改|立即整改|即知即改|立查立改|即时整改|立即|immediate(ly)?)$/i;
/** "2024年9月底前完成整改并长期坚持": a dated deadline followed by a long-term commitment. */
const WITH_LONG_TERM =
  /^(.+?)[,;、。.]*(?:并且|并|且|同时)?(长期坚持|长期整改|持续整改|长期推进|持续推进|常态化推进)[。.]?$/;
/** A month, day, year end, half or quarter without the year in front ("9月底前", "年底前", "第三季度"). */
const NO_YEAR =
  /^(今年|本年|当年)?(\d{1,2}月(\d{1,2}[日号]?|底|末|份|上旬|中旬|下旬)?|年底|年末|底|[上下]半年|第?[1-4]季度(末|底)?)$/;
/** Range separators: 至, 到, ~, and the hyphens and dashes clerks type ("2024年9-10月", "9月—12月"). */
const RANGE = /^(\d{4})年(.+?)(?:至|到|~|-+|—+|–+)((?:\d{4}年)?\d.*)$/;

const FORMS_ZH =
  '可写：2024-09-30、2024年9月30日、2024年9月底前、2024年第三季度、2024年底前、长期坚持 或 立行立改';
const FORMS_EN =
  'write e.g. 2024-09-30, 30 September 2024, end of September 2024, Q3 2024, end of 2024, long-term or immediate';

function date(value: CalendarDate | null): DeadlineResult | null {
  return value ? { ok: true, deadline: { kind: 'date', date: value } } : null;
}

/** Parses a deadline cell. Never throws: unreadable input returns ok:false with a message. */
export function parseDeadline(value: Cell, options: DeadlineOptions = {}): DeadlineResult {
  const locale = options.locale ?? 'zh';
  const fail = (code: string, zh: string, en: string): DeadlineResult => ({
    ok: false,
    code,
    message: tr(locale, zh, en),
  });
  if (isDateObject(value)) {
    const day = isValidDate(value) ? (options.dateOf ?? utcCalendarDate)(value) : null;
    return (
      date(day) ??
      fail('deadline.invalid-date', `日期无效；请重新填写，${FORMS_ZH}`, `the date is not valid; ${FORMS_EN}`)
    );
  }
  if (typeof value === 'number') {
    return (
      date(plausibleSerialDate(value)) ??
      fail(
        'deadline.bad-number',
        `数字 ${value} 不是日期；${FORMS_ZH}`,
        `the number ${value} is not a date; ${FORMS_EN}`,
      )
    );
  }
  if (typeof value !== 'string') {
    const shown = value === true ? 'TRUE' : value === false ? 'FALSE' : '';
    return fail(
      'deadline.unreadable',
      `“${shown}”无法识别为整改时限；${FORMS_ZH}`,
      `"${shown}" is not a deadline; ${FORMS_EN}`,
    );
  }
  const raw = value.trim();
  const s = cleanDeadlineText(raw);
  if (LONG_TERM.test(s)) return { ok: true, deadline: { kind: 'longTerm' } };
  if (IMMEDIATE.test(s)) return { ok: true, deadline: { kind: 'immediate' } };
  const result = parseDated(s, raw, locale) ?? parseEnglish(raw, locale) ?? parseWithLongTerm(s, raw, locale);
  if (result) return result;
  if (NO_YEAR.test(s.replace(TAIL, '')) || isEnglishMonthWithoutYear(raw)) {
    const year = options.asOf ? options.asOf.slice(0, 4) : '2024';
    const rest = raw.replace(/^(今年|本年|当年)\s*/, '');
    const example = `${year}${rest.startsWith('年') ? '' : '年'}${rest}`;
    return fail(
      'deadline.no-year',
      `“${raw}”没有写年份；请写上年份，如“${example}”`,
      `"${raw}" has no year; add the year, e.g. "${example}"`,
    );
  }
  return fail(
    'deadline.unreadable',
    `“${raw}”无法识别为整改时限；${FORMS_ZH}`,
    `"${raw}" is not a deadline; ${FORMS_EN}`,
  );
}

/** A single date phrase, else a range ("2024年9-10月") read as its end. */
function parseDated(s: string, raw: string, locale: Locale): DeadlineResult | null {
  return parseChinese(s, raw, locale) ?? parseRange(s, raw, locale);
}

/** "2024年9月底前完成整改，并长期坚持": the date, flagged long-term. */
function parseWithLongTerm(s: string, raw: string, locale: Locale): DeadlineResult | null {
  const m = WITH_LONG_TERM.exec(s);
  if (!m) return null;
  const head = parseDated(m[1], raw, locale);
  if (!head?.ok || head.deadline.kind !== 'date') return head && !head.ok ? head : null;
  return { ...head, deadline: { ...head.deadline, longTerm: true } };
}

/**
 * "2024年9-10月", "2024年9月至12月底", "2024年9月30日-2024年12月31日": the work must be done by the end
 * of the period, so the end is the deadline; a warning says so, since some mean the start.
 */
function parseRange(s: string, raw: string, locale: Locale): DeadlineResult | null {
  const tail = TAIL.exec(s);
  const body = s.slice(0, tail ? tail.index : s.length);
  const m = RANGE.exec(body);
  if (!m) return null;
  const year = m[1];
  let right = m[3];
  const leftMonth = /^(\d{1,2})月/.exec(m[2]);
  if (!/^\d{4}年/.test(right)) {
    // "9月30日至10月15日" inherits the year; "9月1日至30日" inherits the month too.
    right =
      /^\d{1,2}[日号]/.test(right) && leftMonth ? `${year}年${leftMonth[1]}月${right}` : `${year}年${right}`;
  }
  const unit = /月/.test(right) && !/月/.test(m[2]) ? '月' : '';
  const start = parseChinese(`${year}年${m[2]}${unit}`, raw, locale);
  const end = parseChinese(right + (tail ? tail[0] : ''), raw, locale);
  if (!start?.ok || !end?.ok || start.deadline.kind !== 'date' || end.deadline.kind !== 'date') return null;
  const due = end.deadline.date;
  if (due < start.deadline.date) return null;
  if (end.warning) return end;
  const p = due.split('-').map(Number);
  return {
    ok: true,
    deadline: { kind: 'date', date: due },
    warning: {
      code: 'deadline.range',
      message: tr(
        locale,
        `“${raw}”是一个时间段，按结束日期${p[0]}年${p[1]}月${p[2]}日计算；如另有所指，请只写一个日期`,
        `"${raw}" is a period; it is read as its end, ${due}; if another date is meant, write that date alone`,
      ),
    },
  };
}

function parseChinese(text: string, raw: string, locale: Locale): DeadlineResult | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.replace(TAIL, ''));
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  const tail = TAIL.exec(text);
  const before = !!tail?.[1] && tail[1] !== '止';
  // "2024.09", "2024-9", "2024/9" name a month, as "2024年9月" does.
  const s = text.slice(0, tail ? tail.index : text.length).replace(/^(\d{4})[-/.](\d{1,2})$/, '$1年$2月');
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/.exec(s);
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  m = /^(\d{4})年(\d{1,2})月(底|末|份|上旬|中旬|下旬)?$/.exec(s);
  if (m) {
    const year = +m[1];
    const month = +m[2];
    if (month < 1 || month > 12) return noSuchDate(raw, locale);
    const part = m[3] ?? '';
    if (part === '上旬') return date(makeDate(year, month, 10));
    if (part === '中旬') return date(makeDate(year, month, 20));
    if ((part === '' || part === '份') && before) {
      // "10月前" literally means before October: read as the end of September and say so.
      const prev = month === 1 ? lastDayOfMonth(year - 1, 12) : lastDayOfMonth(year, month - 1);
      const p = prev.split('-').map(Number);
      return {
        ok: true,
        deadline: { kind: 'date', date: prev },
        warning: {
          code: 'deadline.before-month',
          message: tr(
            locale,
            `“${raw}”按字面理解为${month}月之前，即${p[0]}年${p[1]}月${p[2]}日；如指${month}月底，请写“${year}年${month}月底前”`,
            `"${raw}" reads as before month ${month}, that is ${prev}; if the end of month ${month} is meant, write ${lastDayOfMonth(year, month)}`,
          ),
        },
      };
    }
    return date(lastDayOfMonth(year, month));
  }
  m = /^(\d{4})年(年底|年末|底|末)$/.exec(s) ?? /^(\d{4})(年底|年末)$/.exec(s);
  if (m) return date(makeDate(+m[1], 12, 31));
  m = /^(\d{4})年?(上|下)半年$/.exec(s);
  if (m) return date(m[2] === '上' ? makeDate(+m[1], 6, 30) : makeDate(+m[1], 12, 31));
  m = /^(\d{4})年?第?([1-4])季度(末|底)?$/.exec(s) ?? /^(\d{4})年?Q([1-4])$/i.exec(s);
  if (m) return date(lastDayOfMonth(+m[1], +m[2] * 3));
  m = /^(\d{4})年$/.exec(s);
  if (m) return date(makeDate(+m[1], 12, 31));
  return null;
}

function exactDay(year: number, month: number, day: number, raw: string, locale: Locale): DeadlineResult {
  return date(makeDate(year, month, day)) ?? noSuchDate(raw, locale);
}

function noSuchDate(raw: string, locale: Locale): DeadlineResult {
  return {
    ok: false,
    code: 'deadline.no-such-date',
    message: tr(
      locale,
      `“${raw}”不是存在的日期；请核对月份和日期`,
      `"${raw}" is not a date that exists; check the month and day`,
    ),
  };
}

/** "September", "end of Sept": a month named without its year. */
function isEnglishMonthWithoutYear(raw: string): boolean {
  const m = /^(?:(?:by|before)\s+)?(?:(?:the\s+)?end\s+of\s+)?([a-z]+)\.?$/i.exec(foldWidth(raw).trim());
  return !!m && englishMonthIndex(m[1]) >= 0;
}

function parseEnglish(raw: string, locale: Locale): DeadlineResult | null {
  const s = foldWidth(raw)
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .replace(/^(by|before|no later than)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  let m = /^end of (\d{4})$/.exec(s);
  if (m) return date(makeDate(+m[1], 12, 31));
  m = /^(?:end of )?([a-z]+) (\d{4})$/.exec(s);
  if (m && englishMonthIndex(m[1]) >= 0) return date(lastDayOfMonth(+m[2], englishMonthIndex(m[1]) + 1));
  m = /^([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/.exec(s);
  if (m && englishMonthIndex(m[1]) >= 0)
    return exactDay(+m[3], englishMonthIndex(m[1]) + 1, +m[2], raw, locale);
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+) (\d{4})$/.exec(s);
  if (m && englishMonthIndex(m[2]) >= 0)
    return exactDay(+m[3], englishMonthIndex(m[2]) + 1, +m[1], raw, locale);
  m = /^q([1-4]) (\d{4})$/.exec(s);
  if (m) return date(lastDayOfMonth(+m[2], +m[1] * 3));
  m = /^h([12]) (\d{4})$/.exec(s);
  if (m) return date(m[1] === '1' ? makeDate(+m[2], 6, 30) : makeDate(+m[2], 12, 31));
  return null;
}
