// Links the entries of the sections that repeat problems (二 点人点事, 四 长期) to the rows they repeat.

/** Characters that carry meaning: no spaces, punctuation or the “如，” that introduces examples. */
export function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

export function bigrams(text: string): Set<string> {
  const t = Array.from(letters(text));
  const out = new Set<string>();
  for (let i = 1; i < t.length; i++) out.add(`${t[i - 1] ?? ''}${t[i] ?? ''}`);
  return out;
}

/** How much of the smaller text the larger one holds (0…1): a repeat may shorten or extend the original. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / small.size;
}

export const LINK_THRESHOLD = 0.6;
const MARGIN = 0.15;

/**
 * The index of the row a repeated entry names: the best overlap, if it is at least LINK_THRESHOLD and
 * clearly better than the runner-up; otherwise null with the reason (no match, or two rows alike).
 */
export function bestMatch(
  entry: Set<string>,
  rows: readonly Set<string>[],
  taken: ReadonlySet<number>,
): { index: number; score: number } | { index: null; reason: 'none' | 'ambiguous'; score: number } {
  let best = -1;
  let bestScore = 0;
  let second = 0;
  rows.forEach((r, i) => {
    const s = overlap(entry, r) - (taken.has(i) ? 0.01 : 0);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = i;
    } else if (s > second) second = s;
  });
  if (best < 0 || bestScore < LINK_THRESHOLD) return { index: null, reason: 'none', score: bestScore };
  if (bestScore - second < MARGIN) return { index: null, reason: 'ambiguous', score: bestScore };
  return { index: best, score: bestScore };
}
