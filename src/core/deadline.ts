// Deadline parser: Date cells, serials and the Chinese and English phrases clerks write (DESIGN.md grammar).
import { type CalendarDate, englishMonthIndex, lastDayOfMonth, makeDate, plausibleSerialDate } from './dates';
import { type Locale, tr } from './locale';
import { type Cell, foldWidth, isDateObject, isValidDate } from './text';

export type Deadline = { kind: 'date'; date: CalendarDate } | { kind: 'longTerm' } | { kind: 'immediate' };

export type DeadlineResult =
  | { ok: true; deadline: Deadline; warning?: { code: string; message: string } }
  | { ok: false; code: string; message: string };

export interface DeadlineOptions {
  locale?: Locale;
  /** Reads a Date cell as a calendar date in the spreadsheet's zone; defaults to its UTC fields. */
  dateOf?: (value: Date) => CalendarDate | null;
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

const TAIL = /(之前|以前|前)?(完成整改|整改完成|整改到位|完成|到位|截止)?[。.]?$/;
// "立行立改、长期坚持" (fix now, keep at it) is a long-term task: the open-ended part is what the ledger tracks.
const LONG_TERM =
  /^((立行立改|立即整改|即知即改)[,、并和及]?)?(长期坚持|长期|长期整改|持续整改|长期推进|持续推进|常态化推进|ongoing|long-?term)$/i;
const IMMEDIATE = /^(立行立改|立即整改|即知即改|立查立改|immediate(ly)?)$/i;

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
    const day = isValidDate(value) ? (options.dateOf ?? utcDay)(value) : null;
    return date(day) ?? fail('deadline.invalid-date', '日期无效', 'the date is not valid');
  }
  if (typeof value === 'number') {
    return (
      date(plausibleSerialDate(value)) ??
      fail(
        'deadline.bad-number',
        `数字 ${value} 不是日期；请写成 2024-09-30 或 2024年9月底前`,
        `the number ${value} is not a date; write 2024-09-30`,
      )
    );
  }
  if (typeof value !== 'string') {
    const shown = value === true ? 'TRUE' : value === false ? 'FALSE' : '';
    return fail('deadline.unreadable', `“${shown}”无法识别为整改时限`, `"${shown}" is not a deadline`);
  }
  const raw = value.trim();
  const s = cleanDeadlineText(raw);
  if (LONG_TERM.test(s)) return { ok: true, deadline: { kind: 'longTerm' } };
  if (IMMEDIATE.test(s)) return { ok: true, deadline: { kind: 'immediate' } };
  const result = parseChinese(s, raw, locale) ?? parseEnglish(raw, locale);
  if (result) return result;
  return fail(
    'deadline.unreadable',
    `“${raw}”无法识别为整改时限；请写成 2024-09-30、2024年9月30日、2024年9月底、2024年底 或 长期坚持`,
    `"${raw}" is not a deadline; write 2024-09-30, end of September 2024, end of 2024 or long-term`,
  );
}

function utcDay(value: Date): CalendarDate | null {
  return makeDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

function parseChinese(text: string, raw: string, locale: Locale): DeadlineResult | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.replace(TAIL, ''));
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  const tail = TAIL.exec(text);
  const before = !!tail?.[1];
  const s = text.slice(0, tail ? tail.index : text.length);
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]$/.exec(s);
  if (m) return exactDay(+m[1], +m[2], +m[3], raw, locale);
  m = /^(\d{4})年(\d{1,2})月(底|末|份|上旬|中旬|下旬)?$/.exec(s);
  if (m) {
    const year = +m[1];
    const month = +m[2];
    if (month < 1 || month > 12) return noSuchDate(raw, locale);
    const part = m[3] ?? '';
    if (part === '上旬') return date(makeDate(year, month, 10));
    if (part === '中旬') return date(makeDate(year, month, 20));
    if (part === '' && before) {
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
    message: tr(locale, `“${raw}”不是存在的日期`, `"${raw}" is not a date that exists`),
  };
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
