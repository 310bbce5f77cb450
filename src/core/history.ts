// Edit history: diffs an edited range of the ledger against the hidden snapshot into rows for 修改记录.
import { appendAll } from './arrays';
import { findHeader } from './header';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { historyColumns, historyMessages } from './messages/history';
import { a1, type Cell, cellText, isBlank, isDateObject, isValidDate } from './text';

export const HISTORY_SHEET = '修改记录';

type Grid = readonly (readonly Cell[])[];

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

export interface CellChange {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  cell: string;
  /** 编号 of the row (its new value, or the old one when the edit cleared it). */
  id: string;
  /** The column's header as written, 表头 for the header row itself, '' above it. */
  field: string;
  /** null when the old value cannot be known (no snapshot and no e.oldValue). */
  oldValue: string | null;
  newValue: string;
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

const at = (grid: Grid | null, r: number, c: number): Cell => grid?.[r]?.[c];

/** Equal as a person sees them: blanks alike, Dates by instant. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isDateObject(a) && isDateObject(b))
    return a.getTime() === b.getTime() || (!isValidDate(a) && !isValidDate(b));
  return a === b;
}

function widthOf(grid: Grid | null): number {
  let width = 0;
  for (const row of grid ?? []) width = Math.max(width, row.length);
  return width;
}

/** Header texts by column, and the header's 0-based row index (-1 when there is no header). */
interface Header {
  /** 0-based row of the header; -1 when there is none. */
  index: number;
  texts: string[];
  idColumn: number | undefined;
}

function headerOf(grid: Grid | null): Header {
  if (!grid) return { index: -1, texts: [], idColumn: undefined };
  const { header } = findHeader(grid);
  if (!header) return { index: -1, texts: [], idColumn: undefined };
  return {
    index: header.index,
    texts: (grid[header.index] ?? []).map(cellText),
    idColumn: header.columns.id,
  };
}

/**
 * Maps a current column to the snapshot's column of the same header, so an inserted or moved column
 * (which fires no onEdit) does not shift every old value; positional when the header does not say.
 */
function columnMapper(now: string[], before: string[]): (c: number) => number {
  const index = new Map<string, number>();
  const repeated = new Set<string>();
  before.forEach((text, c) => {
    if (text === '') return;
    if (index.has(text)) repeated.add(text);
    index.set(text, c);
  });
  return (c) => {
    const text = now[c] ?? '';
    if (text === '' || repeated.has(text) || (before[c] ?? '') === text) return c;
    return index.get(text) ?? c;
  };
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

export interface SheetDiff {
  /** Every cell whose value differs from the snapshot row it maps to, in sheet order. */
  changes: CellChange[];
  /**
   * True when rows were matched away from their position (inserted, deleted or sorted rows) or the size changed:
   * the caller then rewrites the whole snapshot rather than the changed cells.
   */
  structural: boolean;
}

/**
 * Diffs the whole sheet against the snapshot. Installable edit triggers run late, overlap and arrive out of order
 * (https://developers.google.com/apps-script/guides/triggers/installable), and edits by scripts, the API or forms
 * fire no trigger at all, so the cells one event names are not the only ones that may have changed since the
 * snapshot: every changed cell is found here, none is absorbed into the snapshot unlogged. Rows are matched by
 * 编号 when they moved, so a sorted or inserted row does not read as every cell below it changing.
 */
export function diffSheet(input: {
  current: Grid;
  snapshot: Grid;
  dateText?: (value: Date) => string;
  locale?: Locale;
}): SheetDiff {
  const { current, snapshot } = input;
  const nowHeader = headerOf(current);
  const beforeHeader = headerOf(snapshot);
  const mapColumn = columnMapper(nowHeader.texts, beforeHeader.texts);
  const width = Math.max(widthOf(current), widthOf(snapshot));
  const idRows = snapshotIdRows(snapshot, beforeHeader.idColumn, beforeHeader.index);
  const currentIds = rowIds(current, nowHeader);
  const sameRow = (r: number, source: number) => {
    for (let c = 0; c < width; c++)
      if (!sameCell(at(current, r, c), at(snapshot, source, mapColumn(c)))) return false;
    return true;
  };
  const rowBlank = (r: number) => {
    for (let c = 0; c < width; c++) if (!isBlank(at(current, r, c))) return false;
    return true;
  };
  const idOf = (grid: Grid, column: number | undefined, r: number) =>
    column === undefined ? '' : cellText(at(grid, r, column));
  let structural = current.length !== snapshot.length || widthOf(current) !== widthOf(snapshot);
  const changes: CellChange[] = [];
  const rows = Math.max(current.length, snapshot.length);
  for (let r = 0; r < rows; r++) {
    if (sameRow(r, r)) continue;
    let source = r;
    const id = r > nowHeader.index ? idOf(current, nowHeader.idColumn, r) : '';
    const moved = id !== '' ? idRows.get(id) : undefined;
    if (moved !== undefined && moved !== r) {
      source = moved;
      structural = true;
    } else if (rowBlank(r)) {
      // A row that moved away (its 编号 now stands elsewhere) left nothing to log here.
      const before = idOf(snapshot, beforeHeader.idColumn, r);
      if (before !== '' && currentIds.has(before)) {
        structural = true;
        continue;
      }
    }
    const rowId = id !== '' ? id : idOf(snapshot, beforeHeader.idColumn, source);
    appendAll(changes, rowChanges(input, { r, source, width, id: rowId, header: nowHeader, mapColumn }));
  }
  return { changes, structural };
}

/** The 编号 of every row below the header. */
function rowIds(grid: Grid, header: Header): Set<string> {
  const ids = new Set<string>();
  if (header.idColumn === undefined) return ids;
  for (let r = header.index + 1; r < grid.length; r++) {
    const id = cellText(at(grid, r, header.idColumn));
    if (id !== '') ids.add(id);
  }
  return ids;
}

/** The changed cells of row `r` against its snapshot row `source`, with the columns mapped by header. */
function rowChanges(
  input: { current: Grid; snapshot: Grid; dateText?: (value: Date) => string; locale?: Locale },
  row: {
    r: number;
    source: number;
    width: number;
    id: string;
    header: Header;
    mapColumn: (c: number) => number;
  },
): CellChange[] {
  const { r, source } = row;
  const changes: CellChange[] = [];
  for (let c = 0; c < row.width; c++) {
    const after = at(input.current, r, c);
    const was = at(input.snapshot, source, row.mapColumn(c));
    if (sameCell(after, was)) continue;
    const oldText = valueText(was, input.dateText);
    const newText = valueText(after, input.dateText);
    if (oldText === newText) continue;
    changes.push({
      row: r + 1,
      column: c + 1,
      cell: a1(r + 1, c + 1),
      id: row.id,
      field: fieldOf(row.header, r, c, input.locale),
      oldValue: oldText,
      newValue: newText,
    });
  }
  return changes;
}

function fieldOf(
  header: { index: number; texts: string[] },
  r: number,
  c: number,
  locale: Locale | undefined,
): string {
  if (header.index < 0 || r < header.index) return '';
  if (r === header.index) return say(locale ?? 'zh', historyMessages.headerField);
  return header.texts[c] ?? '';
}

/**
 * The text of an edit event's value as the log shows it. Google documents e.value and e.oldValue only as "the
 * new/old cell value" (https://developers.google.com/apps-script/guides/triggers/events#edit); a date arrives as
 * its serial number (days since 1899-12-30 in the sheet's wall time), which is turned into the same text a Date
 * cell gets (yyyy-mm-dd, with the time when it has one), so `matches` can compare it with the cell.
 */
export function eventValueText(value: unknown, cell: Cell, dateText?: (value: Date) => string): string {
  if (value === undefined || value === null) return '';
  const raw = String(value);
  if (isDateObject(cell) && /^-?\d+(\.\d+)?$/.test(raw)) {
    const ms = Math.round((Number(raw) - 25569) * 86400000);
    const wall = new Date(ms);
    const date = wall.toISOString().slice(0, 10);
    const time = wall.toISOString().slice(11, 19);
    const asCell = time === '00:00:00' ? date : `${date} ${time}`;
    // The cell's own text when it shows the same wall time, so both read alike in the log.
    const shown = valueText(cell, dateText);
    return shown === asCell ? shown : asCell;
  }
  if (typeof cell === 'boolean')
    return raw.toUpperCase() === 'TRUE'
      ? valueText(true)
      : raw.toUpperCase() === 'FALSE'
        ? valueText(false)
        : raw;
  return raw;
}

/** 编号 → snapshot row, for 编号 that occur once (a repeated one cannot identify a row). */
function snapshotIdRows(
  snapshot: Grid | null,
  idColumn: number | undefined,
  headerIndex: number,
): Map<string, number> {
  const rows = new Map<string, number>();
  if (!snapshot || idColumn === undefined) return rows;
  const repeated = new Set<string>();
  for (let r = headerIndex + 1; r < snapshot.length; r++) {
    const id = cellText(at(snapshot, r, idColumn));
    if (id === '') continue;
    if (rows.has(id)) repeated.add(id);
    rows.set(id, r);
  }
  for (const id of repeated) rows.delete(id);
  return rows;
}

/** A cell as the log shows it: dates as calendar dates, numbers and text as typed. */
export function valueText(value: Cell, dateText?: (value: Date) => string): string {
  if (isDateObject(value)) {
    if (!isValidDate(value)) return '';
    return dateText ? dateText(value) : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') return value;
  return cellText(value);
}

/** The 修改记录 sheet's header row. */
export function historyHeader(locale: Locale = 'zh'): string[] {
  const c = historyColumns;
  return [c.time, c.user, c.cell, c.id, c.field, c.oldValue, c.newValue].map((text) => say(locale, text));
}

export const UNKNOWN_OLD_VALUE = historyMessages.unknownOldValue;
/** Who made an edit when Google does not say, or says something that cannot be trusted. */
export const UNKNOWN_USER = historyMessages.unknownUser;

/** Rows to append to 修改记录, one per changed cell, all stamped with the same time and user. */
export function historyRows(
  changes: readonly CellChange[],
  stamp: { time: Cell; user: string; locale?: Locale },
): Cell[][] {
  const locale = stamp.locale ?? 'zh';
  const user = stamp.user.trim() === '' ? say(locale, UNKNOWN_USER) : stamp.user.trim();
  return changes.map((c) => [
    stamp.time,
    user,
    c.cell,
    c.id,
    c.field,
    c.oldValue ?? say(locale, UNKNOWN_OLD_VALUE),
    c.newValue,
  ]);
}

export interface HistoryEntry {
  time: Cell;
  user: string;
  cell: string;
  id: string;
  field: string;
  oldValue: string;
  newValue: string;
}

/**
 * One problem's entries from 修改记录 (header row included or not), newest first: matched by 编号, or by
 * the row of the cell when the problem has no 编号.
 */
export function problemHistory(log: Grid, problem: { id: string; row: number }): HistoryEntry[] {
  const id = problem.id.trim();
  const out: HistoryEntry[] = [];
  for (const cells of log) {
    const cell = cellText(cells[2]);
    const match = /^[A-Z]+(\d+)$/.exec(cell);
    if (!match) continue;
    const entryId = cellText(cells[3]);
    if (id !== '' ? entryId !== id : Number(match[1]) !== problem.row) continue;
    out.push({
      time: cells[0],
      user: cellText(cells[1]),
      cell,
      id: entryId,
      field: cellText(cells[4]),
      oldValue: valueText(cells[5]),
      newValue: valueText(cells[6]),
    });
  }
  return out.reverse();
}
