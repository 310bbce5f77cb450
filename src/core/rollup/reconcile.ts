// The roll-up's arithmetic checked before anything is written: a totals row that disagrees is an error, never output.
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { figureNames, rollupChecks } from '../messages/rollup';
import { FIGURE_FIELDS, type FigureField, figure, type Rollup, roundAmount, sumOfUnits } from './rollup';

export interface Mismatch {
  /** The figure that disagrees. */
  field: FigureField | 'statusSum' | 'overdueList' | 'units';
  /** The unit whose own row does not add up; absent for the totals row. */
  unit?: string;
  expected: number;
  actual: number;
}

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
  const p = { figure: figureNames[m.field], actual: m.actual, expected: m.expected };
  return say(
    locale,
    m.unit === undefined ? rollupChecks.totalsMismatch(p) : rollupChecks.unitMismatch({ ...p, unit: m.unit }),
  );
}
