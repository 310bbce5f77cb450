// Edit history's diff: which cells of the ledger changed against the hidden snapshot, rows matched by 编号.
import { appendAll } from './arrays';
import { findHeader } from './header';
import { type CellChange, valueText } from './history';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { historyMessages } from './messages/history';
import { a1, type Cell, cellText, isBlank, isDateObject, isValidDate } from './text';

export type Grid = readonly (readonly Cell[])[];

export const at = (grid: Grid | null, r: number, c: number): Cell => grid?.[r]?.[c];

/** Equal as a person sees them: blanks alike, Dates by instant. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (isDateObject(a) && isDateObject(b))
    return a.getTime() === b.getTime() || (!isValidDate(a) && !isValidDate(b));
  return a === b;
}

export function widthOf(grid: Grid | null): number {
  let width = 0;
  for (const row of grid ?? []) width = Math.max(width, row.length);
  return width;
}

/** Header texts by column, and the header's 0-based row index (-1 when there is no header). */
export interface Header {
  /** 0-based row of the header; -1 when there is none. */
  index: number;
  texts: string[];
  idColumn: number | undefined;
}

export function headerOf(grid: Grid | null): Header {
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
export function columnMapper(now: string[], before: string[]): (c: number) => number {
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

export function fieldOf(
  header: { index: number; texts: string[] },
  r: number,
  c: number,
  locale: Locale | undefined,
): string {
  if (header.index < 0 || r < header.index) return '';
  if (r === header.index) return say(locale ?? 'zh', historyMessages.headerField);
  return header.texts[c] ?? '';
}

/** 编号 → snapshot row, for 编号 that occur once (a repeated one cannot identify a row). */
export function snapshotIdRows(
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
