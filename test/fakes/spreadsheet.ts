// SpreadsheetApp and Spreadsheet: sheets, the active sheet and range, time zone and locale, toasts, editors.
import { splitSheet } from './a1';
import { countCalls } from './calls';
import { type Core, Fake, FakeUser, GasException } from './core';
import { DeveloperMetadataVisibility, FakeDeveloperMetadata, MetadataState } from './metadata';
import type { FakeProtection } from './protection';
import { ProtectionType } from './protection';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';
import type { FakeUi, UiState } from './ui';
import { DataValidationCriteria, FakeDataValidationBuilder } from './validation';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface SpreadsheetInit {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  parseInput: boolean;
}

export class FakeSpreadsheet extends Fake {
  readonly _id: string;
  _name: string;
  _timeZone: string;
  _locale: string;
  _owner: string;
  _editors: string[];
  /** Whether setValues parses strings like the Sheets UI does (see format.ts parseInput). */
  _parseInput: boolean;
  readonly _sheets: FakeSheet[] = [];
  _activeSheet: FakeSheet | null = null;
  readonly _toasts: Toast[] = [];
  _nextSheetId = 0;
  _nextChartId = 1;
  /** Developer metadata of the spreadsheet itself. */
  readonly _metadata = new MetadataState();

  constructor(core: Core, init: SpreadsheetInit) {
    super(core);
    this._id = init.id;
    this._name = init.name;
    this._timeZone = init.timeZone;
    this._locale = init.locale;
    this._owner = init.owner;
    this._editors = [...new Set([init.owner, ...init.editors])];
    this._parseInput = init.parseInput;
  }

  // ---- internals (not counted) ----

  _sheet(name: string): FakeSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }

  _active(): FakeSheet {
    if (!this._activeSheet || this._activeSheet._deleted) this._activeSheet = this._sheets[0];
    return this._activeSheet;
  }

  /** Adds a sheet with Google's naming rules; 'Sheet2' style default names follow the locale. */
  _insert(name: string | undefined, index: number | undefined, maxRows = 1000, maxColumns = 26): FakeSheet {
    let sheetName = name;
    if (sheetName === undefined) {
      const base = this._locale.startsWith('zh') ? '工作表' : 'Sheet';
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name.toLowerCase() === `${base}${n}`.toLowerCase())) n++;
      sheetName = `${base}${n}`;
    }
    if (this._sheets.some((s) => s._name.toLowerCase() === String(sheetName).toLowerCase())) {
      throw new GasException(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    // The first sheet of a new spreadsheet has gid 0; later ones get large distinct ids.
    const id = this._nextSheetId === 0 ? 0 : 100000000 + this._nextSheetId * 7919;
    this._nextSheetId++;
    const sheet = new FakeSheet(this._core, this, String(sheetName), id, maxRows, maxColumns);
    const at = index === undefined ? this._sheets.length : Math.max(0, Math.min(index, this._sheets.length));
    this._sheets.splice(at, 0, sheet);
    return sheet;
  }

  // ---- identity ----

  getId(): string {
    return this._id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = String(newName);
  }
  getOwner(): FakeUser {
    return new FakeUser(this._core, this._owner);
  }
  getEditors(): FakeUser[] {
    return this._editors.map((e) => new FakeUser(this._core, e));
  }
  getViewers(): FakeUser[] {
    return [];
  }
  addEditor(emailOrUser: string | FakeUser): this {
    const e = emailOrUser instanceof FakeUser ? emailOrUser._email : String(emailOrUser);
    if (!this._editors.includes(e)) this._editors.push(e);
    return this;
  }
  removeEditor(emailOrUser: string | FakeUser): this {
    const e = emailOrUser instanceof FakeUser ? emailOrUser._email : String(emailOrUser);
    this._editors = this._editors.filter((x) => x !== e || x === this._owner);
    return this;
  }

  // ---- sheets ----

  getSheets(): FakeSheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    return this._sheet(name);
  }
  getSheetById(id: number): FakeSheet | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }
  /** insertSheet(), (index), (name), (name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : undefined;
    const sheet = this._insert(name, at);
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this._sheets.indexOf(sheet);
    if (i < 0) throw new GasException('The sheet has been deleted or does not belong to this spreadsheet.');
    if (this._sheets.length === 1) throw new GasException("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    sheet._deleted = true;
    if (this._activeSheet === sheet) this._activeSheet = this._sheets[Math.max(0, i - 1)];
  }
  getActiveSheet(): FakeSheet {
    return this._active();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._activeSheet = sheet;
    return sheet;
  }
  getActiveRange(): FakeRange {
    return this._active().getActiveRange();
  }
  getActiveCell(): FakeRange {
    return this._active().getActiveCell();
  }
  setActiveRange(range: FakeRange): FakeRange {
    this._activeSheet = range._sheet;
    range._sheet._activeRange = range;
    return range;
  }
  /** 'A1:B2' on the active sheet, or 'Sheet!A1:B2' / "'My sheet'!A1". */
  getRange(a1Notation: string): FakeRange {
    const { sheetName } = splitSheet(a1Notation);
    const sheet = sheetName === null ? this._active() : this._sheet(sheetName);
    if (!sheet) throw new GasException('Range not found');
    return sheet._rangeA1(a1Notation);
  }
  getRangeByName(_name: string): FakeRange | null {
    return null;
  }
  getProtections(type: string): FakeProtection[] {
    const t = String(type) === ProtectionType.SHEET ? 'SHEET' : 'RANGE';
    return this._sheets.flatMap((s) => s._protections.filter((p) => p._type === t));
  }

  // ---- developer metadata ----

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this._metadata.entries.map((e) => new FakeDeveloperMetadata(this._core, this._metadata, e));
  }
  addDeveloperMetadata(key: string, value?: string, visibility?: string): this {
    this._metadata.add(String(key), value === undefined ? null : String(value), visibility ?? 'DOCUMENT');
    return this;
  }

  // ---- settings and feedback ----

  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  /** Recorded in env.toasts. */
  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this._toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }
}

