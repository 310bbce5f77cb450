// Setting codecs: how each type of setting reads a cell, writes one back, checks itself and shows in the form.
import * as z from 'zod/mini';
import { type CalendarDate, chineseDate, isCalendarDate } from '../dates';
import { isEmail, readExactDate } from '../ledger';
import type { Locale } from '../locale';
import { type Bilingual, say } from '../messages/bilingual';
import { SETTINGS_MESSAGES as M } from '../messages/settings-values';
import { parseStatus, STATUSES, type Status, statusLabel } from '../status';
import { type Cell, cellText, foldWidth, isBlank } from '../text';
import { readYesNo } from '../yes-no';
import { parseDomains } from './domains';
import { fontNames } from './fonts';
import { CHECKBOX_VALUE, CHECKBOXES_SEPARATOR, type FormControl } from './form';

// Apps Script forbids `new Function`; jitless keeps zod from trying it.
z.config({ jitless: true });

/** Reads a Date cell as a calendar date in the spreadsheet's zone; without it, its UTC fields. */
export type DateReader = (value: Date) => CalendarDate | null;

/** A cell read as a setting: its value (undefined: "use the default"), or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; problem: Bilingual };

/**
 * One type of setting, shared by every setting of that type. Methods (not arrow properties) so a codec of
 * one value type is also a codec of `unknown` where the registry is walked as a list.
 */
export interface Codec<S extends z.ZodMiniType = z.ZodMiniType, T = z.output<S>> {
  /** The schema piece: ranges and formats the parsed value must meet. */
  readonly schema: S;
  /** A cell of 设置 or a field of the form → the value; the schema then checks it. */
  parse(cell: Cell, dateOf?: DateReader): Parsed<T>;
  /** The value as 设置 shows it, which parse reads back. */
  format(value: T, locale: Locale): string;
  /** What is written into 设置: the text, or a number where the sheet should hold one. */
  cell(value: T, locale: Locale): string | number;
  /** The text the form's control starts with. */
  formText(value: T, locale: Locale): string;
  /** The value in a notice's prose (a template's {{…}} placeholder). */
  prose(value: T, locale: Locale): string;
  /** The control the form draws. */
  control(value: T, locale: Locale): FormControl;
  /** Why the schema rejected a value, in words a clerk understands. */
  invalid(value: unknown): Bilingual;
}

type CodecSpec<S extends z.ZodMiniType> = Pick<Codec<S>, 'schema' | 'parse' | 'control'> & Partial<Codec<S>>;

/** A codec from its own parts; what it leaves out is the value as plain text, and "must not be empty". */
function codec<S extends z.ZodMiniType>(spec: CodecSpec<S>): Codec<S> {
  const plain = (value: z.output<S>) => (value === undefined ? '' : String(value));
  const format = spec.format ?? plain;
  return {
    format,
    cell: format,
    formText: format,
    prose: format,
    invalid: () => M.mustNotBeEmpty,
    ...spec,
  };
}

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const bad = <T>(problem: Bilingual): Parsed<T> => ({ ok: false, problem });
const control = (type: FormControl['control']) => (): FormControl => ({ control: type });
/** Lists in a cell are separated by 、 , ; ； ， or spaces. */
const LIST_SEPARATOR = /[、,;；，\s]+/;
const words = (cell: Cell) => foldWidth(cellText(cell)).split(LIST_SEPARATOR).filter(Boolean);

