// Calendar dates as 'YYYY-MM-DD' strings: arithmetic without time zones or a clock.
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { LEDGER_TERMS } from './messages/ledger-terms';
import { captured } from './text';

/** A calendar date, always written 'YYYY-MM-DD'. */
export type CalendarDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  // A month outside 1–12 has no days, so makeDate refuses any day in it.
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Builds a calendar date, or null when the day does not exist (2024-02-30). */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return makeDate(year, month, daysInMonth(year, month)) as CalendarDate;
}

export function isCalendarDate(text: string): boolean {
  const m = ISO.exec(text);
  return !!m && makeDate(+captured(m, 1), +captured(m, 2), +captured(m, 3)) !== null;
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) };
}

/**
 * Days since 1970-01-01: calendar arithmetic, never an instant. Plain integer arithmetic (the days-from-civil
 * algorithm) on the digits: urgency and totals call this for every row, and Date.UTC plus slicing cost more.
 */
export function toDayNumber(date: CalendarDate): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  const y0 = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const d = new Date(days * 86400000);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Spreadsheet serial (days since 1899-12-30, as Sheets and Excel count) to a calendar date. */
export function fromSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const date = fromDayNumber(Math.floor(serial) - 25569);
  return date ?? null;
}

/** Serial of 1950-01-01: smaller numbers in a date column are counts or typos, not dates a ledger holds. */
const FIRST_PLAUSIBLE_SERIAL = 18264;

/** A serial that can stand for a ledger date (1950 to 2999), read as a calendar date; otherwise null. */
export function plausibleSerialDate(serial: number): CalendarDate | null {
  return Number.isFinite(serial) && serial >= FIRST_PLAUSIBLE_SERIAL ? fromSerial(serial) : null;
}

export function toSerial(date: CalendarDate): number {
  return toDayNumber(date) + 25569;
}

/** The calendar date of a Date's UTC fields: how exceljs and CSV readers hand over date cells. */
export function utcCalendarDate(value: Date): CalendarDate | null {
  return makeDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
}

/** 2024年12月20日 */
export function chineseDate(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** 10月30日 */
export function chineseMonthDay(date: CalendarDate): string {
  const { month, day } = dateParts(date);
  return `${month}月${day}日`;
}

const EN_MONTHS = [
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

/** 20 December 2024 */
export function englishDate(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** A date as the reader's language writes it: 2024年12月20日, or 20 December 2024. */
export function dateInWords(date: CalendarDate, locale: Locale): string {
  return say(locale, LEDGER_TERMS.date({ chinese: chineseDate(date), english: englishDate(date) }));
}

export function englishMonthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return -1;
  return EN_MONTHS.findIndex((m) => m.toLowerCase().startsWith(lower.slice(0, 3)));
}
