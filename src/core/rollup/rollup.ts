// Many units' rows into one roll-up: duplicates set apart, a totals row, ranked views, overdue and common problems.
import type { CalendarDate } from '../dates';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { rollupColumns } from '../messages/rollup';
import { emptyFigures, type GroupFigures } from '../totals';
import { rollupSentence } from './sentence';
import { nameKey, type RollupOverdueItem, type UnitSummary } from './unit';

export interface UnreadableUnit {
  file: string;
  reason: string;
}

/** Two or more files that name one unit: none of them is counted, because adding them would count it twice. */
export interface DuplicateUnit {
  unit: string;
  files: string[];
}

/** The figures a unit row and the totals row share, so one check compares them field by field. */
export interface RollupFigures extends GroupFigures {
  recovered: number;
  onTimeMeasured: number;
  onTimeCount: number;
}

export interface RollupTotals extends RollupFigures {
  /** Units counted. */
  units: number;
  /** Closed ÷ total, unrounded. */
  completionRate: number;
  onTimeRate: number | null;
}

/** A category across units: the common problems (共性问题). */
export interface CategoryRollup extends GroupFigures {
  key: string;
  name: string;
  /** Units that have problems in this category, in the order they were read. */
  units: string[];
}

export interface RankedUnit {
  /** Equal figures share a rank (1, 2, 2, 4). */
  rank: number;
  unit: UnitSummary;
}

export interface Rollup {
  asOf: CalendarDate;
  locale: Locale;
  /** Counted units in the order they were read. */
  units: UnitSummary[];
  duplicates: DuplicateUnit[];
  unreadable: UnreadableUnit[];
  /** Made from the categories, not from the unit rows, so the reconciliation compares two sums. */
  totals: RollupTotals;
  byCategory: CategoryRollup[];
  /** Every open overdue problem of every counted unit, longest overdue first. */
  overdue: RollupOverdueItem[];
  byOverdue: RankedUnit[];
  byCompletion: RankedUnit[];
  sentence: string;
}

export const FIGURE_FIELDS = [
  'total',
  'done',
  'inProgress',
  'notDone',
  'longTermStatus',
  'unknown',
  'longTermTasks',
  'pendingApproval',
  'overdue',
  'dueSoon',
  'recovered',
  'onTimeMeasured',
  'onTimeCount',
] as const;

export type FigureField = (typeof FIGURE_FIELDS)[number];

/** One figure of a row by name; byStatus.longTerm is 'longTermStatus' beside the long-term flag count. */
export function figure(f: RollupFigures, field: FigureField): number {
  switch (field) {
    case 'done':
    case 'inProgress':
    case 'notDone':
    case 'unknown':
      return f.byStatus[field];
    case 'longTermStatus':
      return f.byStatus.longTerm;
    default:
      return f[field];
  }
}

/** Adds one group's counts to a sum: a unit to the sum of units, a unit's category to the category or the totals. */
function addFigures(into: GroupFigures, from: GroupFigures): void {
  into.total += from.total;
  into.byStatus.done += from.byStatus.done;
  into.byStatus.inProgress += from.byStatus.inProgress;
  into.byStatus.notDone += from.byStatus.notDone;
  into.byStatus.longTerm += from.byStatus.longTerm;
  into.byStatus.unknown += from.byStatus.unknown;
  into.longTermTasks += from.longTermTasks;
  into.pendingApproval += from.pendingApproval;
  into.overdue += from.overdue;
  into.dueSoon += from.dueSoon;
}

/** 万元 sums without float noise (0.1 + 0.2). */
export function roundAmount(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** The roll-up's sum of unit rows: what the totals row must equal. */
export function sumOfUnits(units: readonly UnitSummary[]): RollupFigures {
  const sum: RollupFigures = {
    ...emptyFigures(),
    recovered: 0,
    onTimeMeasured: 0,
    onTimeCount: 0,
  };
  for (const u of units) {
    addFigures(sum, u);
    sum.recovered += u.recovered;
    sum.onTimeMeasured += u.onTimeMeasured;
    sum.onTimeCount += u.onTimeCount;
  }
  sum.recovered = roundAmount(sum.recovered);
  return sum;
}

function categoriesOf(units: readonly UnitSummary[], blankName: string): CategoryRollup[] {
  const byKey = new Map<string, CategoryRollup>();
  for (const u of units) {
    for (const c of u.categories) {
      let g = byKey.get(c.key);
      if (!g) {
        g = { key: c.key, name: c.key === '' ? blankName : c.name, units: [], ...emptyFigures() };
        byKey.set(c.key, g);
      }
      if (g.units[g.units.length - 1] !== u.unit) g.units.push(u.unit);
      addFigures(g, c);
    }
  }
  // Common first: the category most units share, then the one with most problems; blank last.
  return [...byKey.values()].sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') || b.units.length - a.units.length || b.total - a.total,
  );
}

