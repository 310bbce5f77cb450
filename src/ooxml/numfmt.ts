// Which number formats show dates: Excel's built-in ids and custom codes with date or time tokens.
import { at } from '../core/arrays';

/** Built-in date and time formats (ECMA-376 §18.8.30), with the zh-CN ids 27–36 and 50–58. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** True when a number format shows its value as a date or time. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Only the first section (positive numbers) decides; quoted text, escapes and [colour]/[$-locale] do not count.
  const section = at(
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .split(';'),
    0,
  ).replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/^\s*General\s*$/i.test(section)) return false;
  return /[ymdhs]/i.test(section.replace(/[eE][+-]/g, ''));
}

const MS_PER_DAY = 86_400_000;

/**
 * The Date (UTC fields = the wall-clock value Excel shows) of a serial number. In the 1900 system Excel
 * counts a 29 February 1900 that never was, so serials before 61 are one day later than the count says.
 */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  return new Date(Math.round((days - 25569) * MS_PER_DAY));
}

/** An ISO 8601 date or date-time (`t="d"` cells) as a Date with the written wall-clock fields in UTC. */
export function dateOfIso(text: string): Date | null {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?/.exec(text.trim());
  if (!m) return null;
  const year = +at(m, 1);
  const date = new Date(
    Date.UTC(
      year,
      +at(m, 2) - 1,
      +at(m, 3),
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      Math.round(Number(m[7] ?? 0) * 1000),
    ),
  );
  // Date.UTC maps years 0–99 to 1900–1999; a workbook's year 0099 is year 99.
  if (year >= 0 && year < 100) date.setUTCFullYear(year);
  return date;
}
