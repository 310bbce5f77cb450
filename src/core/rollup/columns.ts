// Columns the roll-up prints in more than one place: unit progress (notice and `rectify rollup`), overdue problems.
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

/** 编号, 责任科室, 整改时限, 逾期天数: an overdue problem in the notice's tables and the overview's 逾期问题 sheet. */
export function overdueHeader(l: Locale): string[] {
  return [
    tr(l, '编号', 'ID'),
    tr(l, '责任科室', 'Department'),
    tr(l, '整改时限', 'Deadline'),
    tr(l, '逾期天数', 'Days overdue'),
  ];
}
