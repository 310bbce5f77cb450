// The roll-up notice as the unit notice's model: sentence, a table of units, each unit's overdue table, 共性问题.
import { dateInWords } from '../dates';
import { type Locale, tr } from '../locale';
import type {
  NoticeDocument,
  NoticeResult,
  NoticeSection,
  NoticeTable,
  NoticeWarning,
} from '../notice/model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { overdueHeader, progressCells, progressHeader } from './columns';
import type { Rollup } from './rollup';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** （一）…（九十九）: the units under 三 are numbered as GB/T's second level. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones === 0 ? '' : NUMERALS[ones - 1]}`;
}

function marker(index: number, l: Locale): string {
  return l === 'en' ? `${index + 1}. ` : `${NUMERALS[index]}、`;
}

/** The table of units: one row each, and the totals row. */
export function unitTable(r: Rollup, l: Locale): NoticeTable {
  return {
    caption: null,
    header: [tr(l, '序号', 'No.'), ...progressHeader(l)],
    rows: r.units.map((u, i) => [String(i + 1), ...progressCells(u.unit, u).map(String)]),
    footer: ['', ...progressCells(tr(l, '合计', 'Total'), r.totals).map(String)],
    align: ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    widths: [3, 11, 4, 4, 4, 4, 4, 6, 4],
  };
}

/** One table per unit with overdue problems: 编号, office, deadline, days overdue. */
export function overdueTables(r: Rollup, l: Locale): NoticeTable[] {
  const byUnit = new Map<string, Rollup['overdue']>();
  for (const u of r.units) if (u.overdueItems.length > 0) byUnit.set(u.unit, u.overdueItems);
  let n = 0;
  const tables: NoticeTable[] = [];
  for (const [unit, items] of byUnit) {
    n++;
    tables.push({
      caption: tr(
        l,
        `（${chineseOrdinal(n)}）${unit}：逾期未完成${items.length}个`,
        `(${n}) ${unit}: ${items.length} overdue`,
      ),
      header: overdueHeader(l),
      rows: items.map((o) => [o.id, o.department, o.due, String(o.daysOverdue)]),
      footer: null,
      align: ['left', 'left', 'center', 'right'],
      widths: [4, 10, 6, 4],
    });
  }
  return tables;
}

/** 共性问题: categories across units, the most widely shared first. */
export function categoryTable(r: Rollup, l: Locale): NoticeTable {
  return {
    caption: null,
    header: [
      tr(l, '问题类别', 'Category'),
      tr(l, '涉及单位', 'Units'),
      tr(l, '问题数', 'Problems'),
      tr(l, '已完成', 'Done'),
      tr(l, '未完成整改', 'Open'),
      tr(l, '已逾期', 'Overdue'),
    ],
    rows: r.byCategory.map((c) => [
      c.name,
      String(c.units.length),
      String(c.total),
      String(c.byStatus.done),
      String(c.total - c.byStatus.done),
      String(c.overdue),
    ]),
    footer: null,
    align: ['left', 'right', 'right', 'right', 'right', 'right'],
    widths: [12, 4, 4, 4, 4, 4],
  };
}

export interface RollupNoticeInput {
  rollup: Rollup;
  /** The supervising office's settings: 发文单位, 通报标题, fonts, 通报日期. Defaults when absent. */
  settings?: Settings;
}

/** The roll-up notice in the unit notice's model, so the same layout and renderers print it. */
export function buildRollupNotice(input: RollupNoticeInput): NoticeResult {
  const r = input.rollup;
  const l = r.locale;
  const s = input.settings ?? DEFAULT_SETTINGS;
  const warnings: NoticeWarning[] = [];
  const overdueUnits = r.units.filter((u) => u.overdue > 0).length;
  const drafts: Omit<NoticeSection, 'marker'>[] = [];
  const overall: string[] = [];
  if (r.totals.overdue > 0)
    overall.push(
      tr(
        l,
        `已逾期未完成的问题${r.totals.overdue}个，涉及${overdueUnits}家单位。`,
        `${r.totals.overdue} problems are overdue, in ${overdueUnits} ${overdueUnits === 1 ? 'unit' : 'units'}.`,
      ),
    );
  const left = r.unreadable.length + r.duplicates.reduce((n, d) => n + d.files.length, 0);
  if (left > 0) {
    overall.push(
      tr(
        l,
        `另有${left}个台账文件未计入本次汇总（无法读取或同一单位报送了多个文件）。`,
        `${left} ledger ${left === 1 ? 'file is' : 'files are'} not included (unreadable, or several files from one unit).`,
      ),
    );
    warnings.push({
      code: 'rollup.incomplete',
      message: tr(l, `${left}个台账文件未计入汇总`, `${left} ledger files are not included`),
    });
  }
  drafts.push({
    kind: 'progress',
    title: tr(l, '总体情况', 'Overall'),
    paragraphs: [],
    summary: [r.sentence, ...overall].join(''),
    groups: [],
  });
  drafts.push({
    kind: 'progress',
    title: tr(l, '各单位整改进展情况', 'Progress by unit'),
    paragraphs: [],
    summary: null,
    groups: [],
    tables: [unitTable(r, l)],
  });
  const overdue = overdueTables(r, l);
  drafts.push({
    kind: 'progress',
    title: tr(l, '逾期未完成的问题', 'Overdue problems'),
    paragraphs:
      overdue.length === 0 ? [tr(l, '各单位均无逾期未完成的问题。', 'No unit has an overdue problem.')] : [],
    summary: null,
    groups: [],
    tables: overdue,
  });
  if (r.byCategory.length > 0)
    drafts.push({
      kind: 'progress',
      title: tr(l, '共性问题', 'Problems common to several units'),
      paragraphs: [],
      summary: null,
      groups: [],
      tables: [categoryTable(r, l)],
    });
  const issuer = s.issuer.trim() || null;
  const noticeDate = s.noticeDate ?? r.asOf;
  const notice: NoticeDocument = {
    title:
      s.noticeTitle.trim() ||
      tr(
        l,
        `关于${r.totals.units}家被巡察党组织巡察整改进展情况的通报`,
        `Rectification progress of ${r.totals.units} inspected party organisations`,
      ),
    preamble: null,
    sections: drafts.map((d, i) => ({ ...d, marker: marker(i, l) })),
    supervision: null,
    issuer,
    dateText: dateInWords(noticeDate, l),
    noticeDate,
    asOf: r.asOf,
    fonts: { title: s.fontTitle, body: s.fontBody, heading1: s.fontHeading1, heading2: s.fontHeading2 },
    locale: l,
  };
  return { notice, warnings };
}
