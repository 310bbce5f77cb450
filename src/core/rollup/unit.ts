// One unit's row of the roll-up, made from the ledger's own Totals, and the unit's name as the overview prints it.
import type { CalendarDate } from '../dates';
import { categoryTitle } from '../notice/items';
import { type Cell, cellText, isBlank, normalise } from '../text';
import { exactCompletionRate, type GroupFigures, type GroupTotals, type Totals } from '../totals';
import type { RollupFigures } from './rollup';

/** Where the unit's name came from, so the overview can say why two files collide. */
export type UnitNameSource = 'settings' | 'title' | 'file';

/** One open overdue problem of one unit, as the overview's overdue sheet lists it. */
export interface RollupOverdueItem {
  unit: string;
  id: string;
  department: string;
  due: CalendarDate;
  daysOverdue: number;
  /** 1-based sheet row in the unit's ledger, so the supervisor can point the unit at it. */
  row: number;
}

/** A category of one unit, keyed across units without its numbering (“1. 政治建设” and “一、政治建设” agree). */
export interface UnitCategory extends GroupFigures {
  key: string;
  name: string;
}

/** A unit's row: its figures (recovered in 万元; long-term tasks as the unit's own totals count them), and more. */
export interface UnitSummary extends RollupFigures {
  unit: string;
  unitSource: UnitNameSource;
  /** The file as the user named it (path as given, or found under the folder). */
  file: string;
  /** Closed ÷ total, unrounded (exactCompletionRate). */
  completionRate: number;
  /** onTime ÷ measured, or null when nothing can be judged. */
  onTimeRate: number | null;
  /** Errors the unit's ledger check found: its figures may be off until the unit fixes them. */
  errors: number;
  overdueItems: RollupOverdueItem[];
  categories: UnitCategory[];
}

/** The key two spellings of one name share: width, case and spaces folded. */
export function nameKey(name: string): string {
  return normalise(name).replace(/\s+/g, '').toLowerCase();
}

/** Category key across units: the unit's own numbering (“1.”, “（一）”, “一、”) dropped, then folded. */
export function categoryKey(name: string): string {
  return nameKey(categoryTitle(name));
}

function categoryOf(g: GroupTotals, blank: boolean): UnitCategory {
  return {
    key: blank ? '' : categoryKey(g.name) || nameKey(g.name),
    name: blank ? g.name : categoryTitle(g.name) || g.name,
    total: g.total,
    byStatus: { ...g.byStatus },
    longTermTasks: g.longTermTasks,
    overdue: g.overdue,
    dueSoon: g.dueSoon,
    pendingApproval: g.pendingApproval,
  };
}

export interface UnitInput {
  unit: string;
  unitSource: UnitNameSource;
  file: string;
  totals: Totals;
  /** Blank categories are grouped under this name by computeTotals (（未填） or (blank)). */
  blankCategory: string;
  errors: number;
}

/** The unit's row, from the totals every other command computes: no figure is counted a second way here. */
export function unitSummary(input: UnitInput): UnitSummary {
  const t = input.totals;
  const blankKey = nameKey(input.blankCategory);
  const overdueItems: RollupOverdueItem[] = [];
  for (const o of t.overdueDays) {
    overdueItems.push({
      unit: input.unit,
      id: o.id,
      department: o.department,
      due: o.due,
      daysOverdue: o.daysOverdue,
      row: o.row,
    });
  }
  return {
    unit: input.unit,
    unitSource: input.unitSource,
    file: input.file,
    total: t.total,
    byStatus: { ...t.byStatus },
    longTermTasks: t.longTermTasks,
    pendingApproval: t.pendingApproval,
    overdue: t.overdue,
    dueSoon: t.dueSoon,
    recovered: t.recovered,
    completionRate: exactCompletionRate(t),
    onTimeMeasured: t.onTime.measured,
    onTimeCount: t.onTime.onTime,
    onTimeRate: t.onTime.measured > 0 ? t.onTime.onTime / t.onTime.measured : null,
    errors: input.errors,
    overdueItems,
    // computeTotals names the blank group （未填）; it is the last group and only that one has the blank name.
    categories: t.byCategory.map((g, i) =>
      categoryOf(g, i === t.byCategory.length - 1 && nameKey(g.name) === blankKey),
    ),
  };
}

const TITLE_CUT =
  /(关于|落实|对照|巡察|巡视|审计|整改|台账|问题清单|\s[-–—:：]\s*|rectification|inspection|ledger)/i;

/**
 * The unit a ledger title names: “中共××市财政局党组关于市委第一巡察组巡察反馈意见整改落实台账” → “中共××市财政局党组”.
 * A title that starts with the cut words (“巡察整改台账”) names no unit: null.
 */
export function unitFromTitle(title: string): string | null {
  const text = normalise(title).trim();
  if (text === '') return null;
  const m = TITLE_CUT.exec(text);
  const head = (m ? text.slice(0, m.index) : text).replace(/[\s,，、:：\-–—(（]+$/, '').trim();
  return head.length >= 2 ? head : null;
}

/** The first non-blank cell above the header row: a title banner, when the sheet has one. */
export function titleAboveHeader(grid: readonly (readonly Cell[])[], headerIndex: number): string | null {
  for (let r = 0; r < headerIndex && r < grid.length; r++) {
    const row = grid[r] ?? [];
    for (const cell of row) if (!isBlank(cell)) return cellText(cell).trim();
  }
  return null;
}

/** “财政局.xlsx” → “财政局”; folders in the name are the caller's to drop. */
export function unitFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.replace(/\.[^.]+$/, '');
  return stem.trim() || base;
}

/**
 * The unit's name: 设置 › 被巡察单位, else the workbook's title row, else the file name. The setting wins
 * because the unit typed it for exactly this purpose; a title is a banner someone may have copied.
 */
export function unitNameOf(input: {
  setting: string;
  grid: readonly (readonly Cell[])[];
  headerIndex: number;
  fileName: string;
}): { unit: string; source: UnitNameSource } {
  const setting = input.setting.trim();
  if (setting !== '') return { unit: setting, source: 'settings' };
  const title = titleAboveHeader(input.grid, input.headerIndex);
  const fromTitle = title === null ? null : unitFromTitle(title);
  if (fromTitle !== null) return { unit: fromTitle, source: 'title' };
  return { unit: unitFromFileName(input.fileName), source: 'file' };
}
