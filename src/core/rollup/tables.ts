// The overview's sheets as plain grids (header, rows, column formats): the .xlsx writer and the Sheets roll-up share them.

import type { CalendarDate } from '../dates';
import { fieldLabel } from '../fields';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { commonMessages } from '../messages/common';
import { rollupColumns as C, overviewText as O } from '../messages/rollup';
import { statusLabel } from '../status';
import { overdueHeader } from './columns';
import type { RankedUnit, Rollup } from './rollup';
import type { UnitSummary } from './unit';

/** How a column's numbers read: a rate as 63.41%, 万元 without float noise, a date as a date cell. */
export type ColumnFormat = 'percent' | 'amount' | 'date' | null;

/** A cell of an overview sheet; a date is a CalendarDate with the column's format 'date'. */
export type OverviewCell = string | number | null;

export interface OverviewTable {
  /** The sheet's name in the overview's language. */
  name: string;
  /** Lines above the header (a title and the sentence), each one merged across the table. */
  banner: string[];
  header: string[];
  rows: OverviewCell[][];
  /** A bold totals row under the rows whose counts are sums of the column above; null for none. */
  totals: OverviewCell[] | null;
  /** Columns whose totals cell is the SUM of the rows (0-based). */
  summed: number[];
  formats: ColumnFormat[];
  widths: number[];
}

export interface OverviewTables {
  units: OverviewTable;
  byOverdue: OverviewTable;
  byCompletion: OverviewTable;
  overdue: OverviewTable;
  categories: OverviewTable;
  /** Files left out (unreadable, or one unit in several files); null when every file was counted. */
  notIncluded: OverviewTable | null;
  /** The chart's sheet name. */
  chart: string;
}

/** Columns of a unit row after its first column (序号 or 名次): the same labels on every sheet. */
function unitColumns(l: Locale): { header: string; width: number; format: ColumnFormat }[] {
  return [
    { header: say(l, C.unit), width: 28, format: null },
    { header: say(l, C.problems), width: 9, format: null },
    { header: statusLabel('done', l), width: 9, format: null },
    { header: statusLabel('inProgress', l), width: 10, format: null },
    { header: statusLabel('notDone', l), width: 9, format: null },
    { header: statusLabel('longTerm', l), width: 10, format: null },
    { header: say(l, C.unknownStatus), width: 9, format: null },
    { header: say(l, C.completionRate), width: 10, format: 'percent' },
    { header: say(l, C.onTimeRate), width: 11, format: 'percent' },
    { header: say(l, C.overdue), width: 9, format: null },
    { header: say(l, C.dueSoon), width: 9, format: null },
    { header: fieldLabel('recovered', l), width: 14, format: 'amount' },
    { header: say(l, C.ledgerErrors), width: 9, format: null },
    { header: say(l, C.file), width: 40, format: null },
  ];
}

function unitCells(u: UnitSummary): OverviewCell[] {
  return [
    u.unit,
    u.total,
    u.byStatus.done,
    u.byStatus.inProgress,
    u.byStatus.notDone,
    u.byStatus.longTerm,
    u.byStatus.unknown,
    u.completionRate,
    u.onTimeRate,
    u.overdue,
    u.dueSoon,
    u.recovered,
    u.errors,
    u.file,
  ];
}

/** 0-based columns of 各单位汇总 (序号 first) whose totals are sums: every count, the amount, the errors. */
const SUMMED_UNIT_COLUMNS = [2, 3, 4, 5, 6, 7, 10, 11, 12, 13];

/** A sheet of one header row and plain rows: no banner, no totals row. */
function plainTable(
  name: string,
  header: string[],
  rows: OverviewCell[][],
  formats: ColumnFormat[],
  widths: number[],
): OverviewTable {
  return { name, banner: [], header, rows, totals: null, summed: [], formats, widths };
}

function rankedTable(name: string, ranked: RankedUnit[], l: Locale): OverviewTable {
  const columns = unitColumns(l);
  return plainTable(
    name,
    [say(l, C.rank), ...columns.map((c) => c.header)],
    ranked.map((x) => [x.rank, ...unitCells(x.unit)]),
    [null, ...columns.map((c) => c.format)],
    [6, ...columns.map((c) => c.width)],
  );
}

