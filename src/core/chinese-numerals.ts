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
