// Edit history in Sheets: the onLedgerEdit trigger, the hidden snapshot it diffs against, and the 修改记录 sheet.
import {
  type Cell,
  diffEdit,
  HISTORY_SHEET,
  historyHeader,
  historyRows,
  LEDGER_SHEETS,
  type Locale,
  localeOf,
  maxOf,
} from '../core';
import { findLedgerSheet, readGrid } from './ledger-sheet';
import { resolveServices, type Services } from './services';
import { growTo, writeBlock } from './sheet-executor';
import { safeCell } from './sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stable name of the trigger handler (DESIGN.md: trigger handlers are stored by name). */
export const EDIT_HANDLER = 'onLedgerEdit';
/** Hidden copy of the ledger's values: onEdit gives no oldValue for a pasted range, so we diff against it. */
export const SNAPSHOT_SHEET = '_台账快照';
const HISTORY_COLUMNS = 7;

/** Document properties: who owns the edit trigger (getProjectTriggers shows only one's own), the ledger's id. */
const TRIGGER_OWNER = 'rectify.history.owner';
const LEDGER_ID = 'rectify.history.ledgerSheetId';

/** How long an edit waits for a running command before giving up (a trigger has 30 s in all). */
const EDIT_LOCK_MS = 20000;

export interface EnsureResult {
  /** True when this run created the trigger. */
  created: boolean;
  /** Extra onLedgerEdit triggers of the current user that were removed (one would log every edit twice). */
  removed: number;
  /** The account whose trigger logs edits ('' when unknown). */
  owner: string;
  /** Sheets this run created (修改记录, _台账快照). */
  createdSheets: string[];
}

/**
 * Called by 初始化台账 (inside its lock): one onEdit trigger for this spreadsheet, a fresh snapshot of the
 * ledger, and the 修改记录 sheet. Running it again leaves one trigger. When another editor already owns the
 * trigger, none is added: two owners would log every edit twice.
 */
export function ensureEditTrigger(services?: Services, ledger?: Sheet): EnsureResult {
  const s = resolveServices(services);
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const props = s.properties.getDocumentProperties();
  const me = currentUser(s);
  const recorded = props.getProperty(TRIGGER_OWNER) ?? '';
  const id = ss.getId();
  const own = s.script
    .getProjectTriggers()
    .filter(
      (t) =>
        t.getHandlerFunction() === EDIT_HANDLER &&
        t.getEventType() === s.script.EventType.ON_EDIT &&
        t.getTriggerSourceId() === id,
    );
  const result: EnsureResult = { created: false, removed: 0, owner: recorded, createdSheets: [] };
  for (const extra of own.slice(1)) {
    s.script.deleteTrigger(extra);
    result.removed++;
  }
  if (own.length === 0 && (recorded === '' || recorded === me)) {
    s.script.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
    result.created = true;
  }
  if (own.length > 0 || result.created) {
    result.owner = me;
    if (recorded !== me) props.setProperty(TRIGGER_OWNER, me);
  }
  const sheet = ledger ?? findLedgerSheet(ss)?.sheet ?? null;
  if (sheet) {
    props.setProperty(LEDGER_ID, String(sheet.getSheetId()));
    const locale = localeOf(ss.getSpreadsheetLocale());
    if (!ss.getSheetByName(HISTORY_SHEET)) {
      createHistorySheet(ss, locale);
      result.createdSheets.push(HISTORY_SHEET);
    }
    const existing = ss.getSheetByName(SNAPSHOT_SHEET);
    if (!existing) result.createdSheets.push(SNAPSHOT_SHEET);
    rewriteSnapshot(existing ?? createSnapshotSheet(ss), readGrid(sheet));
    // insertSheet activates each new sheet; the person should stay on the ledger.
    if (result.createdSheets.length > 0) sheet.activate();
  }
  return result;
}

