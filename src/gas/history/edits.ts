// Edit history in Sheets: the onLedgerEdit trigger, the hidden snapshot it diffs against, and the 修改记录 sheet.
import {
  a1,
  appendAll,
  type Cell,
  type CellChange,
  cellText,
  diffSheet,
  eventValueText,
  findHeader,
  HISTORY_SHEET,
  historyHeader,
  historyRows,
  LEDGER_SHEETS,
  type Locale,
  localeOf,
  maxOf,
  valueText,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { historyMessages } from '../../core/messages/history';
import { findLedgerSheet, readGrid } from '../platform/ledger-sheet';
import { currentUser, keepFirst, ownedTriggers } from '../platform/owned-trigger';
import { runLocked } from '../platform/run-locked';
import { resolveServices, type Services } from '../platform/services';
import { appendRows, growTo } from '../platform/sheet-executor';
import { safeCell } from '../platform/sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stable name of the trigger handler (docs/architecture.md: trigger handlers are stored by name). */
export const EDIT_HANDLER = 'onLedgerEdit';
/** Hidden copy of the ledger's values: onEdit gives no oldValue for a pasted range, so we diff against it. */
export const SNAPSHOT_SHEET = '_台账快照';
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

/**
 * The person who made the edit, or null when Google does not say or cannot be trusted. An installable trigger runs
 * as its owner; Session.getActiveUser() then gives the editor only when Google lets the script know them (same
 * Workspace domain), and '' otherwise — consumer accounts, other domains, anonymous editors
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). e.user is "the active user,
 * if available (depending on a complex set of security restrictions)"
 * (https://developers.google.com/apps-script/guides/triggers/events#edit), and for an anonymous editor it names the
 * trigger's owner: so a blank active user with e.user equal to the owner is not evidence of anyone. The owner's own
 * edits are always known, as getActiveUser gives the script's own user.
 */
function editorOf(s: Services, e: GoogleAppsScript.Events.SheetsOnEdit): string | null {
  const email = (get: () => string | undefined) => {
    try {
      return (get() ?? '').trim();
    } catch {
      return '';
    }
  };
  const active = email(() => s.session.getActiveUser().getEmail());
  if (active !== '') return active;
  const owner = email(() => s.session.getEffectiveUser().getEmail());
  const given = email(() => e.user?.getEmail?.());
  return given !== '' && given.toLowerCase() !== owner.toLowerCase() ? given : null;
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

/** One cell of the event: where, and what Google says it held before and after. */
interface EventCell {
  row: number;
  column: number;
  oldValue: unknown;
  value: unknown;
}

/** The single cell an event describes with its values, or null (a range, or no value given). */
function eventCell(e: GoogleAppsScript.Events.SheetsOnEdit): EventCell | null {
  const range = e.range;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) return null;
  const { value, oldValue } = e as { value?: unknown; oldValue?: unknown };
  return { row: range.getRow(), column: range.getColumn(), oldValue, value };
}

type Touched = { row: number; column: number };

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

/**
 * The change a one-cell event proves its editor made, as Google reports it (true whether or not someone changed
 * the cell since), or null when the event shows no change. When the cell still holds this edit's value, the
 * change the diff found is this edit and leaves `changes`; a gap between the snapshot and Google's old value is
 * someone else's earlier edit, returned in `before` to be logged first and unattributed.
 */
function attributed(
  single: EventCell,
  ctx: { current: Cell[][]; changes: CellChange[]; dateText: (value: Date) => string; locale: Locale },
): { change: CellChange; before: CellChange[] } | null {
  const { current, changes, dateText, locale } = ctx;
  const cell = current[single.row - 1]?.[single.column - 1];
  const newText = eventValueText(single.value, cell, dateText);
  const oldText = eventValueText(single.oldValue, cell, dateText);
  if (newText === oldText) return null;
  const at = changes.findIndex((c) => c.row === single.row && c.column === single.column);
  const found = changes[at];
  const change: CellChange = {
    row: single.row,
    column: single.column,
    cell: a1(single.row, single.column),
    id: found?.id ?? changeId(current, single.row),
    field: found?.field ?? fieldName(current, single.row, single.column, locale),
    oldValue: oldText,
    newValue: newText,
  };
  const before: CellChange[] = [];
  if (found && valueText(cell, dateText) === newText) {
    changes.splice(at, 1);
    if (found.oldValue !== null && found.oldValue !== oldText) before.push({ ...found, newValue: oldText });
  }
  return { change, before };
}

/** Writes the ledger's current values over the snapshot in the smallest rectangle holding every touched cell. */
function writeBox(snapshot: Sheet, current: readonly (readonly Cell[])[], touched: Touched[]): void {
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

/** Without a snapshot: the event's cells as they are now; the old value is Google's for one cell, else unknown. */
function cellsOf(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  current: readonly (readonly Cell[])[],
  dateText: (value: Date) => string,
  locale: Locale,
): CellChange[] {
  const r = e.range;
  const out: CellChange[] = [];
  const single = r.getNumRows() === 1 && r.getNumColumns() === 1;
  for (let row = r.getRow(); row < r.getRow() + r.getNumRows(); row++) {
    for (let column = r.getColumn(); column < r.getColumn() + r.getNumColumns(); column++) {
      const cell = current[row - 1]?.[column - 1];
      const old = (e as { oldValue?: unknown }).oldValue;
      out.push({
        row,
        column,
        cell: a1(row, column),
        id: changeId(current, row),
        field: fieldName(current, row, column, locale),
        // Google omits oldValue for a one-cell edit exactly when the cell was empty.
        oldValue: single ? eventValueText(old, cell, dateText) : null,
        newValue: valueText(cell, dateText),
      });
    }
  }
  return out;
}

/** 编号 of a ledger row (1-based), '' above the data or without an 编号 column. */
function changeId(current: readonly (readonly Cell[])[], row: number): string {
  const { header } = findHeader(current);
  if (!header || header.columns.id === undefined || row <= header.index + 1) return '';
  return cellText(current[row - 1]?.[header.columns.id]);
}

/** The header text above a cell, 表头 for the header row itself. */
function fieldName(
  current: readonly (readonly Cell[])[],
  row: number,
  column: number,
  locale: Locale,
): string {
  const { header } = findHeader(current);
  if (!header || row < header.index + 1) return '';
  if (row === header.index + 1) return say(locale, historyMessages.headerField);
  return cellText(current[header.index]?.[column - 1]);
}
