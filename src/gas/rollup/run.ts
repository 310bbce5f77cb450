// 汇总各单位台账: reads the units listed in 设置 within the time a run allows, continues by trigger, then writes the overview.
import {
  dateInWords,
  effectiveAsOf,
  type Locale,
  mismatchMessage,
  overviewTables,
  type Rollup,
  RollupBuilder,
  reconcileRollup,
  rollupSources,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { rollupScriptText as T } from '../../core/messages/rollup';
import { isUserError, UserError } from '../platform/errors';
import { calendarDateReader, readSettings, sessionLocale, todayIn } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import {
  appendProgress,
  type Cursor,
  clearCursor,
  deleteProgress,
  loadCursor,
  type ProgressEntry,
  readProgress,
  saveCursor,
  sourcesFingerprint,
} from './progress';
import { readUnit, UnreadableUnit } from './read-unit';
import { writeOverview } from './write-overview';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/** The function the follow-up run's trigger calls (a global of the roll-up build). */
export const CONTINUE_HANDLER = 'continueRollup';

/**
 * A run stops starting new units after 4½ minutes: Apps Script ends a run at 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime: 6 min / execution"), and the
 * rest of the run saves the progress or writes the overview.
 */
export const RUN_BUDGET_MS = 270_000;

/**
 * The follow-up run starts at least a minute later: ClockTriggerBuilder.after gives the minimum delay
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)).
 */
export const CONTINUE_AFTER_MS = 60_000;

const LOCK_WAIT_MS = 3000;

export interface RollupRun {
  status: 'paused' | 'done';
  /** Units read so far, and how many 设置 lists. */
  read: number;
  count: number;
  runs: number;
  rollup: Rollup | null;
}

function title(l: Locale): string {
  return say(l, T.dialogTitle);
}

/** The continuation triggers of this project (one at most is kept). */
function deleteContinuations(services: Services): void {
  for (const t of services.script.getProjectTriggers())
    if (t.getHandlerFunction() === CONTINUE_HANDLER) services.script.deleteTrigger(t);
}

function scheduleContinuation(services: Services): void {
  deleteContinuations(services);
  services.script.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** The saved cursor when it belongs to this spreadsheet and this list of units; else a new one at the first unit. */
function cursorFor(services: Services, ss: Spreadsheet, urls: string[], fresh: () => Cursor): Cursor {
  const cursor = loadCursor(services);
  if (cursor && cursor.spreadsheetId === ss.getId() && cursor.sources === sourcesFingerprint(urls))
    return cursor;
  // A new roll-up (or the list changed since the last run): units read for another list do not count.
  deleteProgress(ss);
  return fresh();
}

/** Reads units from the cursor on until the run's budget is spent; returns them and the index it stopped at. */
function readUnits(
  services: Services,
  urls: string[],
  cursor: Cursor,
  run: { start: number; locale: Locale },
): { entries: ProgressEntry[]; next: number } {
  const entries: ProgressEntry[] = [];
  for (const [i, url] of urls.entries()) {
    if (i < cursor.next) continue;
    // At least one unit a run, so every run makes progress whatever the clock says.
    if (i > cursor.next && services.now().getTime() - run.start >= RUN_BUDGET_MS) return { entries, next: i };
    try {
      entries.push({
        index: i,
        kind: 'unit',
        unit: readUnit(services, url, { asOf: cursor.asOf, locale: run.locale }),
      });
    } catch (error) {
      if (!(error instanceof UnreadableUnit)) throw error;
      entries.push({ index: i, kind: 'unreadable', file: url, reason: error.reason });
    }
  }
  return { entries, next: urls.length };
}

/** Every unit read (saved by earlier runs and this one) as the roll-up; the run's saved state is cleared. */
function finishRollup(
  services: Services,
  ss: Spreadsheet,
  cursor: Cursor,
  entries: ProgressEntry[],
  l: Locale,
): Rollup {
  const all = cursor.next > 0 ? readProgress(ss).concat(entries) : entries;
  const builder = new RollupBuilder({ asOf: cursor.asOf, locale: l });
  for (const e of all) {
    if (e.kind === 'unit') builder.addUnit(e.unit);
    else builder.addUnreadable(e.file, e.reason);
  }
  // The run is over either way: no follow-up, no saved cursor.
  clearCursor(services);
  deleteContinuations(services);
  deleteProgress(ss);
  return builder.finish();
}

/** Checks the roll-up adds up, then writes the overview sheets and says what was left out. */
function publishRollup(services: Services, ss: Spreadsheet, r: Rollup): void {
  const l = r.locale;
  const mismatches = reconcileRollup(r);
  if (mismatches.length > 0)
    throw new UserError(
      [say(l, T.mismatch), ...mismatches.map((m) => mismatchMessage(m, l))].join('\n'),
      'rollup.mismatch',
    );
  writeOverview(services, ss, overviewTables(r, dateInWords(r.asOf, l)), r.units.length, l);
  const left = r.unreadable.length + r.duplicates.length;
  const text = left === 0 ? r.sentence : say(l, T.doneWithLeftOut({ sentence: r.sentence, left }));
  ss.toast(text, title(l), 10);
}

/**
 * One run: reads units from the cursor on until the budget is spent, then either saves where it stands and
 * schedules the next run, or (all read) reconciles the roll-up and writes the overview. Nothing is written to the
 * overview sheets before every unit is read and the figures add up.
 */
export function rollupStep(services: Services, ss: Spreadsheet): RollupRun {
  const start = services.now().getTime();
  const timeZone = ss.getSpreadsheetTimeZone();
  const dateOf = calendarDateReader(services, timeZone);
  const { settings, values, locale: l } = readSettings(services, ss, dateOf);
  const urls = rollupSources(values).map((s) => s.url);
  if (urls.length === 0) throw new UserError(say(l, T.noSources), 'rollup.no-sources');
  const cursor = cursorFor(services, ss, urls, () => ({
    spreadsheetId: ss.getId(),
    asOf: effectiveAsOf(settings, todayIn(services, timeZone)),
    locale: l,
    sources: sourcesFingerprint(urls),
    count: urls.length,
    next: 0,
    runs: 0,
  }));
  const { entries, next } = readUnits(services, urls, cursor, { start, locale: l });
  const runs = cursor.runs + 1;
  if (next < urls.length) {
    appendProgress(ss, entries);
    saveCursor(services, { ...cursor, next, runs });
    scheduleContinuation(services);
    ss.toast(say(l, T.paused({ read: next, count: urls.length })), title(l), 10);
    return { status: 'paused', read: next, count: urls.length, runs, rollup: null };
  }
  const r = finishRollup(services, ss, cursor, entries, l);
  publishRollup(services, ss, r);
  return { status: 'done', read: urls.length, count: urls.length, runs, rollup: r };
}

/**
 * Holds the script lock, not the document lock withDocumentLock takes: a time-driven trigger's run may have no
 * current document, and the roll-up script serves one spreadsheet, so the script lock keeps a menu click and a
 * follow-up run apart (https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()).
 * A UserError becomes an alert, after which nothing is written.
 */
function locked(services: Services, l: Locale, ui: Ui | null, work: () => RollupRun): RollupRun | undefined {
  const lock = services.lock.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    ui?.alert(title(l), say(l, T.busy), ui.ButtonSet.OK);
    return undefined;
  }
  try {
    return work();
  } catch (error) {
    // With no one at the screen (the follow-up run), the error ends the execution: Apps Script logs it and mails
    // the trigger's owner a failure summary.
    if (!isUserError(error) || !ui) throw error;
    ui.alert(title(l), error.message, ui.ButtonSet.OK);
    return undefined;
  } finally {
    lock.releaseLock();
  }
}

/** Menu 汇总各单位台账: starts a roll-up, or continues one a follow-up run has not finished yet. */
export function rollupUnits(services?: Services): RollupRun | undefined {
  const s = resolveServices(services);
  const ui = s.spreadsheet.getUi();
  const ss = s.spreadsheet.getActiveSpreadsheet();
  return locked(s, sessionLocale(s), ui, () => rollupStep(s, ss));
}

/**
 * The follow-up run, started by the one-off trigger. A time-driven trigger has no user at the screen, so the
 * roll-up spreadsheet is opened by the id the cursor saved (SpreadsheetApp.openById, `spreadsheets` scope).
 */
export function continueRollup(services?: Services): RollupRun | undefined {
  const s = resolveServices(services);
  const cursor = loadCursor(s);
  if (!cursor) {
    deleteContinuations(s);
    return undefined;
  }
  const ss = s.spreadsheet.openById(cursor.spreadsheetId);
  return locked(s, cursor.locale, null, () => rollupStep(s, ss));
}
