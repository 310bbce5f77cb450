// The overview's sheets as plain grids (header, rows, column formats): the .xlsx writer and the Sheets roll-up share them.
import type { CalendarDate } from '../dates';
import { type Locale, tr } from '../locale';
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
    { header: tr(l, '单位', 'Unit'), width: 28, format: null },
    { header: tr(l, '问题数', 'Problems'), width: 9, format: null },
    { header: statusLabel('done', l), width: 9, format: null },
    { header: statusLabel('inProgress', l), width: 10, format: null },
    { header: statusLabel('notDone', l), width: 9, format: null },
    { header: statusLabel('longTerm', l), width: 10, format: null },
    { header: tr(l, '状态不明', 'Unknown status'), width: 9, format: null },
    { header: tr(l, '完成率', 'Completion rate'), width: 10, format: 'percent' },
    { header: tr(l, '按期完成率', 'On-time rate'), width: 11, format: 'percent' },
    { header: tr(l, '已逾期', 'Overdue'), width: 9, format: null },
    { header: tr(l, '即将到期', 'Due soon'), width: 9, format: null },
    { header: tr(l, '追赃挽损（万元）', 'Recovered (10k CNY)'), width: 14, format: 'amount' },
    { header: tr(l, '台账错误', 'Ledger errors'), width: 9, format: null },
    { header: tr(l, '文件', 'File'), width: 40, format: null },
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

function rankedTable(name: string, ranked: RankedUnit[], l: Locale): OverviewTable {
  const columns = unitColumns(l);
  return {
    name,
    banner: [],
    header: [tr(l, '名次', 'Rank'), ...columns.map((c) => c.header)],
    rows: ranked.map((x) => [x.rank, ...unitCells(x.unit)]),
    totals: null,
    summed: [],
    formats: [null, ...columns.map((c) => c.format)],
    widths: [6, ...columns.map((c) => c.width)],
  };
}

/** The overview's sheets; dates print in the overview's language. */
export function overviewTables(r: Rollup, asOfText: string): OverviewTables {
  const l = r.locale;
  const columns = unitColumns(l);
  const t = r.totals;
  const units: OverviewTable = {
    name: tr(l, '各单位汇总', 'Units'),
    banner: [
      tr(
        l,
        `各单位巡察整改进展汇总（截至${asOfText}）`,
        `Rectification progress by unit (as of ${asOfText})`,
      ),
      r.sentence,
    ],
    header: [tr(l, '序号', 'No.'), ...columns.map((c) => c.header)],
    rows: r.units.map((u, i) => [i + 1, ...unitCells(u)]),
    totals: [
      null,
      tr(l, '合计', 'Total'),
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
      tr(l, `${t.units}家单位`, `${t.units} units`),
    ],
    summed: SUMMED_UNIT_COLUMNS,
    formats: [null, ...columns.map((c) => c.format)],
    widths: [6, ...columns.map((c) => c.width)],
  };
  const overdue: OverviewTable = {
    name: tr(l, '逾期问题', 'Overdue'),
    banner: [],
    header: [tr(l, '单位', 'Unit'), ...overdueHeader(l), tr(l, '台账行号', 'Ledger row')],
    rows: r.overdue.map((o) => [o.unit, o.id, o.department, o.due as CalendarDate, o.daysOverdue, o.row]),
    totals: null,
    summed: [],
    formats: [null, null, null, 'date', null, null],
    widths: [28, 10, 20, 12, 10, 10],
  };
  const categories: OverviewTable = {
    name: tr(l, '共性问题', 'Common problems'),
    banner: [],
    header: [
      tr(l, '问题类别', 'Category'),
      tr(l, '涉及单位数', 'Units'),
      tr(l, '问题数', 'Problems'),
      statusLabel('done', l),
      statusLabel('inProgress', l),
      statusLabel('notDone', l),
      statusLabel('longTerm', l),
      tr(l, '状态不明', 'Unknown status'),
      tr(l, '已逾期', 'Overdue'),
      tr(l, '涉及单位', 'Which units'),
    ],
    rows: r.byCategory.map((c) => [
      c.name,
      c.units.length,
      c.total,
      c.byStatus.done,
      c.byStatus.inProgress,
      c.byStatus.notDone,
      c.byStatus.longTerm,
      c.byStatus.unknown,
      c.overdue,
      c.units.join(tr(l, '、', ', ')),
    ]),
    totals: null,
    summed: [],
    formats: [null, null, null, null, null, null, null, null, null, null],
    widths: [30, 10, 9, 9, 10, 9, 10, 9, 9, 60],
  };
  const left: OverviewCell[][] = r.unreadable.map((u) => [u.file, u.reason]);
  for (const d of r.duplicates)
    for (const file of d.files) {
      const others = d.files.filter((f) => f !== file);
      left.push([
        file,
        tr(
          l,
          `与${others.join('、')}同为“${d.unit}”的台账，均未计入汇总，请保留其一后重新汇总`,
          `names the same unit "${d.unit}" as ${others.join(', ')}; neither is counted: keep one and roll up again`,
        ),
      ]);
    }
  return {
    units,
    byOverdue: rankedTable(tr(l, '按逾期排名', 'By overdue'), r.byOverdue, l),
    byCompletion: rankedTable(tr(l, '按完成率排名', 'By completion'), r.byCompletion, l),
    overdue,
    categories,
    notIncluded:
      left.length === 0
        ? null
        : {
            name: tr(l, '未汇总', 'Not included'),
            banner: [],
            header: [tr(l, '文件', 'File'), tr(l, '原因', 'Reason')],
            rows: left,
            totals: null,
            summed: [],
            formats: [null, null],
            widths: [50, 80],
          },
    chart: tr(l, '图表', 'Chart'),
  };
}
