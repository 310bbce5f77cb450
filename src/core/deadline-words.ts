// A deadline as the notice prints it: a plain date in official words (2024年12月31日), a phrase exactly as typed.
import { type CalendarDate, dateInWords, makeDate } from './dates';
import type { Locale } from './locale';
import { foldWidth } from './text';

/**
 * The day a cell names when it holds only a date: 2024/12/31, 2024.11.5, 2024-12-31 (as the parser also
 * hands over a date cell), or 20241231, full-width digits and a closing full stop allowed. Null for anything
 * else — a phrase such as 2024年9月底前完成整改 or 2024/12/31前 — and for a day that does not exist.
 */
export function plainDate(text: string): CalendarDate | null {
  const t = foldWidth(text)
    .replace(/\s+/g, '')
    .replace(/[.。]$/, '');
  const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(t) ?? /^(\d{4})()(\d{2})(\d{2})$/.exec(t);
  return m ? makeDate(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

/**
 * 整改时限 (or 长期举措时限) as the notice prints it. With `official` on (设置 › 时限日期写作年月日, the
 * default), a plain date is written as GB/T 9704 writes dates: 2024年12月31日 (31 December 2024 in English);
 * a phrase is kept exactly as typed. With it off, every deadline prints as typed (a date cell as 2024-12-31).
 */
export function deadlineInWords(text: string, locale: Locale, official: boolean): string {
  const written = text.trim();
  if (!official) return written;
  const day = plainDate(written);
  return day ? dateInWords(day, locale) : written;
}
