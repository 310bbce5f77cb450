// Fake Apps Script environment for tests: createFakeEnv() wires every fake service to one spreadsheet and counter.
import type { DriveAdvanced } from '../../src/gas/platform/drive-files';
import type { CallCounter } from './calls';
import { FakeCharts } from './charts';
import { Core, isDate } from './core';
import { DocumentState, FakeDocumentApp } from './document';
import { DriveState, FakeDriveApp, MimeType } from './drive';
import { FakeDriveApi } from './drive-api';
import type { CellValue, Layer } from './grid';
import { FakeHtmlService, HtmlState } from './html';
import { FakeLockService, LockState } from './lock';
import { FakeConsole, FakeLogger, type LogLine, LogSink } from './logger';
import { FakeMailApp, MailState } from './mail';
import { FakePropertiesService, PropertiesState } from './properties';
import { FakeRange } from './range';
import { FakeScriptApp, TriggerState } from './script';
import { FakeSession } from './session';
import type { FakeSheet } from './sheet';
import { FakeSpreadsheet, FakeSpreadsheetApp, type Toast } from './spreadsheet';
import { FakeUi, UiState } from './ui';
import { FakeUtilities } from './utilities';

export { CallCounter } from './calls';
export { GasException, isDate } from './core';
export type { DocumentState } from './document';
export type { DriveState } from './drive';
export type { LogLine } from './logger';
export type { SentMail } from './mail';
export type { FakeRange } from './range';
export type { TriggerRecord } from './script';
export type { FakeSheet } from './sheet';
export type { FakeSpreadsheet, Toast } from './spreadsheet';
export { formatJavaDate } from './time';
export type { AlertRecord, DialogRecord, MenuEntry, MenuRecord, PromptRecord } from './ui';

/** A sheet to create: cells are stored as given (no input parsing), like data a person typed earlier. */
export interface SeedSheet {
  name: string;
  values?: unknown[][];
  formulas?: (string | null)[][];
  backgrounds?: (string | null)[][];
  notes?: (string | null)[][];
  numberFormats?: (string | null)[][];
  /** Defaults: 1000 rows and 26 columns, or more when the seed is bigger. */
  maxRows?: number;
  maxColumns?: number;
  frozenRows?: number;
}

export interface FakeEnvOptions {
  spreadsheetName?: string;
  spreadsheetId?: string;
  /** Spreadsheet time zone (default 'Asia/Shanghai'). */
  timeZone?: string;
  /** Session.getScriptTimeZone() (default: the spreadsheet's). */
  scriptTimeZone?: string;
  /** Spreadsheet locale (default 'zh_CN'). */
  locale?: string;
  /** Session.getActiveUser() e-mail (default 'owner@example.org'). */
  activeUser?: string;
  /** Spreadsheet owner (default: the active user). */
  owner?: string;
  editors?: string[];
  /** Session.getActiveUserLocale() (default 'zh_CN'). */
  userLocale?: string;
  /** MailApp.getRemainingDailyQuota() at start (default 100). */
  mailQuota?: number;
  /** Project HTML files by name ('Sidebar' or 'Sidebar.html') → content. */
  htmlFiles?: Record<string, string>;
  /** Initial sheets, first one active; default one empty sheet named by locale ('工作表1'). */
  sheets?: SeedSheet[];
  /** Caption of createAddonMenu() (default 'Rectify'). */
  addonName?: string;
  /** Parse strings written by setValues like the Sheets UI (default true; see format.ts parseInput). */
  parseUserEntered?: boolean;
  /** Echo Logger/console lines to the real console (default false). */
  echoLogs?: boolean;
  /**
   * OAuth scopes the script was granted (default: appsscript.json's oauthScopes; null grants every scope).
   * A method whose reference page lists no scope in this list throws Google's "You do not have permission".
   */
  scopes?: readonly string[] | null;
}

/** Everything a test may want to compare after a command. */
export interface SheetSnapshot {
  values: unknown[][];
  displayValues: string[][];
  formulas: string[][];
  backgrounds: string[][];
  notes: string[][];
  numberFormats: string[][];
}

/** The service globals, typed as Apps Script's, for code that takes services as parameters. */
export interface GasServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  Charts: GoogleAppsScript.Charts.Charts;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Logger: GoogleAppsScript.Base.Logger;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: DriveAdvanced;
}

