// Time-zone arithmetic (via Intl) and Java SimpleDateFormat patterns, as Utilities.formatDate uses them.
import { GasException } from './core';

// Jest runs tests in a vm context where every global lookup is slow, so hot paths use module-level aliases.
const NativeDate = Date;
const NativeString = String;
const { floor } = Math;
const { isFinite: finite } = Number;

/** Wall-clock fields of an instant in a time zone. month is 1-12, weekday 0 (Sunday)-6. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java falls back to GMT for an unknown zone id; so do we. */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    };
    try {
      f = new Intl.DateTimeFormat('en-US', { ...opts, timeZone });
    } catch {
      f = new Intl.DateTimeFormat('en-US', { ...opts, timeZone: 'UTC' });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** UTC offsets by zone and quarter hour: every real zone changes offset on a quarter-hour boundary. */
const offsets = new Map<string, Map<number, number>>();
const QUARTER_HOUR = 15 * 60000;

/** Minutes east of UTC in timeZone at the instant ms. */
export function offsetMinutes(ms: number, timeZone: string): number {
  const bucket = floor(ms / QUARTER_HOUR);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let off = zone.get(bucket);
  if (off === undefined) {
    const whole = bucket * QUARTER_HOUR;
    const f: Record<string, number> = {};
    for (const p of formatter(timeZone).formatToParts(whole)) {
      if (p.type !== 'literal' && p.type !== 'weekday') f[p.type] = Number(p.value);
    }
    off = Math.round((Date.UTC(f.year, f.month - 1, f.day, f.hour % 24, f.minute, f.second) - whole) / 60000);
    if (zone.size > 100000) zone.clear();
    zone.set(bucket, off);
  }
  return off;
}

export function wallTime(ms: number, timeZone: string): WallTime {
  if (!finite(ms)) throw new GasException('Invalid argument: date');
  const off = offsetMinutes(ms, timeZone);
  const t = wallTimeOfUtc(ms + off * 60000);
  t.offsetMinutes = off;
  return t;
}

/** Wall-clock fields of a "local" instant stored as if it were UTC (used for sheet serial numbers). */
export function wallTimeOfUtc(ms: number): WallTime {
  const d = new NativeDate(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    offsetMinutes: 0,
  };
}

/** The instant at which the wall clock of timeZone shows the given fields. */
export function instantOf(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset on both sides of a daylight-saving change.
  const approx = guess - offsetMinutes(guess, timeZone) * 60000;
  return guess - offsetMinutes(approx, timeZone) * 60000;
}

export function pad(n: number, width: number): string {
  const s = NativeString(n < 0 ? -n : n);
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(minutes: number, colon: boolean, short = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = pad(Math.floor(abs / 60), 2);
  if (short) return sign + h;
  return sign + h + (colon ? ':' : '') + pad(abs % 60, 2);
}

const SHORT_ZONE_NAMES: Record<string, string> = {
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Hong_Kong': 'HKT',
  'Asia/Tokyo': 'JST',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
  'Etc/GMT': 'GMT',
};

function dayOfYear(t: WallTime): number {
  return Math.round((Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / 86400000) + 1;
}

/**
 * Formats an instant with a java.text.SimpleDateFormat pattern in the given zone, in English
 * (the locale Utilities.formatDate uses): G y Y M L w d D E u a H k K h m s S z Z X and 'quoted text'.
 */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const t = wallTime(ms, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (end < 0) throw new GasException(`Invalid argument: pattern (unterminated quote in ${pattern})`);
      out += pattern.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'G':
        out += t.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(t.year % 100, 2) : pad(t.year, n);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? MONTH_NAMES[t.month - 1]
            : n === 3
              ? MONTH_NAMES[t.month - 1].slice(0, 3)
              : pad(t.month, n);
        break;
      case 'd':
        out += pad(t.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(t), n);
        break;
      case 'w': {
        const jan1 = new Date(Date.UTC(t.year, 0, 1)).getUTCDay();
        out += pad(Math.floor((dayOfYear(t) - 1 + jan1) / 7) + 1, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAY_NAMES[t.weekday] : DAY_NAMES[t.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(t.weekday === 0 ? 7 : t.weekday, n);
        break;
      case 'a':
        out += t.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(t.hour, n);
        break;
      case 'k':
        out += pad(t.hour === 0 ? 24 : t.hour, n);
        break;
      case 'K':
        out += pad(t.hour % 12, n);
        break;
      case 'h':
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, n);
        break;
      case 'm':
        out += pad(t.minute, n);
        break;
      case 's':
        out += pad(t.second, n);
        break;
      case 'S':
        out += pad(t.millisecond, n);
        break;
      case 'z':
        out += SHORT_ZONE_NAMES[timeZone] ?? `GMT${offsetText(t.offsetMinutes, true)}`;
        break;
      case 'Z':
        out += offsetText(t.offsetMinutes, false);
        break;
      case 'X':
        out += t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, n >= 3, n === 1);
        break;
      default:
        throw new GasException(`Invalid argument: pattern (illegal pattern character '${c}')`);
    }
  }
  return out;
}
