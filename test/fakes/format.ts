// Sheets cell semantics: how typed input is parsed (USER_ENTERED) and how values display under number formats.
import { isDate } from './core';
import { DAY_NAMES, instantOf, MONTH_NAMES, pad, type WallTime, wallTime, wallTimeOfUtc } from './time';

// Jest runs tests in a vm context where every global lookup is slow, so hot paths use module-level aliases.
const NativeDate = Date;
const NativeString = String;
const NativeNumber = Number;
const { isInteger, isFinite: finite } = Number;

/** What getNumberFormat returns for a cell nobody formatted ("automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';
/** Plain text: input is stored as typed, never parsed. */
export const TEXT_FORMAT = '@';

/** Serial day 0 of Sheets (1899-12-30) as a UTC instant. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A stored cell: its value and, for formula cells, the formula text. */
export interface ParsedInput {
  value: string | number | boolean | Date | undefined;
  formula?: string;
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Interprets a value written by setValue(s)/appendRow the way Sheets does (as if typed in the UI):
 * '=…' is a formula; '+…' and '-…' that are not numbers become formulas too (so '-abc' breaks);
 * a leading apostrophe forces text and is dropped; numeric, TRUE/FALSE and yyyy-mm-dd strings
 * turn into numbers, booleans and dates. In a plain-text ('@') cell the string is kept verbatim.
 */
export function parseInput(v: unknown, numberFormat: string, timeZone: string, parse: boolean): ParsedInput {
  if (v === null || v === undefined || v === '') return { value: undefined };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (isDate(v)) return { value: new NativeDate(v.getTime()) };
  const s = typeof v === 'string' ? v : NativeString(v);
  if (!parse || numberFormat === TEXT_FORMAT) return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) === '' ? undefined : s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: s, formula: s };
  const trimmed = s.trim();
  if (trimmed !== '' && /\d/.test(trimmed) && NUMBER.test(trimmed))
    return { value: Number(trimmed.replace(/,/g, '')) };
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { value: s, formula: `=${s}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const m = DATE.exec(trimmed);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) {
      const h = m[4] === undefined ? 0 : Number(m[4]);
      if (h < 24)
        return { value: new Date(instantOf(timeZone, y, mo, d, h, Number(m[5] ?? 0), Number(m[6] ?? 0))) };
    }
  }
  return { value: s };
}

/** The text Sheets shows for a stored value (getDisplayValues). */
export function displayValue(v: unknown, numberFormat: string, timeZone: string): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const fmt = numberFormat === 'General' ? DEFAULT_NUMBER_FORMAT : numberFormat;
  if (isDate(v)) {
    const t = wallTime(v.getTime(), timeZone);
    if (fmt === DEFAULT_NUMBER_FORMAT) {
      const midnight = t.hour === 0 && t.minute === 0 && t.second === 0;
      return formatSheetsDate(t, midnight ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss');
    }
    if (isDateFormat(fmt)) return formatSheetsDate(t, fmt);
    const serial = (v.getTime() + t.offsetMinutes * 60000 - SERIAL_EPOCH) / 86400000;
    return formatNumber(serial, fmt);
  }
  if (typeof v === 'number') {
    if (fmt === DEFAULT_NUMBER_FORMAT || fmt === TEXT_FORMAT) return defaultNumber(v);
    if (isDateFormat(fmt)) return formatSheetsDate(wallTimeOfUtc(SERIAL_EPOCH + v * 86400000), fmt);
    return formatNumber(v, fmt);
  }
  return NativeString(v);
}

function defaultNumber(n: number): string {
  if (isInteger(n) && n < 1e15 && n > -1e15) return NativeString(n);
  if (!finite(n)) return NativeString(n);
  return NativeString(NativeNumber(n.toPrecision(15)));
}

/** Drops "quoted" literals and \escapes so the letters left are format tokens. */
function tokensOnly(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isDateFormat(fmt: string): boolean {
  const t = tokensOnly(fmt.split(';')[0]);
  if (/[0#?]/.test(t)) return false;
  return /[ydhsm]/i.test(t);
}

type DateToken = { kind: 'lit'; text: string } | { kind: 'tok'; ch: string; n: number };

const compiledDateFormats = new Map<string, (t: WallTime) => string>();

/** Formats wall-clock fields with a Sheets date/time format such as 'yyyy-mm-dd' or 'yyyy"年"m"月"d"日"'. */
export function formatSheetsDate(t: WallTime, format: string): string {
  let render = compiledDateFormats.get(format);
  if (!render) {
    render = compileDateFormat(format);
    compiledDateFormats.set(format, render);
  }
  return render(t);
}

function compileDateFormat(format: string): (t: WallTime) => string {
  const fmt = format.split(';')[0];
  const tokens: DateToken[] = [];
  let ampm = false;
  for (let i = 0; i < fmt.length; ) {
    const c = fmt[i];
    if (c === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end;
      tokens.push({ kind: 'lit', text: fmt.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === '\\') {
      tokens.push({ kind: 'lit', text: fmt[i + 1] ?? '' });
      i += 2;
    } else if (/am\/pm/i.test(fmt.slice(i, i + 5))) {
      tokens.push({ kind: 'tok', ch: 'ampm', n: 1 });
      ampm = true;
      i += 5;
    } else if (/[ydhms]/i.test(c)) {
      const lower = c.toLowerCase();
      let n = 1;
      while (fmt[i + n]?.toLowerCase() === lower) n++;
      tokens.push({ kind: 'tok', ch: lower, n });
      i += n;
    } else {
      tokens.push({ kind: 'lit', text: c });
      i++;
    }
  }
  const toks = tokens.filter((x): x is Extract<DateToken, { kind: 'tok' }> => x.kind === 'tok');
  const parts = tokens.map((tok): ((t: WallTime) => string) => {
    if (tok.kind === 'lit') return () => tok.text;
    const k = toks.indexOf(tok);
    const n = tok.n;
    switch (tok.ch) {
      case 'y':
        return n <= 2 ? (t) => pad(t.year % 100, 2) : (t) => NativeString(t.year);
      case 'm': {
        // m is minutes right after an hour or right before seconds, else month.
        if (n <= 2 && (toks[k - 1]?.ch === 'h' || toks[k + 1]?.ch === 's')) return (t) => pad(t.minute, n);
        if (n >= 5) return (t) => MONTH_NAMES[t.month - 1][0];
        if (n === 4) return (t) => MONTH_NAMES[t.month - 1];
        if (n === 3) return (t) => MONTH_NAMES[t.month - 1].slice(0, 3);
        return (t) => pad(t.month, n);
      }
      case 'd':
        if (n >= 4) return (t) => DAY_NAMES[t.weekday];
        if (n === 3) return (t) => DAY_NAMES[t.weekday].slice(0, 3);
        return (t) => pad(t.day, n);
      case 'h': {
        const w = Math.min(n, 2);
        return ampm ? (t) => pad(t.hour % 12 === 0 ? 12 : t.hour % 12, w) : (t) => pad(t.hour, w);
      }
      case 's': {
        const w = Math.min(n, 2);
        return (t) => pad(t.second, w);
      }
      default:
        return (t) => (t.hour < 12 ? 'AM' : 'PM');
    }
  });
  return (t) => {
    let out = '';
    for (const p of parts) out += p(t);
    return out;
  };
}

/** Formats a number with a Sheets number format: 0, 0.00, #,##0.00, 0%, literal prefixes and suffixes, a negative section. */
export function formatNumber(n: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1];
    value = -n;
  }
  const core = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(section);
  if (!core) return unquote(section);
  const prefix = unquote(section.slice(0, core.index));
  const suffix = unquote(section.slice(core.index + core[0].length));
  if (prefix.includes('%') || suffix.includes('%')) value *= 100;
  const [intPat, fracPat = ''] = core[0].split('.');
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = fracPat.length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  const negative = value < 0;
  let [int, frac = ''] = Math.abs(value).toFixed(maxFrac).split('.');
  while (frac.length > minFrac && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (int === '0' && minInt === 0) int = '';
  if (int.length < minInt) int = '0'.repeat(minInt - int.length) + int;
  if (intPat.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac === '' ? int : `${int}.${frac}`;
  return (negative ? '-' : '') + prefix + body + suffix;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of fmt) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function unquote(s: string): string {
  return s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
}

const NAMED_COLOURS: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  purple: '#800080',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
};

/** Colours come back as lowercase '#rrggbb' whatever form was set ('#ABC', 'Red', '#FF0000'). */
export function normalizeColour(c: unknown): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  const s = String(c).trim().toLowerCase();
  if (NAMED_COLOURS[s]) return NAMED_COLOURS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
