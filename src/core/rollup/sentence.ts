// The roll-up's summary sentence, as the published district example reads it, with a two-decimal rate.
import type { CalendarDate } from '../dates';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { rollupChecks } from '../messages/rollup';
import type { RollupTotals } from './rollup';

/**
 * 98.71% — two decimals, as the published round reports it (688 of 697). Never 100% unless every problem is
 * closed, nor 0% when one is: 9,999 of 10,000 would otherwise read as 100.00% beside “未完成1个”.
 */
export function percent2(rate: number): string {
  let shown = Math.round(rate * 10000) / 100;
  if (shown >= 100 && rate < 1) shown = 99.99;
  else if (shown <= 0 && rate > 0) shown = 0.01;
  return `${shown.toFixed(2)}%`;
}

/** The roll-up's summary sentence in the locale (the catalogue writes both languages' grammar). */
export function rollupSentence(t: RollupTotals, asOf: CalendarDate, locale: Locale): string {
  return say(locale, rollupChecks.sentence({ t, asOf, rate: percent2(t.completionRate) }));
}
