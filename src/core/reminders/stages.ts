// Reminder stages: which announcement an open item has reached at a date (7 days before, 1 day before, overdue).
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { stageMessages as M } from '../messages/reminder-mail';

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
  if (stage === 'overdue') return say(locale, M.overdue);
  const days = Number(stage.slice(1));
  return say(locale, days === 0 ? M.dueDay : M.daysBefore({ days }));
}

/** 已逾期 30 天 / 还剩 1 天 / 今天到期 — how far an item is from its deadline. */
export function daysLeftText(daysLeft: number, locale: Locale): string {
  if (daysLeft < 0) return say(locale, M.daysOverdue({ days: -daysLeft }));
  if (daysLeft === 0) return say(locale, M.dueToday);
  return say(locale, daysLeft === 1 ? M.dueTomorrow : M.daysLeft({ days: daysLeft }));
}
