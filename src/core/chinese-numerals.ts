// The values of the Chinese digits, shared by deadline phrases and the section numbers of notices.

/** 〇/零 → 0 … 九 → 9, with 两 for 2 as in “两个月”; 十 is not a digit and callers split on it. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
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

/**
 * 十 → 10, 十二 → 12, 二十 → 20, 二十一 → 21: a number the caller has seen 十 in. A part either side of 十 that
 * is not one digit counts as `other`, so each caller picks its own answer to a malformed run (NaN to reject it,
 * 0 to pass over the part).
 */
export function tensValue(run: string, other: number): number {
  const [tens = '', ones = ''] = run.split('十');
  const t = tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? other);
  const o = ones === '' ? 0 : (CHINESE_DIGITS[ones] ?? other);
  return t * 10 + o;
}
