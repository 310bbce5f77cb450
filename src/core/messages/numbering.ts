// How notices number their sections and items: “一、” and “（1）” in Chinese, “1. ” and “(1)” in English.
import { messages } from './bilingual';

const NUMERALS = '一二三四五六七八九十';

/** 一…九十九: the Chinese number of a heading (GB/T's first and second levels). */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS.charAt(n - 1);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS.charAt(tens - 1)}十${ones === 0 ? '' : NUMERALS.charAt(ones - 1)}`;
}

/**
 * Both the unit notice and the roll-up notice number with these, so the two cannot drift apart. Entries are
 * methods, not arrows: esbuild's keepNames wraps every arrow in a naming call, a method is named by its key.
 */
export const numbering = /* @__PURE__ */ messages({
  /** The marker before a section heading; `index` is 0-based. */
  section({ index }: { index: number }) {
    return { zh: `${chineseOrdinal(index + 1)}、`, en: `${index + 1}. ` };
  },
  /** The marker before one of several problems under a category heading; `n` is 1-based. */
  item({ n }: { n: number }) {
    return { zh: `（${n}）`, en: `(${n})` };
  },
});