function currentUser(s: Services): string {
  try {
    return s.session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The person who made the edit, when Google tells us (it does not for consumer accounts outside a domain). */
function editor(s: Services, e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    const active = s.session.getActiveUser().getEmail();
    if (active) return active;
  } catch {
    // Fall through to the event's user.
  }
  try {
    return e.user?.getEmail?.() || '';
  } catch {
    return '';
  }
}

function createHistorySheet(ss: Spreadsheet, locale: Locale): Sheet {
  const sheet = ss.insertSheet(HISTORY_SHEET);
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setValues([historyHeader(locale).map(safeCell)]);
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setFontWeight('bold');
  sheet.getRange('A:A').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  sheet.setFrozenRows(1);
  // Warning only: people can still read and copy it, and Rectify (running as any editor) can append.
  sheet
    .protect()
    .setDescription(
      locale === 'en' ? 'Edit history: appended by Rectify only' : '修改记录：仅由整改台账助手追加，请勿改动',
    )
    .setWarningOnly(true);
  return sheet;
}

function createSnapshotSheet(ss: Spreadsheet): Sheet {
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

function rewriteSnapshot(snapshot: Sheet, grid: readonly (readonly Cell[])[]): void {
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

/** The ledger: 台账/Ledger by name, else the sheet set-up found (its id kept in document properties). */
export function isLedgerSheet(s: Services, sheet: Sheet): boolean {
  if (LEDGER_SHEETS.includes(sheet.getName())) return true;
  const id = s.properties.getDocumentProperties().getProperty(LEDGER_ID);
  return id !== null && id === String(sheet.getSheetId());
}

/** Formats Date cells for the log in the spreadsheet's zone: the date, and the time when it has one. */
function dateTexter(s: Services, timeZone: string): (value: Date) => string {
  const cache = new Map<number, string>();
  return (value) => {
    const ms = value.getTime();
    let text = cache.get(ms);
    if (text === undefined) {
      text = s.utilities.formatDate(value, timeZone, 'yyyy-MM-dd HH:mm:ss').replace(/ 00:00:00$/, '');
      cache.set(ms, text);
    }
    return text;
  };
}

export interface EditResult {
  /** Rows appended to 修改记录. */
  logged: number;
  /** True when the snapshot was rewritten whole (rows or columns moved since the last edit). */
  resynced: boolean;
}

/**
 * Installable on-edit trigger. Reads the ledger and the snapshot once each, appends every changed cell to
 * 修改记录 in one setValues, and updates the snapshot in one more. It never writes to the ledger itself.
 */
export function onLedgerEdit(e?: GoogleAppsScript.Events.SheetsOnEdit, services?: Services): EditResult {
  const result: EditResult = { logged: 0, resynced: false };
  if (!e?.range) return result;
  const s = resolveServices(services);
  const sheet = e.range.getSheet();
  if (!isLedgerSheet(s, sheet)) return result;
  const lock = s.lock.getDocumentLock();
  if (!lock.tryLock(EDIT_LOCK_MS)) {
    // Thrown so the failure shows in the executions log; the next edit's diff resynchronises the snapshot.
    throw new Error('onLedgerEdit: the document lock was busy; this edit was not recorded in 修改记录');
  }
  try {
    const ss = sheet.getParent();
    const timeZone = ss.getSpreadsheetTimeZone();
    const locale = localeOf(ss.getSpreadsheetLocale());
    const current = readGrid(sheet);
    const existing = ss.getSheetByName(SNAPSHOT_SHEET);
    const range = {
      row: e.range.getRow(),
      column: e.range.getColumn(),
      numRows: e.range.getNumRows(),
      numColumns: e.range.getNumColumns(),
    };
    const diff = diffEdit({
      current,
      snapshot: existing ? readGrid(existing) : null,
      range,
      oldValue: (e as { oldValue?: unknown }).oldValue,
      dateText: dateTexter(s, timeZone),
      locale,
    });
    if (diff.changes.length > 0) {
      const log = ss.getSheetByName(HISTORY_SHEET) ?? createHistorySheet(ss, locale);
      const rows = historyRows(diff.changes, { time: s.now(), user: editor(s, e), locale });
      const start = Math.max(log.getLastRow(), 1) + 1;
      writeBlock(
        log,
        start,
        1,
        rows.map((r) => r.map(safeCell)),
      );
      result.logged = rows.length;
    }
    const snapshot = existing ?? createSnapshotSheet(ss);
    if (diff.snapshotStale) {
      rewriteSnapshot(snapshot, current);
      result.resynced = true;
    } else {
      const region = current
        .slice(range.row - 1, range.row - 1 + range.numRows)
        .map((row) => row.slice(range.column - 1, range.column - 1 + range.numColumns));
      growTo(snapshot, range.row + range.numRows - 1, range.column + range.numColumns - 1);
      snapshot
        .getRange(range.row, range.column, range.numRows, range.numColumns)
        .setValues(rectangle(region, range.numRows, range.numColumns));
    }
    return result;
  } finally {
    lock.releaseLock();
  }
}
