// Edit history in Sheets: the onLedgerEdit trigger, its set-up, and the 修改记录 sheet it appends to.
import {
  appendAll,
  type Cell,
  diffSheet,
  HISTORY_SHEET,
  historyHeader,
  historyRows,
  LEDGER_SHEETS,
  type Locale,
  localeOf,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { historyMessages } from '../../core/messages/history';
import { findLedgerSheet, readGrid } from '../platform/ledger-sheet';
import { currentUser, keepFirst, ownedTriggers } from '../platform/owned-trigger';
import { runLocked } from '../platform/run-locked';
import { resolveServices, type Services } from '../platform/services';
import { appendRows } from '../platform/sheet-executor';
import { safeCell } from '../platform/sheet-write';
import { attributed, cellsOf, editorOf, eventCell } from './event';
import { createSnapshotSheet, rewriteSnapshot, SNAPSHOT_SHEET, type Touched, writeBox } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stable name of the trigger handler (docs/architecture.md: trigger handlers are stored by name). */
export const EDIT_HANDLER = 'onLedgerEdit';
export { SNAPSHOT_SHEET } from './snapshot';

const HISTORY_COLUMNS = 7;

/** Document properties: who owns the edit trigger (getProjectTriggers shows only one's own), the ledger's id. */
const TRIGGER_OWNER = 'rectify.history.owner';
const LEDGER_ID = 'rectify.history.ledgerSheetId';

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
  const own = ownedTriggers(
    s,
    EDIT_HANDLER,
    (t) => t.getEventType() === s.script.EventType.ON_EDIT && t.getTriggerSourceId() === id,
  );
  const removed = keepFirst(own, (extra) => s.script.deleteTrigger(extra));
  const result: EnsureResult = { created: false, removed, owner: recorded, createdSheets: [] };
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

function createHistorySheet(ss: Spreadsheet, locale: Locale): Sheet {
  const sheet = ss.insertSheet(HISTORY_SHEET);
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setValues([historyHeader(locale).map(safeCell)]);
  sheet.getRange(1, 1, 1, HISTORY_COLUMNS).setFontWeight('bold');
  sheet.getRange('A:A').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  sheet.setFrozenRows(1);
  // Warning only: people can still read and copy it, and Rectify (running as any editor) can append.
  sheet.protect().setDescription(say(locale, historyMessages.sheetProtection)).setWarningOnly(true);
  return sheet;
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
 * Installable on-edit trigger. Google runs it late, several may overlap, and they may arrive out of order; edits
 * by scripts, the API and forms fire none (https://developers.google.com/apps-script/guides/triggers/installable).
 * So each run diffs the whole ledger against the snapshot and logs every changed cell, never only the cells its
 * event names. A cell is credited to the event's editor only when the event itself proves it: a one-cell edit
 * whose e.value is the cell's value now (Google gives e.value and e.oldValue only for one cell). Anything else is
 * logged with its value as found and "编辑者未知 / editor unknown". It never writes to the ledger itself.
 */
export function onLedgerEdit(e?: GoogleAppsScript.Events.SheetsOnEdit, services?: Services): EditResult {
  const result: EditResult = { logged: 0, resynced: false };
  if (!e?.range) return result;
  const s = resolveServices(services);
  const sheet = e.range.getSheet();
  if (!isLedgerSheet(s, sheet)) return result;
  const locked = runLocked(s, 'edit', () => logEdit(s, e, sheet, result));
  if (!locked.ran) {
    // Thrown so the failure shows in the executions log. Nothing is lost: the next run's whole-sheet diff logs
    // these cells (with "editor unknown", since by then no event vouches for them).
    throw new Error('onLedgerEdit: the document lock was busy; these cells are logged by the next edit');
  }
  return locked.value;
}

function logEdit(
  s: Services,
  e: GoogleAppsScript.Events.SheetsOnEdit,
  sheet: Sheet,
  result: EditResult,
): EditResult {
  const ss = sheet.getParent();
  const timeZone = ss.getSpreadsheetTimeZone();
  const locale = localeOf(ss.getSpreadsheetLocale());
  const dateText = dateTexter(s, timeZone);
  const current = readGrid(sheet);
  const existing = ss.getSheetByName(SNAPSHOT_SHEET);
  const who = editorOf(s, e);
  const time = s.now();
  const { changes, structural } = existing
    ? diffSheet({ current, snapshot: readGrid(existing), dateText, locale })
    : // No snapshot to compare with: the event's own cells, their old values unknown unless Google gave one.
      { changes: cellsOf(e, current, dateText, locale), structural: true };
  const rows: Cell[][] = [];
  /** Cells whose snapshot value is brought up to date: every cell logged. */
  const touched: Touched[] = [];
  const single = eventCell(e);
  if (single && who !== null) {
    const mine = attributed(single, { current, changes, dateText, locale });
    if (mine) {
      appendAll(rows, historyRows(mine.before, { time, user: '', locale }));
      appendAll(rows, historyRows([mine.change], { time, user: who, locale }));
      touched.push(single);
    }
  }
  appendAll(rows, historyRows(changes, { time, user: '', locale }));
  appendAll(touched, changes);
  if (rows.length > 0) {
    const log = ss.getSheetByName(HISTORY_SHEET) ?? createHistorySheet(ss, locale);
    appendRows(
      log,
      rows.map((r) => r.map(safeCell)),
      Math.max(log.getLastRow(), 1),
    );
    result.logged = rows.length;
  }
  const snapshot = existing ?? createSnapshotSheet(ss);
  if (structural || !existing) {
    rewriteSnapshot(snapshot, current);
    result.resynced = true;
  } else if (touched.length > 0) {
    writeBox(snapshot, current, touched);
  }
  return result;
}