/** 各单位汇总: the title and sentence above, a row a unit, and the totals row. */
function unitsTable(r: Rollup, asOfText: string): OverviewTable {
  const l = r.locale;
  const columns = unitColumns(l);
  const t = r.totals;
  return {
    name: say(l, O.unitsSheet),
    banner: [say(l, O.unitsBanner({ asOf: asOfText })), r.sentence],
    header: [say(l, C.number), ...columns.map((c) => c.header)],
    rows: r.units.map((u, i) => [i + 1, ...unitCells(u)]),
    totals: [
      null,
      say(l, C.total),
      t.total,
      t.byStatus.done,
      t.byStatus.inProgress,
      t.byStatus.notDone,
      t.byStatus.longTerm,
      t.byStatus.unknown,
      t.completionRate,
      t.onTimeRate,
      t.overdue,
      t.dueSoon,
      t.recovered,
      r.units.reduce((n, u) => n + u.errors, 0),
      say(l, O.unitsTotal({ n: t.units })),
    ],
    summed: SUMMED_UNIT_COLUMNS,
    formats: [null, ...columns.map((c) => c.format)],
    widths: [6, ...columns.map((c) => c.width)],
  };
}

/** 逾期问题: one row per overdue problem, its deadline a date cell. */
function overdueTable(r: Rollup): OverviewTable {
  const l = r.locale;
  return plainTable(
    say(l, O.overdueSheet),
    [say(l, C.unit), ...overdueHeader(l), say(l, C.ledgerRow)],
    r.overdue.map((o) => [o.unit, o.id, o.department, o.due as CalendarDate, o.daysOverdue, o.row]),
    [null, null, null, 'date', null, null],
    [28, 10, 20, 12, 10, 10],
  );
}

/** 共性问题: a row a category, with the units that share it. */
function categoriesTable(r: Rollup): OverviewTable {
  const l = r.locale;
  const header = [fieldLabel('category', l), say(l, C.unitCount), say(l, C.problems)];
  for (const s of ['done', 'inProgress', 'notDone', 'longTerm'] as const) header.push(statusLabel(s, l));
  for (const m of [C.unknownStatus, C.overdue, C.unitNames]) header.push(say(l, m));
  return plainTable(
    say(l, O.categoriesSheet),
    header,
    r.byCategory.map((c) => [
      c.name,
      c.units.length,
      c.total,
      c.byStatus.done,
      c.byStatus.inProgress,
      c.byStatus.notDone,
      c.byStatus.longTerm,
      c.byStatus.unknown,
      c.overdue,
      c.units.join(say(l, commonMessages.listSeparator)),
    ]),
    header.map(() => null),
    [30, 10, 9, 9, 10, 9, 10, 9, 9, 60],
  );
}

/** 未汇总: each file left out and why; null when every file was counted. */
function notIncludedTable(r: Rollup): OverviewTable | null {
  const l = r.locale;
  const left: OverviewCell[][] = r.unreadable.map((u) => [u.file, u.reason]);
  for (const d of r.duplicates)
    for (const file of d.files) {
      const others = d.files.filter((f) => f !== file);
      left.push([file, say(l, O.duplicateFile({ unit: d.unit, others }))]);
    }
  if (left.length === 0) return null;
  return plainTable(
    say(l, O.notIncludedSheet),
    [say(l, C.file), say(l, C.reason)],
    left,
    [null, null],
    [50, 80],
  );
}

/** The overview's sheets; dates print in the overview's language. */
export function overviewTables(r: Rollup, asOfText: string): OverviewTables {
  const l = r.locale;
  return {
    units: unitsTable(r, asOfText),
    byOverdue: rankedTable(say(l, O.byOverdueSheet), r.byOverdue, l),
    byCompletion: rankedTable(say(l, O.byCompletionSheet), r.byCompletion, l),
    overdue: overdueTable(r),
    categories: categoriesTable(r),
    notIncluded: notIncludedTable(r),
    chart: say(l, O.chartSheet),
  };
}
