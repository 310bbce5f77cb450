// Reads the spreadsheet once per command: the ledger grid, 设置 and 通报正文, today, the as-of date and the language.

import {
  type CalendarDate,
  type Cell,
  type Finding,
  fieldLabel,
  findHeader,
  findingText,
  HISTORY_SHEET,
  isDateObject,
  isValidDate,
  LEDGER_SHEETS,
  type Ledger,
  type Locale,
  localeOf,
  NARRATIVE_SHEETS,
  openLedger,
  openSettings,
  type ParseResult,
  REMINDER_LOG_SHEET,
  REQUIRED_FIELDS,
  SETTINGS_SHEETS,
  type Settings,
  TOTALS_SHEETS,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { commonMessages } from '../../core/messages/common';
import { platformMessages } from '../../core/messages/platform';
import { UserError } from './errors';
import type { Services } from './services';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Everything a command needs, read once; commands reuse it instead of reading the sheet again. */
export interface LedgerContext {
  services: Services;
  ss: Spreadsheet;
  timeZone: string;
  sheet: Sheet;
  /** getDataRange().getValues() of the ledger sheet: grid[0] is sheet row 1. */
  grid: Cell[][];
  /** Rows and columns of the data range (0 when the sheet is empty). */
  numRows: number;
  numColumns: number;
  /** The displayed text of the same range, read on first use (one call). */
  displayValues(): string[][];
  /** A Date cell as the calendar date the spreadsheet's zone shows. */
  dateOf(value: Date): CalendarDate | null;
  settings: Settings;
  /** Findings on 设置 cells (they carry sheet: '设置'). */
  settingsFindings: Finding[];
  settingsSheet: Sheet | null;
  /** The 通报正文 grid, when asked for and present. */
  narrative: Cell[][] | null;
  today: CalendarDate;
  asOf: CalendarDate;
  locale: Locale;
  parsed: ParseResult;
  /** Null only when loaded with requireHeader: false and no header row was found. */
  ledger: Ledger | null;
}

export interface LoadOptions {
  /** Read 通报正文 too (the notice needs it). */
  narrative?: boolean;
  /**
   * 'complete' (default): a UserError unless the header names every required column;
   * 'found': a header row must exist; 'none': never throws on the header (validate reports it).
   */
  requireHeader?: 'complete' | 'found' | 'none';
}

/** The first sheet with one of the names, or null; one getSheetByName call per name. */
export function sheetByNames(ss: Spreadsheet, names: readonly string[]): Sheet | null {
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Values of a whole sheet (getDataRange().getValues()); an empty sheet gives []. */
export function readGrid(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues() as Cell[][];
}

/** True when no cell holds anything: an empty sheet's getDataRange().getValues() still gives [['']]. */
export function isBlankGrid(grid: readonly (readonly Cell[])[]): boolean {
  return grid.every((row) => row.every((c) => c === '' || c == null));
}

/**
 * The ledger sheet and its values: 台账/Ledger by name, else the first other sheet whose top rows hold a
 * ledger header. Returns null when there is none.
 */
export function findLedgerSheet(ss: Spreadsheet): { sheet: Sheet; grid: Cell[][] } | null {
  const named = sheetByNames(ss, LEDGER_SHEETS);
  if (named) return { sheet: named, grid: readGrid(named) };
  const skip = new Set([
    ...SETTINGS_SHEETS,
    ...NARRATIVE_SHEETS,
    ...TOTALS_SHEETS,
    REMINDER_LOG_SHEET,
    HISTORY_SHEET,
  ]);
  for (const sheet of ss.getSheets()) {
    if (skip.has(sheet.getName())) continue;
    const grid = readGrid(sheet);
    if (!isBlankGrid(grid) && findHeader(grid).header) return { sheet, grid };
  }
  return null;
}

/** Converts Date cells with one Utilities.formatDate call per distinct instant (dates repeat down a ledger). */
export function calendarDateReader(
  services: Services,
  timeZone: string,
): (value: Date) => CalendarDate | null {
  const cache = new Map<number, CalendarDate | null>();
  return (value: Date) => {
    if (!isValidDate(value)) return null;
    const ms = value.getTime();
    let date = cache.get(ms);
    if (date === undefined) {
      const text = services.utilities.formatDate(value, timeZone, 'yyyy-MM-dd');
      date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
      cache.set(ms, date);
    }
    return date;
  };
}

/** Today's calendar date in the spreadsheet's zone. */
export function todayIn(services: Services, timeZone: string): CalendarDate {
  return services.utilities.formatDate(services.now(), timeZone, 'yyyy-MM-dd');
}

/** The user's language before any sheet is read: the account locale (works in AuthMode.NONE). */
export function sessionLocale(services: Services): Locale {
  try {
    return localeOf(services.session.getActiveUserLocale());
  } catch {
    return 'zh';
  }
}

export interface SettingsRead {
  settings: Settings;
  findings: Finding[];
  sheet: Sheet | null;
  /** The 设置 values as getValues returned them ([] without the sheet): callers need not read it again. */
  values: Cell[][];
  locale: Locale;
}

/** The 设置 sheet and its values, Date cells as calendar dates in the spreadsheet's zone ([] without the sheet). */
function readSettingsSheet(
  ss: Spreadsheet,
  dateOf: (value: Date) => CalendarDate | null,
): { sheet: Sheet | null; raw: Cell[][]; grid: Cell[][] } {
  const sheet = sheetByNames(ss, SETTINGS_SHEETS);
  const raw = sheet ? readGrid(sheet) : [];
  // The core would read a Date's UTC fields, a day early east of Greenwich.
  const grid = raw.map((row) => row.map((c) => (isDateObject(c) ? (dateOf(c) ?? '') : c)));
  return { sheet, raw, grid };
}

/** Reads 设置; the 语言 setting picks the language when it is filled in, else the account's locale does. */
export function readSettings(
  services: Services,
  ss: Spreadsheet,
  dateOf: (value: Date) => CalendarDate | null,
): SettingsRead {
  const { sheet, raw, grid } = readSettingsSheet(ss, dateOf);
  const opened = openSettings({ settingsGrid: grid, platformLocale: () => sessionLocale(services) });
  return {
    settings: opened.settings,
    findings: opened.settingsFindings,
    sheet,
    values: raw,
    locale: opened.locale,
  };
}

/** Loads the ledger context; throws UserError when there is no ledger to work on. */
export function loadLedger(services: Services, options: LoadOptions = {}): LedgerContext {
  const ss = services.spreadsheet.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const dateOf = calendarDateReader(services, timeZone);
  const settingsRead = readSettingsSheet(ss, dateOf);
  const platformLocale = () => sessionLocale(services);
  const found = findLedgerSheet(ss);
  if (!found) {
    const { locale } = openSettings({ settingsGrid: settingsRead.grid, platformLocale });
    throw new UserError(say(locale, platformMessages.noLedger), 'ledger.not-found');
  }
  const { sheet, grid } = found;
  const today = todayIn(services, timeZone);
  const narrativeSheet = options.narrative ? sheetByNames(ss, NARRATIVE_SHEETS) : null;
  const opened = openLedger({
    grid,
    settingsGrid: settingsRead.grid,
    narrative: narrativeSheet ? readGrid(narrativeSheet) : null,
    platformLocale,
    today,
    parse: { firstRow: 1, dateOf },
  });
  const require = options.requireHeader ?? 'complete';
  if (require !== 'none') assertHeader(opened.parsed, sheet.getName(), opened.locale, require === 'complete');
  let display: string[][] | null = null;
  return {
    ...opened,
    services,
    ss,
    timeZone,
    sheet,
    grid,
    numRows: grid.length,
    numColumns: grid[0]?.length ?? 0,
    displayValues: () => {
      display ??= sheet.getDataRange().getDisplayValues();
      return display;
    },
    dateOf,
    settingsSheet: settingsRead.sheet,
    today,
    ledger: opened.parsed.ledger,
  };
}

function assertHeader(parsed: ParseResult, sheetName: string, locale: Locale, complete: boolean): void {
  if (!parsed.ledger) {
    const names = REQUIRED_FIELDS.map((f) => fieldLabel(f, locale)).join(
      say(locale, commonMessages.listSeparator),
    );
    throw new UserError(
      say(locale, platformMessages.noHeader({ sheet: sheetName, names })),
      'header.not-found',
    );
  }
  if (!complete) return;
  const missing = parsed.findings.find((f) => f.code === 'header.missing');
  if (missing) {
    throw new UserError(
      say(
        locale,
        platformMessages.headerMissing({ sheet: sheetName, missing: findingText(locale, missing) }),
      ),
      'header.missing',
    );
  }
}