export class FakeEnv {
  readonly core: Core;
  readonly calls: CallCounter;
  readonly ui: UiState;
  readonly lock: LockState;
  readonly mail: MailState;
  readonly triggers: TriggerState;
  readonly properties: PropertiesState;
  readonly html: HtmlState;
  readonly spreadsheet: FakeSpreadsheet;
  private readonly sink: LogSink;

  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly Charts: FakeCharts;
  readonly HtmlService: FakeHtmlService;
  readonly LockService: FakeLockService;
  readonly PropertiesService: FakePropertiesService;
  readonly Session: FakeSession;
  readonly Utilities: FakeUtilities;
  readonly ScriptApp: FakeScriptApp;
  readonly MailApp: FakeMailApp;
  readonly Logger: FakeLogger;
  readonly console: FakeConsole;
  /** Drive items (folders, documents, PDFs) and Google Docs content. */
  readonly drive: DriveState;
  readonly documents: DocumentState;
  readonly DriveApp: FakeDriveApp;
  /** The advanced Drive service (v3), enabled in appsscript.json. */
  readonly Drive: FakeDriveApi;
  readonly DocumentApp: FakeDocumentApp;

  constructor(options: FakeEnvOptions = {}) {
    const timeZone = options.timeZone ?? 'Asia/Shanghai';
    const activeUser = options.activeUser ?? 'owner@example.org';
    const core = new Core({
      activeUser,
      userLocale: options.userLocale ?? 'zh_CN',
      scriptTimeZone: options.scriptTimeZone ?? timeZone,
      echoLogs: options.echoLogs ?? false,
    });
    if (options.scopes !== undefined) core.scopes = options.scopes === null ? null : new Set(options.scopes);
    this.core = core;
    this.calls = core.calls;
    this.ui = new UiState(options.addonName ?? 'Rectify');
    this.lock = new LockState(core);
    // Ui.alert and Ui.prompt suspend the script; its locks are gone when it resumes.
    this.ui.onSuspend = () => this.lock.endExecution();
    this.mail = new MailState(options.mailQuota ?? 100);
    this.triggers = new TriggerState(core);
    this.properties = new PropertiesState();
    this.html = new HtmlState(options.htmlFiles);
    this.sink = new LogSink(core);
    this.spreadsheet = new FakeSpreadsheet(core, {
      id: options.spreadsheetId ?? '1FakeSpreadsheetId0123456789abcdefghijklmno',
      name: options.spreadsheetName ?? '整改台账',
      timeZone,
      locale: options.locale ?? 'zh_CN',
      owner: options.owner ?? activeUser,
      editors: options.editors ?? [],
      parseInput: options.parseUserEntered ?? true,
    });
    const ui = this.ui;
    this.SpreadsheetApp = new FakeSpreadsheetApp(core, this.spreadsheet, ui, () => new FakeUi(core, ui));
    this.Charts = new FakeCharts(core);
    this.HtmlService = new FakeHtmlService(core, this.html);
    this.LockService = new FakeLockService(core, this.lock);
    this.PropertiesService = new FakePropertiesService(core, this.properties);
    this.Session = new FakeSession(core);
    this.Utilities = new FakeUtilities(core);
    this.ScriptApp = new FakeScriptApp(core, this.triggers);
    this.MailApp = new FakeMailApp(core, this.mail);
    this.Logger = new FakeLogger(core, this.sink);
    this.console = new FakeConsole(core, this.sink);
    this.drive = new DriveState();
    this.documents = new DocumentState(this.drive);
    this.DriveApp = new FakeDriveApp(core, this.drive);
    this.Drive = new FakeDriveApi(core, this.drive);
    this.DocumentApp = new FakeDocumentApp(core, this.documents);
    // The spreadsheet is a Drive file too (in My Drive's root until a test moves it).
    this.drive.add({
      id: this.spreadsheet._id,
      name: options.spreadsheetName ?? '整改台账',
      mimeType: MimeType.GOOGLE_SHEETS,
    });

    const seeds = options.sheets ?? [];
    if (seeds.length === 0) this.spreadsheet._insert(undefined, undefined);
    for (const seed of seeds) this.addSheet(seed.name, seed.values, seed);
    this.spreadsheet._activeSheet = this.spreadsheet._sheets[0];
  }

  /** Logger and console lines, in order. */
  get logs(): LogLine[] {
    return this.sink.lines;
  }

  /** Spreadsheet.toast calls, in order. */
  get toasts(): Toast[] {
    return this.spreadsheet._toasts;
  }

  /** MailApp.sendEmail calls that went out. */
  get sentMail() {
    return this.mail.sent;
  }