export const BorderStyle = Object.freeze({
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
});

export const WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });

export const Dimension = Object.freeze({ ROWS: 'ROWS', COLUMNS: 'COLUMNS' });

export class FakeSpreadsheetApp extends Fake {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly BorderStyle = BorderStyle;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;

  constructor(
    core: Core,
    readonly _ss: FakeSpreadsheet,
    readonly _ui: UiState,
    readonly _makeUi: () => FakeUi,
  ) {
    super(core);
  }

  /**
   * Null in an editor add-on's time-driven trigger, which runs with no document open
   * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers): env.enterAddonClockTrigger().
   */
  getActive(): FakeSpreadsheet | null {
    return this._core.noActiveDocument ? null : this._ss;
  }
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this._core.noActiveDocument ? null : this._ss;
  }
  getActiveSheet(): FakeSheet {
    return this._ss._active();
  }
  getActiveRange(): FakeRange {
    return this._ss._active().getActiveRange();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._ss._activeSheet = sheet;
    return sheet;
  }
  /** Throws in contexts without a UI (time-driven triggers): set env.ui.available = false. */
  getUi(): FakeUi {
    if (!this._ui.available) throw new GasException('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._makeUi();
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this._core);
  }
  flush(): void {}
  /**
   * Opening another spreadsheet needs https://www.googleapis.com/auth/spreadsheets, the only scope the reference
   * lists for openById and openByUrl (checked by the counter from google-scopes.json). A file the user cannot
   * open throws; Google does not document that message, so the fake's is its own and never returns a spreadsheet.
   */
  openById(id: string): FakeSpreadsheet {
    return this._open(String(id));
  }
  openByUrl(url: string): FakeSpreadsheet {
    const m = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url).trim());
    if (!m) throw new GasException(`Invalid argument: url`);
    return this._open(m[1]);
  }
  /** Spreadsheets other than the active one that the user can open (env.addSpreadsheet). */
  readonly _others = new Map<string, FakeSpreadsheet>();
  _open(id: string): FakeSpreadsheet {
    if (id === this._ss._id) return this._ss;
    const other = this._others.get(id);
    if (!other) throw new GasException(`You do not have permission to access the requested document.`);
    return other;
  }
}

countCalls(FakeSpreadsheet, 'Spreadsheet');
countCalls(FakeSpreadsheetApp, 'SpreadsheetApp');
