// Range: batched reads and writes of values, formulas, fills, notes, formats and validation over a sheet's grid.
import { a1Notation } from './a1';
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';
import { DEFAULT_NUMBER_FORMAT, displayValue, normalizeColour, parseInput } from './format';
import type { CellValue, Layer } from './grid';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import { FakeDataValidation } from './validation';

// Jest runs tests in a vm context where every global lookup is slow, so hot paths use module-level aliases.
const NativeDate = Date;
const NativeArray = Array;

/** Google's name for a JS value in "The parameters (…) don't match the method signature" errors. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `${v.length ? typeName(v[0]) : 'Object'}[]`;
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'number';
  if (v === undefined) return 'undefined';
  return 'Object';
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export class FakeRange extends Fake {
  constructor(
    core: Core,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
  ) {
    super(core);
  }

  // ---- internals (not counted) ----

  private get _tz(): string {
    return this._sheet._ss._timeZone;
  }

  /** Reads a block of one layer, mapping each stored cell. */
  _read<T, R>(layer: Layer<T>, map: (v: T, r: number, c: number) => R): R[][] {
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    const out: R[][] = new NativeArray(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const src = layer.rows[r0 + i];
      const row: R[] = new NativeArray(this._numCols);
      for (let j = 0; j < this._numCols; j++) {
        const v = src?.[c0 + j];
        row[j] = map(v === undefined ? layer.fallback : v, r0 + i, c0 + j);
      }
      out[i] = row;
    }
    return out;
  }

  /** getValues, written out without per-cell callbacks: tests read 10,000-row ledgers. */
  _values(): unknown[][] {
    const core = this._core;
    const rows = this._sheet._grid.values.rows;
    const r0 = this._row - 1;
    const c0 = this._col - 1;
    const nc = this._numCols;
    const out: unknown[][] = new NativeArray(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const src = rows[r0 + i];
      const row: unknown[] = new NativeArray(nc);
      for (let j = 0; j < nc; j++) {
        const v = src === undefined ? undefined : src[c0 + j];
        row[j] = v === undefined ? '' : v instanceof NativeDate ? core.newDate(v.getTime()) : v;
      }
      out[i] = row;
    }
    return out;
  }

  /** Throws Google's errors for a 2-D argument of the wrong shape. */
  _check(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw new GasException(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this._numRows) {
      throw new GasException(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this._numCols) {
        throw new GasException(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  /** Writes a checked 2-D array into one layer through conv (undefined = back to default). */
  _write<T>(layer: Layer<T>, data: unknown, method: string, conv: (v: unknown) => T | undefined): this {
    const rows = this._check(data, method);
    const converted = rows.map((row) => row.map(conv));
    this._put(layer, converted);
    return this;
  }

  _put<T>(layer: Layer<T>, rows: (T | undefined)[][]): void {
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < rows[i].length; j++) layer.set(this._row - 1 + i, this._col - 1 + j, rows[i][j]);
    }
  }

  _fill<T>(layer: Layer<T>, v: T | undefined): this {
    for (let i = 0; i < this._numRows; i++) {
      for (let j = 0; j < this._numCols; j++) layer.set(this._row - 1 + i, this._col - 1 + j, v);
    }
    return this;
  }

  _first<T>(layer: Layer<T>): T {
    return layer.get(this._row - 1, this._col - 1);
  }

  /** Stores typed input the way Sheets parses it (formulas, apostrophes, numbers, dates). */
  _setInput(rows: unknown[][]): void {
    const g = this._sheet._grid;
    const parse = this._sheet._ss._parseInput;
    for (let i = 0; i < rows.length; i++) {
      const r = this._row - 1 + i;
      for (let j = 0; j < rows[i].length; j++) {
        const c = this._col - 1 + j;
        const p = parseInput(rows[i][j], g.numberFormats.get(r, c), this._tz, parse);
        g.values.set(r, c, p.value as CellValue | undefined);
        g.formulas.set(r, c, p.formula);
      }
    }
  }

  _clearContent(): void {
    const g = this._sheet._grid;
    for (const layer of [g.values, g.formulas] as Layer<unknown>[]) {
      layer.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    }
  }

  _clearFormat(): void {
    for (const layer of this._sheet._grid.formatLayers()) {
      layer.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    }
  }

  // ---- geometry ----

  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getA1Notation(): string {
    return a1Notation(this._row, this._col, this._numRows, this._numCols);
  }
  getSheet(): FakeSheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._id;
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw new GasException('Cell reference out of range');
    }
    return this._sheet._range(this._row + row - 1, this._col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this._sheet._range(
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    );
  }
  activate(): this {
    this._sheet._ss._activeSheet = this._sheet;
    this._sheet._activeRange = this;
    return this;
  }
  isBlank(): boolean {
    return this._read(this._sheet._grid.values, (v) => v === '').every((row) => row.every(Boolean));
  }

  // ---- values and formulas ----

  getValues(): unknown[][] {
    return this._values();
  }
  getValue(): unknown {
    return this._values()[0][0];
  }
  getDisplayValues(): string[][] {
    const g = this._sheet._grid;
    const tz = this._tz;
    return this._read(g.values, (v, r, c) => displayValue(v, g.numberFormats.get(r, c), tz));
  }
  getDisplayValue(): string {
    const g = this._sheet._grid;
    const r = this._row - 1;
    const c = this._col - 1;
    return displayValue(g.values.get(r, c), g.numberFormats.get(r, c), this._tz);
  }
  setValues(values: unknown[][]): this {
    this._setInput(this._check(values, 'setValues'));
    return this;
  }
  /** Like Google's, sets every cell of the range to the same value. */
  setValue(value: unknown): this {
    this._setInput(Array.from({ length: this._numRows }, () => new Array(this._numCols).fill(value)));
    return this;
  }
  getFormulas(): string[][] {
    return this._read(this._sheet._grid.formulas, (v) => v);
  }
  getFormula(): string {
    return this._first(this._sheet._grid.formulas);
  }
  setFormulas(formulas: string[][]): this {
    const rows = this._check(formulas, 'setFormulas');
    this._setInput(rows.map((row) => row.map((f) => (f === '' || f === null ? '' : String(f)))));
    return this;
  }
  setFormula(formula: string): this {
    this._setInput(
      Array.from({ length: this._numRows }, () => new Array(this._numCols).fill(String(formula))),
    );
    return this;
  }

  // ---- fills and notes ----

  getBackgrounds(): string[][] {
    return this._read(this._sheet._grid.backgrounds, (v) => v);
  }
  getBackground(): string {
    return this._first(this._sheet._grid.backgrounds);
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this._write(this._sheet._grid.backgrounds, colors, 'setBackgrounds', normalizeColour);
  }
  setBackground(color: string | null): this {
    return this._fill(this._sheet._grid.backgrounds, normalizeColour(color));
  }
  getNotes(): string[][] {
    return this._read(this._sheet._grid.notes, (v) => v);
  }
  getNote(): string {
    return this._first(this._sheet._grid.notes);
  }
  setNotes(notes: (string | null)[][]): this {
    return this._write(this._sheet._grid.notes, notes, 'setNotes', noteText);
  }
  setNote(note: string | null): this {
    return this._fill(this._sheet._grid.notes, noteText(note));
  }
  clearNote(): this {
    this._sheet._grid.notes.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    return this;
  }

  // ---- number formats and text style ----

  getNumberFormats(): string[][] {
    return this._read(this._sheet._grid.numberFormats, (v) => v);
  }
  getNumberFormat(): string {
    return this._first(this._sheet._grid.numberFormats);
  }
  setNumberFormats(formats: string[][]): this {
    return this._write(this._sheet._grid.numberFormats, formats, 'setNumberFormats', formatText);
  }
  setNumberFormat(format: string): this {
    return this._fill(this._sheet._grid.numberFormats, formatText(format));
  }
  getFontWeights(): string[][] {
    return this._read(this._sheet._grid.fontWeights, (v) => v);
  }
  getFontWeight(): string {
    return this._first(this._sheet._grid.fontWeights);
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this._write(this._sheet._grid.fontWeights, weights, 'setFontWeights', styleText);
  }
  setFontWeight(weight: string | null): this {
    return this._fill(this._sheet._grid.fontWeights, styleText(weight));
  }
  getFontStyles(): string[][] {
    return this._read(this._sheet._grid.fontStyles, (v) => v);
  }
  getFontStyle(): string {
    return this._first(this._sheet._grid.fontStyles);
  }
  setFontStyles(styles: (string | null)[][]): this {
    return this._write(this._sheet._grid.fontStyles, styles, 'setFontStyles', styleText);
  }
  setFontStyle(style: string | null): this {
    return this._fill(this._sheet._grid.fontStyles, styleText(style));
  }
  getFontColors(): string[][] {
    return this._read(this._sheet._grid.fontColors, (v) => v);
  }
  getFontColor(): string {
    return this._first(this._sheet._grid.fontColors);
  }
  setFontColors(colors: (string | null)[][]): this {
    return this._write(this._sheet._grid.fontColors, colors, 'setFontColors', normalizeColour);
  }
  setFontColor(color: string | null): this {
    return this._fill(this._sheet._grid.fontColors, normalizeColour(color));
  }
  getFontSizes(): number[][] {
    return this._read(this._sheet._grid.fontSizes, (v) => v);
  }
  getFontSize(): number {
    return this._first(this._sheet._grid.fontSizes);
  }
  setFontSizes(sizes: (number | null)[][]): this {
    return this._write(this._sheet._grid.fontSizes, sizes, 'setFontSizes', (v) =>
      v == null ? undefined : Number(v),
    );
  }
  setFontSize(size: number | null): this {
    return this._fill(this._sheet._grid.fontSizes, size == null ? undefined : Number(size));
  }
  getFontFamilies(): string[][] {
    return this._read(this._sheet._grid.fontFamilies, (v) => v);
  }
  getFontFamily(): string {
    return this._first(this._sheet._grid.fontFamilies);
  }
  setFontFamilies(families: (string | null)[][]): this {
    return this._write(this._sheet._grid.fontFamilies, families, 'setFontFamilies', (v) =>
      v == null || v === '' ? undefined : String(v),
    );
  }
  setFontFamily(family: string | null): this {
    return this._fill(
      this._sheet._grid.fontFamilies,
      family == null || family === '' ? undefined : String(family),
    );
  }
  getHorizontalAlignments(): string[][] {
    return this._read(this._sheet._grid.horizontalAlignments, (v) => v);
  }
  getHorizontalAlignment(): string {
    return this._first(this._sheet._grid.horizontalAlignments);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this._write(
      this._sheet._grid.horizontalAlignments,
      alignments,
      'setHorizontalAlignments',
      styleText,
    );
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._fill(this._sheet._grid.horizontalAlignments, styleText(alignment));
  }
  getVerticalAlignments(): string[][] {
    return this._read(this._sheet._grid.verticalAlignments, (v) => v);
  }
  getVerticalAlignment(): string {
    return this._first(this._sheet._grid.verticalAlignments);
  }
  setVerticalAlignments(alignments: (string | null)[][]): this {
    return this._write(this._sheet._grid.verticalAlignments, alignments, 'setVerticalAlignments', styleText);
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._fill(this._sheet._grid.verticalAlignments, styleText(alignment));
  }
  getWraps(): boolean[][] {
    return this._read(this._sheet._grid.wrapStrategies, (v) => v === 'WRAP');
  }
  getWrap(): boolean {
    return this._first(this._sheet._grid.wrapStrategies) === 'WRAP';
  }
  setWraps(wraps: boolean[][]): this {
    return this._write(this._sheet._grid.wrapStrategies, wraps, 'setWraps', (v) => (v ? 'WRAP' : 'OVERFLOW'));
  }
  setWrap(wrap: boolean): this {
    return this._fill(this._sheet._grid.wrapStrategies, wrap ? 'WRAP' : 'OVERFLOW');
  }
  getWrapStrategies(): string[][] {
    return this._read(this._sheet._grid.wrapStrategies, (v) => v);
  }
  getWrapStrategy(): string {
    return this._first(this._sheet._grid.wrapStrategies);
  }
  setWrapStrategies(strategies: string[][]): this {
    return this._write(this._sheet._grid.wrapStrategies, strategies, 'setWrapStrategies', (v) =>
      v == null ? undefined : String(v),
    );
  }
  setWrapStrategy(strategy: string): this {
    return this._fill(this._sheet._grid.wrapStrategies, strategy == null ? undefined : String(strategy));
  }
  /** Recorded on the sheet (env.sheet(name)._borders); borders are not a per-cell grid here. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: string | null,
  ): this {
    this._sheet._borders.push({
      a1: this._a1(),
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: normalizeColour(color) ?? null,
      style: style ?? null,
    });
    return this;
  }
  _a1(): string {
    return a1Notation(this._row, this._col, this._numRows, this._numCols);
  }

  // ---- data validation ----

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this._read(this._sheet._grid.validations, (v) => v as FakeDataValidation | null);
  }
  getDataValidation(): FakeDataValidation | null {
    return this._first(this._sheet._grid.validations) as FakeDataValidation | null;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return this._write(this._sheet._grid.validations, rules, 'setDataValidations', ruleOrClear);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return this._fill(this._sheet._grid.validations, ruleOrClear(rule));
  }
  clearDataValidations(): this {
    this._sheet._grid.validations.clear(this._row - 1, this._col - 1, this._numRows, this._numCols);
    return this;
  }

  // ---- clearing and protection ----

  /** clear() removes contents and formats; options pick contents, formats, notes (comments) or validations. */
  clear(options?: ClearOptions): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this._clearContent();
    if (!any || o.formatOnly) this._clearFormat();
    const rect = [this._row - 1, this._col - 1, this._numRows, this._numCols] as const;
    if (o.commentsOnly) this._sheet._grid.notes.clear(...rect);
    if (o.validationsOnly) this._sheet._grid.validations.clear(...rect);
    return this;
  }
  clearContent(): this {
    this._clearContent();
    return this;
  }
  clearFormat(): this {
    this._clearFormat();
    return this;
  }
  protect(): FakeProtection {
    const p = new FakeProtection(this._core, 'RANGE', this._sheet, this);
    this._sheet._protections.push(p);
    return p;
  }
}

function noteText(v: unknown): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : String(v);
}

function styleText(v: unknown): string | undefined {
  return v === null || v === undefined || v === '' ? undefined : String(v).toLowerCase();
}

function formatText(v: unknown): string | undefined {
  if (v === null || v === undefined || v === '' || v === DEFAULT_NUMBER_FORMAT) return undefined;
  return String(v);
}

function ruleOrClear(v: unknown): FakeDataValidation | undefined {
  if (v === null || v === undefined) return undefined;
  if (!(v instanceof FakeDataValidation)) {
    throw new GasException(
      `The parameters (${typeName(v)}) don't match the method signature for SpreadsheetApp.Range.setDataValidation.`,
    );
  }
  return v;
}

countCalls(FakeRange, 'Range');