  /** The service globals of Apps Script, for vm.createContext or Object.assign(globalThis, …). */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      Charts: this.Charts,
      HtmlService: this.HtmlService,
      LockService: this.LockService,
      PropertiesService: this.PropertiesService,
      Session: this.Session,
      Utilities: this.Utilities,
      ScriptApp: this.ScriptApp,
      MailApp: this.MailApp,
      Logger: this.Logger,
      console: this.console,
      DocumentApp: this.DocumentApp,
      DriveApp: this.DriveApp,
      Drive: this.Drive,
    };
  }

  /** The same services typed as Apps Script's, to pass into functions that take them as parameters. */
  get gas(): GasServices {
    return {
      SpreadsheetApp: this.SpreadsheetApp as unknown as GasServices['SpreadsheetApp'],
      spreadsheet: this.spreadsheet as unknown as GasServices['spreadsheet'],
      Charts: this.Charts as unknown as GasServices['Charts'],
      HtmlService: this.HtmlService as unknown as GasServices['HtmlService'],
      LockService: this.LockService as unknown as GasServices['LockService'],
      PropertiesService: this.PropertiesService as unknown as GasServices['PropertiesService'],
      Session: this.Session as unknown as GasServices['Session'],
      Utilities: this.Utilities as unknown as GasServices['Utilities'],
      ScriptApp: this.ScriptApp as unknown as GasServices['ScriptApp'],
      MailApp: this.MailApp as unknown as GasServices['MailApp'],
      Logger: this.Logger as unknown as GasServices['Logger'],
      DocumentApp: this.DocumentApp as unknown as GasServices['DocumentApp'],
      DriveApp: this.DriveApp as unknown as GasServices['DriveApp'],
      Drive: this.Drive as unknown as DriveAdvanced,
    };
  }

  /** Adds a sheet holding values exactly as given (Dates, numbers, strings; '' or null for empty). Not counted. */
  addSheet(name: string, values: unknown[][] = [], seed: Partial<SeedSheet> = {}): FakeSheet {
    return this.seedSheet(this.spreadsheet, name, values, seed);
  }

  private seedSheet(
    ss: FakeSpreadsheet,
    name: string,
    values: unknown[][] = [],
    seed: Partial<SeedSheet> = {},
  ): FakeSheet {
    const rows = values.length;
    const cols = values.reduce((max, r) => Math.max(max, r.length), 0);
    const sheet = ss._insert(
      name,
      undefined,
      seed.maxRows ?? Math.max(1000, rows),
      seed.maxColumns ?? Math.max(26, cols),
    );
    const g = sheet._grid;
    fill(g.values, values, (v) =>
      v === null || v === undefined || v === ''
        ? undefined
        : isDate(v)
          ? new Date(v.getTime())
          : (v as CellValue),
    );
    fill(g.formulas, seed.formulas, text);
    fill(g.backgrounds, seed.backgrounds, (v) =>
      v == null || v === '' ? undefined : String(v).toLowerCase(),
    );
    fill(g.notes, seed.notes, text);
    fill(g.numberFormats, seed.numberFormats, text);
    if (seed.formulas) {
      // A seeded formula without a value shows its text, as getValues of the fakes does for formulas.
      for (let r = 0; r < seed.formulas.length; r++) {
        for (let c = 0; c < seed.formulas[r].length; c++) {
          const f = seed.formulas[r][c];
          if (f && g.values.raw(r, c) === undefined) g.values.set(r, c, f);
        }
      }
    }
    sheet._frozenRows = seed.frozenRows ?? 0;
    return sheet;
  }

  /**
   * Another spreadsheet the user can open by id or URL (a unit's ledger for the roll-up), sharing this env's
   * counter, clock and scopes. Its sheets hold values exactly as given. Not counted.
   */
  addSpreadsheet(init: {
    id: string;
    name: string;
    sheets: SeedSheet[];
    timeZone?: string;
  }): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.core, {
      id: init.id,
      name: init.name,
      timeZone: init.timeZone ?? this.spreadsheet._timeZone,
      locale: this.spreadsheet._locale,
      owner: this.spreadsheet._owner,
      editors: [],
      parseInput: this.spreadsheet._parseInput,
    });
    for (const seed of init.sheets) this.seedSheet(ss, seed.name, seed.values, seed);
    ss._activeSheet = ss._sheets[0] ?? null;
    this.SpreadsheetApp._others.set(init.id, ss);
    return ss;
  }

  /** The sheet with this name; throws when missing. Calling its methods counts, reading _fields does not. */
  sheet(name: string): FakeSheet {
    const s = this.spreadsheet._sheet(name);
    if (!s) throw new Error(`fake env: no sheet named ${name}`);
    return s;
  }

  /**
   * Everything in a sheet, uncounted: values (Dates of the test's realm), display values, formulas,
   * fills, notes and number formats over A1 to the last row and column any of them uses (or a1).
   */
  snapshot(sheetName: string, a1?: string): SheetSnapshot {
    const sheet = this.sheet(sheetName);
    const g = sheet._grid;
    let range: FakeRange;
    if (a1) range = sheet._rangeA1(a1);
    else {
      const layers = [g.formulas, g.backgrounds, g.notes, g.numberFormats] as Layer<unknown>[];
      const rows = Math.max(sheet._lastRow(), ...layers.map((l) => l.lastRow()));
      const cols = Math.max(sheet._lastColumn(), ...layers.map((l) => l.lastColumn()));
      if (rows === 0 || cols === 0) {
        return { values: [], displayValues: [], formulas: [], backgrounds: [], notes: [], numberFormats: [] };
      }
      range = new FakeRange(this.core, sheet, 1, 1, rows, cols);
    }
    return this.calls.untracked(() => ({
      values: range._read(g.values, (v) => (v instanceof Date ? new Date(v.getTime()) : v)),
      displayValues: range.getDisplayValues(),
      formulas: range._read(g.formulas, (v) => v),
      backgrounds: range._read(g.backgrounds, (v) => v),
      notes: range._read(g.notes, (v) => v),
      numberFormats: range._read(g.numberFormats, (v) => v),
    }));
  }

  /** Values of a sheet's data range (A1 to last row/column with content), uncounted. */
  values(sheetName: string): unknown[][] {
    const sheet = this.sheet(sheetName);
    const rows = sheet._lastRow();
    const cols = sheet._lastColumn();
    if (rows === 0 || cols === 0) return [];
    return new FakeRange(this.core, sheet, 1, 1, rows, cols)._read(sheet._grid.values, (v) =>
      v instanceof Date ? new Date(v.getTime()) : v,
    );
  }

  /** Switches Session.getActiveUser (and the effective user, trigger owner and user properties/lock with it). */
  setActiveUser(email: string): void {
    this.core.activeUser = email;
    this.core.effectiveUser = null;
  }

  /** Makes the script run as someone other than the active user (an installable trigger's owner); null undoes. */
  setEffectiveUser(email: string | null): void {
    this.core.effectiveUser = email;
  }

  /**
   * Runs as an editor add-on's time-driven trigger does: no active document (getActiveSpreadsheet and
   * getDocumentProperties return null) and no UI. leaveTrigger() undoes it.
   */
  enterAddonClockTrigger(): void {
    this.core.noActiveDocument = true;
    this.ui.available = false;
  }

  leaveTrigger(): void {
    this.core.noActiveDocument = false;
    this.ui.available = true;
  }

  /** Developer metadata on the spreadsheet, uncounted: env.metadata.get(key). */
  get metadata() {
    return this.spreadsheet._metadata;
  }

  /** The Date constructor of the realm the code under test runs in (createVmContext sets it). */
  setDateConstructor(ctor: DateConstructor): void {
    this.core.DateCtor = ctor;
  }
}

