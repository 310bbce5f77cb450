// The unit-progress columns that the roll-up notice's table and the units table of `rectify rollup` (and the offline page) show.
import { type Locale, tr } from '../locale';
import type { GroupFigures } from '../totals';
import { percent2 } from './sentence';

/** 单位, 问题数, the four statuses, 完成率, 已逾期: one list, so the notice and the CLI cannot drift apart. */
export function progressHeader(l: Locale): string[] {
  return [
    tr(l, '单位', 'Unit'),
    tr(l, '问题数', 'Problems'),
    tr(l, '已完成', 'Done'),
    tr(l, '正在整改', 'In progress'),
    tr(l, '未完成', 'Not done'),
    tr(l, '长期坚持', 'Long-term'),
    tr(l, '完成率', 'Completion'),
    tr(l, '已逾期', 'Overdue'),
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
