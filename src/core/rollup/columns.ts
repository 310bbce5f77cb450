// Columns the roll-up prints in more than one place: unit progress (notice and `rectify rollup`), overdue problems.
import { fieldLabel } from '../fields';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { rollupColumns as C } from '../messages/rollup';
import { statusLabel } from '../status';
import type { GroupFigures } from '../totals';
import { percent2 } from './sentence';

/** 单位, 问题数, the four statuses, 完成率, 已逾期: one list, so the notice and the CLI cannot drift apart. */
export function progressHeader(l: Locale): string[] {
  return [
    say(l, C.unit),
    say(l, C.problems),
    statusLabel('done', l),
    statusLabel('inProgress', l),
    statusLabel('notDone', l),
    statusLabel('longTerm', l),
    say(l, C.completionRate),
    say(l, C.overdue),
  ];
}

/** A unit's row, or the totals row under 合计, in progressHeader's columns: counts as numbers, the rate as 98.71%. */
export function progressCells(
  name: string,
  f: GroupFigures & { completionRate: number },
): (string | number)[] {
  return [
    name,
    f.total,
    f.byStatus.done,
    f.byStatus.inProgress,
    f.byStatus.notDone,
    f.byStatus.longTerm,
    percent2(f.completionRate),
    f.overdue,
  ];
}

/** 编号, 责任科室, 整改时限, 逾期天数: an overdue problem in the notice's tables and the overview's 逾期问题 sheet. */
export function overdueHeader(l: Locale): string[] {
  return [fieldLabel('id', l), fieldLabel('department', l), fieldLabel('deadline', l), say(l, C.daysOverdue)];
}
