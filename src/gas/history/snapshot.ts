// The hidden _台账快照 sheet: the ledger's values as last logged, which each edit is diffed against.
import { type Cell, maxOf } from '../../core';
import { growTo } from '../platform/sheet-executor';
import { safeCell } from '../platform/sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Hidden copy of the ledger's values: onEdit gives no oldValue for a pasted range, so we diff against it. */
export const SNAPSHOT_SHEET = '_台账快照';

/** A ledger cell the snapshot has brought up to date. */
export type Touched = { row: number; column: number };

export function createSnapshotSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.insertSheet(SNAPSHOT_SHEET);
  sheet.hideSheet();
  sheet.protect().setDescription('整改台账助手：修改记录所用快照，请勿改动').setWarningOnly(true);
  return sheet;
}

function rectangle(
  grid: readonly (readonly Cell[])[],
  rows: number,
  columns: number,
): (string | number | boolean | Date)[][] {
  const out: (string | number | boolean | Date)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: (string | number | boolean | Date)[] = [];
    for (let c = 0; c < columns; c++) row.push(safeCell(grid[r]?.[c]));
    out.push(row);
  }
  return out;
}

export function rewriteSnapshot(snapshot: Sheet, grid: readonly (readonly Cell[])[]): void {
  snapshot.clearContents();
  const rows = grid.length;
  const columns = maxOf(
    grid.map((r) => r.length),
    0,
  );
  if (rows === 0 || columns === 0) return;
  growTo(snapshot, rows, columns);
  snapshot.getRange(1, 1, rows, columns).setValues(rectangle(grid, rows, columns));
}

/** Writes the ledger's current values over the snapshot in the smallest rectangle holding every touched cell. */
export function writeBox(snapshot: Sheet, current: readonly (readonly Cell[])[], touched: Touched[]): void {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const t of touched) {
    top = Math.min(top, t.row);
    left = Math.min(left, t.column);
    bottom = Math.max(bottom, t.row);
    right = Math.max(right, t.column);
  }
  const region = current.slice(top - 1, bottom).map((row) => row.slice(left - 1, right));
  growTo(snapshot, bottom, right);
  snapshot
    .getRange(top, left, bottom - top + 1, right - left + 1)
    .setValues(rectangle(region, bottom - top + 1, right - left + 1));
}