/** Number() would take '0x10' and '1e2'; a clerk's whole number is digits only. */
function wholeNumber(text: string): number {
  return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/**
 * A schema piece from the codec's own test of a value. z.custom rather than z.array, z.record or z.enum: each
 * zod type the add-on uses is bundled, and these few lines keep about 10 KB out of its 200 KB budget.
 */
const valid = <T>(test: (value: unknown) => boolean) => z.custom<T>(test);

const isText = (value: unknown): value is string => typeof value === 'string';
const isWholeNumberIn = (min: number, max: number) => (value: unknown) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
/** A table of names to text, as zod's record accepts it: a plain object, not an array or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/** Free text, as typed. */
export const textCodec = codec({
  schema: valid<string>(isText),
  parse(cell) {
    return ok(cellText(cell));
  },
  control: control('text'),
});

/** Font names separated by commas (see fontNames). */
export const fontListCodec = codec({
  schema: valid<string>((value) => isText(value) && fontNames(value) !== null),
  parse(cell) {
    return ok(cellText(cell));
  },
  control: control('text'),
  invalid(value) {
    return String(value ?? '').trim() !== '' ? M.notFontNames : M.mustNotBeEmpty;
  },
});

/** E-mail domains separated by semicolons (see parseDomains). */
export const domainListCodec = codec({
  schema: valid<string>((value) => isText(value) && parseDomains(value) !== null),
  parse(cell) {
    return ok(cellText(cell));
  },
  control: control('text'),
  invalid() {
    return M.notADomain;
  },
});

/** A calendar date; a cleared cell means "none". The notice's prose writes it in Chinese (2024年10月30日). */
export const dateCodec = codec({
  schema: z.optional(valid<CalendarDate>((value) => isText(value) && isCalendarDate(value))),
  parse(cell, dateOf) {
    if (isBlank(cell)) return ok(undefined);
    const date = readExactDate(cell, dateOf);
    return date ? ok(date) : bad(M.notADate({ text: cellText(cell) }));
  },
  prose(value) {
    return value === undefined ? '' : chineseDate(value);
  },
  control: control('date'),
  invalid() {
    return M.invalidDate;
  },
});

/** A whole number from min to max, written into 设置 as a number; a cleared cell means "use the default". */
export function intCodec(min: number, max: number) {
  return codec({
    schema: valid<number>(isWholeNumberIn(min, max)),
    parse(cell) {
      if (isBlank(cell)) return ok(undefined);
      const text = cellText(cell);
      const n = typeof cell === 'number' ? cell : wholeNumber(foldWidth(text));
      return text !== '' && Number.isInteger(n) ? ok(n) : bad(M.notAWholeNumber({ text }));
    },
    cell(value) {
      return value;
    },
    control: control('number'),
    invalid() {
      return M.wholeNumberRange({ min, max });
    },
  });
}

/** Numbers of days from min to max (7、1), kept once each, largest first. */
export function dayListCodec(min: number, max: number) {
  return codec({
    schema: valid<number[]>((value) => Array.isArray(value) && value.every(isWholeNumberIn(min, max))),
    parse(cell) {
      const numbers = words(cell).map(wholeNumber);
      if (numbers.some((n) => !Number.isInteger(n))) return bad(M.notWholeNumbers({ text: cellText(cell) }));
      return ok([...new Set(numbers)].sort((a, b) => b - a));
    },
    format(value) {
      return value.join('、');
    },
    control: control('number'),
    invalid() {
      return M.dayCountsRange({ min, max });
    },
  });
}

/** Yes or no: 是/否 in 设置 (yes/no in English), a checkbox in the form. */
export const yesNoCodec = codec({
  schema: valid<boolean>((value) => typeof value === 'boolean'),
  parse(cell) {
    // The ledger's own yes/no words (yes-no.ts), so 设置 and the 长期坚持 column agree.
    const flag = readYesNo(cellText(cell));
    return flag === null ? bad(M.notYesOrNo({ text: cellText(cell) })) : ok(flag);
  },
  format(value, locale) {
    return say(locale, value ? M.yes : M.no);
  },
  formText(value) {
    return value ? CHECKBOX_VALUE.on : CHECKBOX_VALUE.off;
  },
  control: control('checkbox'),
});

/** The language names the form offers, each in its own language. */
const LANGUAGES: readonly { value: Locale; label: string }[] = [
  { value: 'zh', label: '中文' },
  { value: 'en', label: 'English' },
];

/** zh or en; blank is Chinese. */
export const languageCodec = codec({
  schema: valid<Locale>((value) => LANGUAGES.some((l) => l.value === value)),
  parse(cell) {
    const t = foldWidth(cellText(cell)).toLowerCase();
    if (/^(zh|中文|汉语|chinese|zh[-_].*)?$/.test(t)) return ok<Locale>('zh');
    if (/^(en|英文|英语|english|en[-_].*)$/.test(t)) return ok<Locale>('en');
    return bad(M.notALanguage({ text: cellText(cell) }));
  },
  control(value) {
    return {
      control: 'select',
      options: LANGUAGES.map((l) => ({ ...l, checked: l.value === value })),
    };
  },
});

/** Statuses by their names in either language; none listed means all of them. Written in Chinese. */
export const statusListCodec = codec({
  schema: valid<Status[]>(
    (value) => Array.isArray(value) && value.length > 0 && value.every((s) => STATUSES.includes(s)),
  ),
  parse(cell) {
    const statuses: Status[] = [];
    for (const word of words(cell)) {
      const s = parseStatus(word);
      if (!s) return bad(M.unknownStatus({ word }));
      if (!statuses.includes(s)) statuses.push(s);
    }
    return ok(statuses.length ? statuses : [...STATUSES]);
  },
  format(value) {
    return value.map((s) => statusLabel(s)).join(CHECKBOXES_SEPARATOR);
  },
  // The box's value is the Chinese word, which parse reads in any locale.
  control(value, locale) {
    return {
      control: 'checkboxes',
      options: STATUSES.map((s) => ({
        value: statusLabel(s, 'zh'),
        label: statusLabel(s, locale),
        checked: value.includes(s),
      })),
    };
  },
});

const leaderTable = (value: Record<string, string>, separator: string) =>
  Object.entries(value)
    .map(([title, address]) => `${title}=${address}`)
    .join(separator);

/** Leader=address pairs, separated by ； in 设置 and one per line in the form. */
export const leaderEmailsCodec = codec({
  schema: valid<Record<string, string>>(
    (value) => isPlainObject(value) && Object.values(value).every((a) => isText(a) && isEmail(a)),
  ),
  parse(cell) {
    // Titles are free text: "__proto__" or "constructor" must be kept as names, not reach Object.prototype.
    const map: Record<string, string> = Object.create(null);
    for (const part of foldWidth(cellText(cell)).split(/[;；\n]+/)) {
      if (part.trim() === '') continue;
      const m = /^(.+?)\s*[=:：＝]\s*(\S+)$/.exec(part.trim());
      if (!m) return bad(M.notALeaderPair({ part: part.trim() }));
      // The pattern's two groups always take part in a match.
      const title = (m[1] ?? '').trim();
      const address = m[2] ?? '';
      if (!isEmail(address)) return bad(M.malformedLeaderAddress({ title, address }));
      map[title] = address;
    }
    return ok(map);
  },
  format(value) {
    return leaderTable(value, '；');
  },
  formText(value) {
    return leaderTable(value, '\n');
  },
  control: control('textarea'),
  invalid() {
    return M.malformedAddress;
  },
});
