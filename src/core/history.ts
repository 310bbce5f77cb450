// Edit history: the 修改记录 rows for changed cells, the texts they show, and one problem's entries read back.
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { historyColumns, historyMessages } from './messages/history';
import { type Cell, cellText, isDateObject, isValidDate } from './text';

export const HISTORY_SHEET = '修改记录';

type Grid = readonly (readonly Cell[])[];

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