/**
 * The totals row from the categories (each unit's byCategory groups, summed across units). The unit rows come
 * from each unit's own grand total: two sums of the same problems taken apart, which the check compares.
 */
function totalsFromCategories(
  categories: readonly CategoryRollup[],
  units: readonly UnitSummary[],
): RollupTotals {
  const sum = emptyFigures();
  for (const c of categories) addFigures(sum, c);
  // Amounts and on-time counts are not kept per category: they come from the units.
  const sums = sumOfUnits(units);
  return {
    units: units.length,
    total: sum.total,
    byStatus: sum.byStatus,
    longTermTasks: sum.longTermTasks,
    pendingApproval: sum.pendingApproval,
    overdue: sum.overdue,
    dueSoon: sum.dueSoon,
    recovered: sums.recovered,
    onTimeMeasured: sums.onTimeMeasured,
    onTimeCount: sums.onTimeCount,
    completionRate: sum.total === 0 ? 0 : (sum.byStatus.done - sum.pendingApproval) / sum.total,
    onTimeRate: sums.onTimeMeasured > 0 ? sums.onTimeCount / sums.onTimeMeasured : null,
  };
}

function ranked(
  units: readonly UnitSummary[],
  primary: (u: UnitSummary) => number,
  secondary: (u: UnitSummary) => number,
): RankedUnit[] {
  const order = units.map((u, i) => ({ u, i }));
  order.sort((a, b) => primary(a.u) - primary(b.u) || secondary(a.u) - secondary(b.u) || a.i - b.i);
  const out: RankedUnit[] = [];
  let previous: RankedUnit | null = null;
  for (const [i, { u }] of order.entries()) {
    // A unit level with the one before it on the primary figure shares its rank (1, 2, 2, 4).
    const rank: number = previous !== null && primary(u) === primary(previous.unit) ? previous.rank : i + 1;
    previous = { rank, unit: u };
    out.push(previous);
  }
  return out;
}

export interface RollupOptions {
  asOf: CalendarDate;
  locale?: Locale;
}

/**
 * Collects unit rows one at a time (a reader never has to hold more than one ledger) and makes the roll-up.
 * Only the small per-unit summaries are kept.
 */
export class RollupBuilder {
  private readonly units: UnitSummary[] = [];
  private readonly unreadable: UnreadableUnit[] = [];

  constructor(private readonly options: RollupOptions) {}

  addUnit(unit: UnitSummary): void {
    this.units.push(unit);
  }

  addUnreadable(file: string, reason: string): void {
    this.unreadable.push({ file, reason });
  }

  finish(): Rollup {
    const locale = this.options.locale ?? 'zh';
    const groups = new Map<string, UnitSummary[]>();
    for (const u of this.units) {
      const key = nameKey(u.unit);
      const list = groups.get(key);
      if (list) list.push(u);
      else groups.set(key, [u]);
    }
    const duplicates: DuplicateUnit[] = [];
    const counted: UnitSummary[] = [];
    for (const u of this.units) {
      const list = groups.get(nameKey(u.unit)) as UnitSummary[];
      if (list.length === 1) counted.push(u);
      else if (list[0] === u) duplicates.push({ unit: u.unit, files: list.map((x) => x.file) });
    }
    const byCategory = categoriesOf(counted, say(locale, rollupColumns.blankCategory));
    const totals = totalsFromCategories(byCategory, counted);
    const overdue: RollupOverdueItem[] = [];
    for (const u of counted) for (const o of u.overdueItems) overdue.push(o);
    overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
    return {
      asOf: this.options.asOf,
      locale,
      units: counted,
      duplicates,
      unreadable: this.unreadable.slice(),
      totals,
      byCategory,
      overdue,
      byOverdue: ranked(
        counted,
        (u) => -u.overdue,
        (u) => u.completionRate,
      ),
      byCompletion: ranked(
        counted,
        (u) => -u.completionRate,
        (u) => u.overdue,
      ),
      sentence: rollupSentence(totals, this.options.asOf, locale),
    };
  }
}
