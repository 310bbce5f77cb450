// The 提醒记录 sheet in Sheets: read once into the planner's memory, appended once per run with one setValues.
import {
  type Cell,
  LOG_COLUMNS,
  type Locale,
  type LogEntry,
  logHeader,
  logRow,
  REMINDER_LOG_SHEET,
  type ReminderMemory,
  readReminderLog,
} from '../../core';
import { readGrid } from '../platform/ledger-sheet';
import { writeBlock } from '../platform/sheet-executor';
import { safeCell } from '../platform/sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReminderLog {
  sheet: Sheet | null;
  /** Rows the sheet holds now (header included); new rows go below. */
  rows: number;
  memory: ReminderMemory;
}

/** One getSheetByName, and getDataRange + getValues when the sheet exists. */
export function readLog(ss: Spreadsheet): ReminderLog {
  const sheet = ss.getSheetByName(REMINDER_LOG_SHEET);
  const grid: Cell[][] = sheet ? readGrid(sheet) : [];
  // A sheet with only an empty first row (a fresh sheet reads as one) holds no rows yet.
  const first = grid.length === 1 ? grid[0] : undefined;
  const empty = first?.every((c) => c === '' || c === null || c === undefined) === true;
  return { sheet, rows: empty ? 0 : grid.length, memory: readReminderLog(grid) };
}

/**
 * Appends the entries in one setValues (with the header when the sheet is new), so a run leaves either all
 * of its rows or none. Every text is written as text: "10-1（逾期）" must not turn into a date.
 */
export function appendLog(
  ss: Spreadsheet,
  log: ReminderLog,
  entries: readonly LogEntry[],
  now: Date,
  locale: Locale,
): number {
  if (entries.length === 0) return 0;
  const rows: Cell[][] = entries.map((e) => logRow(e, now, locale));
  let sheet = log.sheet;
  let start = log.rows + 1;
  if (!sheet || log.rows === 0) {
    sheet ??= ss.insertSheet(REMINDER_LOG_SHEET);
    rows.unshift(logHeader(locale));
    start = 1;
    sheet.setFrozenRows(1);
  }
  // Grows the sheet first: 提醒记录 is the memory of what was sent, and a row past the sheet's end would
  // be refused, so every later run would send every digest again.
  writeBlock(
    sheet,
    start,
    1,
    rows.map((r) => Array.from({ length: LOG_COLUMNS }, (_v, c) => safeCell(r[c]))),
  );
  log.sheet = sheet;
  log.rows = start + rows.length - 1;
  return entries.length;
}
