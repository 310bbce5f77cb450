// The one place that writes rows and takes the document lock: every append grows its sheet first.
//
// Sheets refuses a range past the sheet's last row or column ("Those rows are out of bounds"; a new sheet
// has 1,000 rows and 26 columns: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)),
// so a log that is only ever appended to stops at its 1,000th row unless it grows:
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer).

import { say } from '../../core/messages/bilingual';
import { platformMessages } from '../../core/messages/platform';
import { UserError } from './errors';
import { sessionLocale } from './ledger-sheet';
import type { Services } from './services';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Lock = GoogleAppsScript.Lock.Lock;
export type WriteCell = string | number | boolean | Date;

/**
 * Grows the sheet so that rows 1…lastRow and columns 1…lastColumn exist: getMaxRows and getMaxColumns, plus
 * one insert call for each dimension that is short. Never shrinks.
 */
export function growTo(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const rows = sheet.getMaxRows();
  if (rows < lastRow) sheet.insertRowsAfter(rows, lastRow - rows);
  const columns = sheet.getMaxColumns();
  if (columns < lastColumn) sheet.insertColumnsAfter(columns, lastColumn - columns);
}

/**
 * Writes a rectangle of values at (row, column) in one setValues, growing the sheet first. Every row must be
 * `width` long (setValues refuses ragged grids). Returns the last row written.
 */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  values: readonly WriteCell[][],
): number {
  const [first] = values;
  if (first === undefined) return row - 1;
  const width = first.length;
  growTo(sheet, row + values.length - 1, column + width - 1);
  sheet.getRange(row, column, values.length, width).setValues(values as WriteCell[][]);
  return row + values.length - 1;
}

/** Appends rows below the sheet's last row with content (getLastRow), growing it first; returns the first row written. */
export function appendRows(sheet: Sheet, rows: readonly WriteCell[][], below = sheet.getLastRow()): number {
  writeBlock(sheet, below + 1, 1, rows);
  return below + 1;
}

/**
 * LockService.getDocumentLock(), held while `work` runs and released after, or null when another execution
 * kept it for `waitMs` (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)).
 * Called only by runLocked, which gives each kind of run its wait; taking the lock again after a dialog waits
 * as long as the run itself did.
 */
export function withDocumentLock<T>(
  s: Services,
  waitMs: number,
  work: (relock: () => void) => T,
): { ran: true; value: T } | { ran: false } {
  const lock: Lock | null = s.lock.getDocumentLock();
  if (lock && !lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work(() => relock(s, lock, waitMs)) };
  } finally {
    if (lock) lock.releaseLock();
  }
}

/**
 * Takes the lock again after a dialog. Ui.alert and Ui.prompt suspend the script until the person answers
 * ("This method suspends the server-side script while the dialog is open":
 * https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)), and a lock does
 * not outlive the suspension, so whatever the dialog decided must be written under a lock taken afresh, and
 * anything read before it read again. Throws a UserError when another execution took the lock meanwhile.
 */
function relock(s: Services, lock: Lock | null, waitMs: number): void {
  if (!lock || lock.hasLock()) return;
  if (lock.tryLock(waitMs)) return;
  const locale = sessionLocale(s);
  throw new UserError(say(locale, platformMessages.busyAfterDialog), 'lock.busy');
}
