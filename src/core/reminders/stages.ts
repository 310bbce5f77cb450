// Reminder stages: which announcement an open item has reached at a date (7 days before, 1 day before, overdue).
import { type Locale, tr } from '../locale';

/** 'd7' = the stage "7 days before the deadline"; 'overdue' = past the deadline (repeats). */
export type Stage = 'overdue' | `d${number}`;

/**
 * The stage an item with `daysLeft` days to its deadline has reached, or null when no stage applies yet.
 * A stage is reached once the deadline is at most that many days away, so an item first seen 1 day before
 * its deadline is announced at stage d1 (the stage d7 it missed is not sent late).
 */
export function stageOf(daysLeft: number, stages: readonly number[]): Stage | null {
  if (daysLeft < 0) return 'overdue';
  let reached: number | null = null;
  for (const s of stages) if (daysLeft <= s && (reached === null || s < reached)) reached = s;
  return reached === null ? null : `d${reached}`;
}

export function isStage(text: unknown): text is Stage {
  return text === 'overdue' || (typeof text === 'string' && /^d\d{1,3}$/.test(text));
}

/** 逾期 / 到期前7天 — the stage in a log cell or a digest. */
export function stageLabel(stage: Stage, locale: Locale): string {
  if (stage === 'overdue') return tr(locale, '逾期', 'overdue');
  const days = Number(stage.slice(1));
  return days === 0
    ? tr(locale, '到期当天', 'due day')
    : tr(locale, `到期前${days}天`, `${plural(days, 'day')} before`);
}

/** 已逾期 30 天 / 还剩 1 天 / 今天到期 — how far an item is from its deadline. */
export function daysLeftText(daysLeft: number, locale: Locale): string {
  if (daysLeft < 0) return tr(locale, `已逾期${-daysLeft}天`, `${plural(-daysLeft, 'day')} overdue`);
  if (daysLeft === 0) return tr(locale, '今天到期', 'due today');
  return daysLeft === 1
    ? tr(locale, '明天到期', 'due tomorrow')
    : tr(locale, `还剩${daysLeft}天`, `${plural(daysLeft, 'day')} left`);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
