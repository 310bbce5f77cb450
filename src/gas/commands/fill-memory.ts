// Which ledger rows Rectify painted, and with which shade: a hidden sheet, so a person's fill is never taken for ours.
//
// Rectify's shades are not in Sheets' default palette, but a fill's colour alone cannot prove who chose it (a
// person may type any hex). So 标记逾期 notes what it painted, row by row, and later treats a fill as its own only
// when the cell still carries exactly the shade it noted for that row. A row is known by its 编号 (so sorting,
// which moves fills with rows, keeps the match), or by its row number when it has no 编号 of its own.
import { type Cell, cellText, type Ledger } from '../../core';
import { type Block, isNewSheet, type NewSheet, type Target } from '../platform/outcome';
import { safeCell } from '../platform/sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FILL_MEMORY_SHEET = '_台账标色';
const HEADER = ['行（编号或#行号）', '整改台账助手所标底色'];

/** Row key → the shade Rectify painted there. */
export type FillMemory = Map<string, string>;

/** One getSheetByName, and one read when the sheet exists. */
export function readFillMemory(ss: Spreadsheet): { sheet: Sheet | null; painted: FillMemory } {
  const sheet = ss.getSheetByName(FILL_MEMORY_SHEET);
  const painted: FillMemory = new Map();
  if (!sheet) return { sheet, painted };
  const grid = sheet.getDataRange().getValues() as Cell[][];
  for (const row of grid.slice(1)) {
    const key = cellText(row[0]);
    const colour = cellText(row[1]).toLowerCase();
    if (key !== '' && colour !== '') painted.set(key, colour);
  }
  return { sheet, painted };
}

/** The key of every data row (sheet row → key): its 编号 when no other row has it, else '#<row>'. */
export function rowKeys(ledger: Ledger): Map<number, string> {
  const count = new Map<string, number>();
  for (const p of ledger.problems) if (p.id !== '') count.set(p.id, (count.get(p.id) ?? 0) + 1);
  const keys = new Map<number, string>();
  for (const p of ledger.problems) keys.set(p.row, p.id !== '' && count.get(p.id) === 1 ? p.id : `#${p.row}`);
  return keys;
}

/**
 * Replaces the memory with what this run painted: the hidden sheet is created the first time (warning-only
 * protected, so a person editing it is asked first), else emptied and rewritten.
 */
export function fillMemoryWrites(
  sheet: Sheet | null,
  painted: FillMemory,
): { block: Block; create: NewSheet[]; clear: { sheet: Target; what: 'contents' }[] } {
  const target: Target = sheet ?? {
    create: FILL_MEMORY_SHEET,
    hidden: true,
    warningOnly: '整改台账助手：标色记录，请勿改动',
  };
  const rows = [HEADER, ...[...painted].map(([key, colour]) => [key, colour])].map((r) => r.map(safeCell));
  const block: Block = {
    sheet: target,
    row: 1,
    column: 1,
    numRows: rows.length,
    numColumns: HEADER.length,
    values: rows,
  };
  return isNewSheet(target)
    ? { block, create: [target], clear: [] }
    : { block, create: [], clear: [{ sheet: target, what: 'contents' }] };
}
