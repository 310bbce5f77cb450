// The roll-up's arithmetic checked before anything is written: a totals row that disagrees is an error, never output.
import { type Locale, tr } from '../locale';
import { FIGURE_FIELDS, type FigureField, figure, type Rollup, roundAmount, sumOfUnits } from './rollup';

export interface Mismatch {
  /** The figure that disagrees. */
  field: FigureField | 'statusSum' | 'overdueList' | 'units';
  /** The unit whose own row does not add up; absent for the totals row. */
  unit?: string;
  expected: number;
  actual: number;
}

const LABELS: Record<Mismatch['field'], [string, string]> = {
  total: ['问题数', 'problems'],
  done: ['已完成', 'done'],
  inProgress: ['正在整改', 'in progress'],
  notDone: ['未完成', 'not done'],
  longTermStatus: ['状态为长期坚持', 'long-term status'],
  unknown: ['状态不明', 'unknown status'],
  longTermTasks: ['长期坚持', 'long-term'],
  pendingApproval: ['待审核', 'awaiting approval'],
  overdue: ['已逾期', 'overdue'],
  dueSoon: ['即将到期', 'due soon'],
  recovered: ['追赃挽损', 'recovered'],
  onTimeMeasured: ['可判断按期的已完成问题', 'completions judged for on-time'],
  onTimeCount: ['按期完成', 'done on time'],
  statusSum: ['各状态之和', 'sum of the statuses'],
  overdueList: ['逾期问题清单条数', 'rows of the overdue list'],
  units: ['单位数', 'units'],
};

/**
 * Every way the roll-up must add up: the totals row equals the sum of the unit rows in every figure; each unit's
 * statuses add up to its problems; the overdue list has one row per overdue problem, in total and per unit.
 */
export function reconcileRollup(r: Rollup): Mismatch[] {
  const out: Mismatch[] = [];
  const sums = sumOfUnits(r.units);
  for (const field of FIGURE_FIELDS) {
    const expected = field === 'recovered' ? roundAmount(figure(sums, field)) : figure(sums, field);
    const actual = field === 'recovered' ? roundAmount(figure(r.totals, field)) : figure(r.totals, field);
    if (expected !== actual) out.push({ field, expected, actual });
  }
  if (r.totals.units !== r.units.length)
    out.push({ field: 'units', expected: r.units.length, actual: r.totals.units });
  if (r.overdue.length !== r.totals.overdue)
    out.push({ field: 'overdueList', expected: r.totals.overdue, actual: r.overdue.length });
  for (const u of r.units) {
    const s = u.byStatus;
    const statuses = s.done + s.inProgress + s.notDone + s.longTerm + s.unknown;
    if (statuses !== u.total)
      out.push({ field: 'statusSum', unit: u.unit, expected: u.total, actual: statuses });
    if (u.overdueItems.length !== u.overdue)
      out.push({ field: 'overdueList', unit: u.unit, expected: u.overdue, actual: u.overdueItems.length });
  }
  return out;
}

/** One line per mismatch, naming the row and the figure. */
export function mismatchMessage(m: Mismatch, locale: Locale): string {
  const [zh, en] = LABELS[m.field];
  return m.unit === undefined
    ? tr(
        locale,
        `合计行“${zh}”为${m.actual}，各单位相加为${m.expected}`,
        `totals row "${en}" is ${m.actual}, the unit rows add up to ${m.expected}`,
      )
    : tr(
        locale,
        `${m.unit}：“${zh}”为${m.actual}，应为${m.expected}`,
        `${m.unit}: "${en}" is ${m.actual}, should be ${m.expected}`,
      );
}