function text(v: unknown): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : String(v);
}

function fill<T>(layer: Layer<T>, grid: unknown[][] | undefined, conv: (v: unknown) => T | undefined): void {
  if (!grid) return;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v = conv(row[c]);
      if (v !== undefined) layer.set(r, c, v);
    }
  }
}

export function createFakeEnv(options: FakeEnvOptions = {}): FakeEnv {
  return new FakeEnv(options);
}

const installed: { key: string; had: boolean; previous: unknown }[][] = [];

/**
 * Puts the env's services on globalThis (console only when asked, so Jest's console stays).
 * Nested installs stack; uninstallGlobals() undoes the latest.
 */
export function installGlobals(env: FakeEnv, opts: { console?: boolean } = {}): void {
  const g = globalThis as Record<string, unknown>;
  const saved: { key: string; had: boolean; previous: unknown }[] = [];
  for (const [key, value] of Object.entries(env.globals())) {
    if (key === 'console' && !opts.console) continue;
    saved.push({ key, had: key in g, previous: g[key] });
    g[key] = value;
  }
  installed.push(saved);
}

export function uninstallGlobals(): void {
  const saved = installed.pop();
  if (!saved) return;
  const g = globalThis as Record<string, unknown>;
  for (const { key, had, previous } of saved) {
    if (had) g[key] = previous;
    else delete g[key];
  }
}
