// Diffs one edited range against the snapshot (the edit event's own cells); diffSheet diffs the whole sheet.

import { type CellChange, valueText } from './history';
import {
  at,
  columnMapper,
  fieldOf,
  type Grid,
  type Header,
  headerOf,
  sameCell,
  snapshotIdRows,
  widthOf,
} from './history-diff';
import type { Locale } from './locale';
import { a1, type Cell, cellText, isBlank, isDateObject } from './text';

/** The edited range, 1-based, as Apps Script's e.range reports it. */
export interface EditedRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface EditInput {
  /** The ledger sheet's values from A1, after the edit. */
  current: Grid;
  /** The snapshot's values from A1 (the ledger before the edit), or null when there is none. */
  snapshot: Grid | null;
  range: EditedRange;
  /** e.oldValue: Apps Script gives it only for a single cell, and not at all when that cell was empty. */
  oldValue?: unknown;
  /** Text of a Date cell as a person reads it (the spreadsheet's zone); defaults to its UTC date. */
  dateText?: (value: Date) => string;
  locale?: Locale;
}

export interface EditDiff {
  changes: CellChange[];
  /**
   * True when cells outside the edited range differ from the snapshot: rows or columns were inserted,
   * deleted or sorted (none of which fires onEdit), or something wrote without an edit event. The caller
   * then rewrites the whole snapshot instead of just the edited range.
   */
  snapshotStale: boolean;
}

/** Diffs the edited range: one change per cell whose value differs from what it was. */
export function diffEdit(input: EditInput): EditDiff {
  const { current, snapshot, range } = input;
  const text = (value: Cell) => valueText(value, input.dateText);
  const nowHeader = headerOf(current);
  const beforeHeader = headerOf(snapshot);
  const mapColumn = columnMapper(nowHeader.texts, beforeHeader.texts);
  const top = range.row - 1;
  const left = range.column - 1;
  const bottom = top + range.numRows - 1;
  const right = left + range.numColumns - 1;
  const width = Math.max(widthOf(current), widthOf(snapshot), right + 1);
  const inRange = (c: number) => c >= left && c <= right;
  const outsideColumns: number[] = [];
  for (let c = 0; c < width; c++) if (!inRange(c)) outsideColumns.push(c);
  const idRows = snapshotIdRows(snapshot, beforeHeader.idColumn, beforeHeader.index);

  /** The snapshot row that held this row before the edit; 'blank' for a row inserted since; null if unknown. */
  const sourceRow = (r: number): number | 'blank' | null => {
    if (!snapshot) return null;
    if (outsideColumns.every((c) => sameCell(at(current, r, c), at(snapshot, r, mapColumn(c))))) return r;
    if (outsideColumns.every((c) => isBlank(at(current, r, c)))) return 'blank';
    const id = nowHeader.idColumn === undefined ? '' : cellText(at(current, r, nowHeader.idColumn));
    return id === '' ? null : (idRows.get(id) ?? null);
  };

  const single = range.numRows === 1 && range.numColumns === 1;
  const changes: CellChange[] = [];
  for (let r = top; r <= bottom; r++) {
    const source = sourceRow(r);
    for (let c = left; c <= right; c++) {
      const after = at(current, r, c);
      const givenOld = single && input.oldValue !== undefined && input.oldValue !== null;
      // Unchanged cells are skipped before any formatting: a date costs the adapter a formatDate call.
      if (!givenOld && source === 'blank' && isBlank(after)) continue;
      if (!givenOld && typeof source === 'number' && sameCell(after, at(snapshot, source, mapColumn(c))))
        continue;
      const before = oldTextOf(input, source, mapColumn(c), givenOld);
      const afterText = text(after);
      if (before !== null && before === afterText) continue;
      changes.push({
        row: r + 1,
        column: c + 1,
        cell: a1(r + 1, c + 1),
        id: rowIdOf(input, nowHeader, beforeHeader, r, source),
        field: fieldOf(nowHeader, r, c, input.locale),
        oldValue: before,
        newValue: afterText,
      });
    }
  }
  return { changes, snapshotStale: isStale(input, width) };
}

type Source = number | 'blank' | null;

/**
 * The cell's old text: Apps Script's own old value for a one-cell edit beats a snapshot that something else may
 * have outdated; else the snapshot's (the source row's); '' for a row inserted since; null when unknown.
 */
function oldTextOf(input: EditInput, source: Source, column: number, givenOld: boolean): string | null {
  const text = (value: Cell) => valueText(value, input.dateText);
  const { snapshot } = input;
  if (givenOld) {
    const given = String(input.oldValue);
    const snap = source !== null && source !== 'blank' ? at(snapshot, source, column) : undefined;
    return snap !== undefined && (isDateObject(snap) || String(snap) === given) ? text(snap) : given;
  }
  if (source === 'blank') return '';
  if (source !== null) return text(at(snapshot, source, column));
  const { range } = input;
  // No snapshot, and Apps Script omits oldValue exactly when the cell was empty.
  const single = range.numRows === 1 && range.numColumns === 1;
  return single && input.oldValue === undefined && !snapshot ? '' : null;
}

/** The row's 编号 now, else the one its source row had in the snapshot (an edit that cleared it). */
function rowIdOf(input: EditInput, now: Header, before: Header, r: number, source: Source): string {
  if (now.idColumn === undefined || r <= now.index) return '';
  const id = cellText(at(input.current, r, now.idColumn));
  if (id !== '' || typeof source !== 'number' || before.idColumn === undefined) return id;
  return cellText(at(input.snapshot, source, before.idColumn));
}

/** Whether any cell outside the edited range differs from the snapshot (rows or columns moved). */
function isStale(input: EditInput, width: number): boolean {
  const { current, snapshot, range } = input;
  if (!snapshot) return true;
  const top = range.row - 1;
  const left = range.column - 1;
  const bottom = top + range.numRows - 1;
  const right = left + range.numColumns - 1;
  const rows = Math.max(current.length, snapshot.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      if (r >= top && r <= bottom && c >= left && c <= right) continue;
      if (!sameCell(at(current, r, c), at(snapshot, r, c))) return true;
    }
  }
  return false;
}
