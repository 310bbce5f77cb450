// The roll-up notice as the unit notice's model: sentence, a table of units, each unit's overdue table, 共性问题.
import { dateInWords } from '../dates';
import { fieldLabel } from '../fields';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { chineseOrdinal, numbering } from '../messages/numbering';
import { rollupColumns as C, rollupNoticeText as T } from '../messages/rollup';
import type {
  NoticeDocument,
  NoticeResult,
  NoticeSection,
  NoticeTable,
  NoticeWarning,
} from '../notice/model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { statusLabel } from '../status';
import { overdueHeader, progressCells, progressHeader } from './columns';
import type { Rollup } from './rollup';

export { chineseOrdinal } from '../messages/numbering';

/** The table of units: one row each, and the totals row. */
export function unitTable(r: Rollup, l: Locale): NoticeTable {
  return {
    caption: null,
    header: [say(l, C.number), ...progressHeader(l)],
    rows: r.units.map((u, i) => [String(i + 1), ...progressCells(u.unit, u).map(String)]),
    footer: ['', ...progressCells(say(l, C.total), r.totals).map(String)],
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
      caption: say(l, T.overdueCaption({ n, ordinal: chineseOrdinal(n), unit, count: items.length })),
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
      fieldLabel('category', l),
      say(l, C.noticeUnitCount),
      say(l, C.problems),
      statusLabel('done', l),
      say(l, C.open),
      say(l, C.overdue),
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

type SectionDraft = Omit<NoticeSection, 'marker'>;

function tableSection(title: string, tables: NoticeTable[], paragraphs: string[] = []): SectionDraft {
  return { kind: 'progress', title, paragraphs, summary: null, groups: [], tables };
}

/** How many ledger files were left out: the unreadable ones and every file of a unit sent twice. */
function filesLeftOut(r: Rollup): number {
  return r.unreadable.length + r.duplicates.reduce((n, d) => n + d.files.length, 0);
}

/** 总体情况: the sentence, then the overdue count and the files left out when there are any. */
function overallSection(r: Rollup): SectionDraft {
  const l = r.locale;
  const overall = [r.sentence];
  const overdueUnits = r.units.filter((u) => u.overdue > 0).length;
  if (r.totals.overdue > 0)
    overall.push(say(l, T.overdueSummary({ overdue: r.totals.overdue, units: overdueUnits })));
  const left = filesLeftOut(r);
  if (left > 0) overall.push(say(l, T.notIncluded({ files: left })));
  return {
    kind: 'progress',
    title: say(l, T.overallTitle),
    paragraphs: [],
    summary: overall.join(''),
    groups: [],
  };
}

/** The four sections: overall, the table of units, the overdue problems, and 共性问题 when there are categories. */
function rollupSections(r: Rollup): SectionDraft[] {
  const l = r.locale;
  const overdue = overdueTables(r, l);
  const drafts = [
    overallSection(r),
    tableSection(say(l, T.byUnitTitle), [unitTable(r, l)]),
    tableSection(say(l, T.overdueTitle), overdue, overdue.length === 0 ? [say(l, T.noOverdue)] : []),
  ];
  if (r.byCategory.length > 0) drafts.push(tableSection(say(l, T.commonTitle), [categoryTable(r, l)]));
  return drafts;
}

/** The roll-up notice in the unit notice's model, so the same layout and renderers print it. */
export function buildRollupNotice(input: RollupNoticeInput): NoticeResult {
  const r = input.rollup;
  const l = r.locale;
  const s = input.settings ?? DEFAULT_SETTINGS;
  const warnings: NoticeWarning[] = [];
  const left = filesLeftOut(r);
  if (left > 0)
    warnings.push({ code: 'rollup.incomplete', message: say(l, T.notIncludedWarning({ files: left })) });
  const noticeDate = s.noticeDate ?? r.asOf;
  const notice: NoticeDocument = {
    title: s.noticeTitle.trim() || say(l, T.defaultTitle({ units: r.totals.units })),
    preamble: null,
    sections: rollupSections(r).map((d, i) => ({ ...d, marker: say(l, numbering.section({ index: i })) })),
    supervision: null,
    issuer: s.issuer.trim() || null,
    dateText: dateInWords(noticeDate, l),
    noticeDate,
    asOf: r.asOf,
    fonts: { title: s.fontTitle, body: s.fontBody, heading1: s.fontHeading1, heading2: s.fontHeading2 },
    locale: l,
  };
  return { notice, warnings };
}
