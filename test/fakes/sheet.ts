// Sheet: size limits, ranges by position or A1, row/column insertion and deletion, frozen panes, protection, charts.
import { parseA1 } from './a1';
import { countCalls } from './calls';
import { type FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { type Core, Fake, GasException } from './core';
import { normalizeColour } from './format';
import { Grid } from './grid';
import { FakeProtection, ProtectionType } from './protection';
import { type ClearOptions, FakeRange, typeName } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

export interface BorderRecord {
  a1: string;
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class FakeSheet extends Fake {
  readonly _grid: Grid;
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;
  _deleted = false;
  _tabColor: string | null = null;
  readonly _columnWidths = new Map<number, number>();
  readonly _rowHeights = new Map<number, number>();
  readonly _hiddenColumns = new Set<number>();
  readonly _hiddenRows = new Set<number>();
  /** Columns passed to autoResizeColumns, in call order. */
  readonly _autoResized: number[] = [];
  readonly _borders: BorderRecord[] = [];
  readonly _protections: FakeProtection[] = [];
  _charts: FakeEmbeddedChart[] = [];
  _conditionalFormatRules: unknown[] = [];
  _activeRange: FakeRange | null = null;

  constructor(
    core: Core,
    readonly _ss: FakeSpreadsheet,
    public _name: string,
    readonly _id: number,
    public _maxRows = 1000,
    public _maxColumns = 26,
  ) {
    super(core);
    this._grid = new Grid();
  }

  // ---- internals (not counted) ----

  /** A range with Google's bounds checks. */
  _range(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    const args = [row, column, numRows, numColumns];
    if (args.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      throw new GasException(
        `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
    }
    if (row < 1) throw new GasException('The starting row of the range is too small.');
    if (column < 1) throw new GasException('The starting column of the range is too small.');
    if (numRows < 1) throw new GasException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new GasException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows) throw new GasException('Those rows are out of bounds.');
    if (column + numColumns - 1 > this._maxColumns)
      throw new GasException('Those columns are out of bounds.');
    return new FakeRange(
      this._core,
      this,
      Math.floor(row),
      Math.floor(column),
      Math.floor(numRows),
      Math.floor(numColumns),
    );
  }

  _rangeA1(a1: string): FakeRange {
    const p = parseA1(a1);
    const row = p.row ?? 1;
    const col = p.col ?? 1;
    const lastRow = p.lastRow ?? this._maxRows;
    const lastCol = p.lastCol ?? this._maxColumns;
    return this._range(row, col, lastRow - row + 1, lastCol - col + 1);
  }

  _whole(): FakeRange {
    return new FakeRange(this._core, this, 1, 1, this._maxRows, this._maxColumns);
  }

  _lastRow(): number {
    return this._grid.values.lastRow((v) => v !== '');
  }

  _lastColumn(): number {
    return this._grid.values.lastColumn((v) => v !== '');
  }

  _insertRows(at: number, n: number): void {
    for (const layer of this._grid.all()) layer.insertRows(at, n);
    this._maxRows += n;
  }

  _insertColumns(at: number, n: number): void {
    for (const layer of this._grid.all()) layer.insertColumns(at, n);
    this._maxColumns += n;
  }

  _checkRows(position: number, howMany = 1): void {
    if (position < 1 || howMany < 1) throw new GasException('Those rows are out of bounds.');
    if (position + howMany - 1 > this._maxRows) throw new GasException('Those rows are out of bounds.');
  }

  _checkColumns(position: number, howMany = 1): void {
    if (position < 1 || howMany < 1) throw new GasException('Those columns are out of bounds.');
    if (position + howMany - 1 > this._maxColumns) throw new GasException('Those columns are out of bounds.');
  }

  // ---- identity ----

  getName(): string {
    return this._name;
  }
  getSheetName(): string {
    return this._name;
  }
  setName(name: string): this {
    const clash = this._ss._sheets.find(
      (s) => s !== this && s._name.toLowerCase() === String(name).toLowerCase(),
    );
    if (clash)
      throw new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._name = String(name);
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this._ss;
  }

  // ---- ranges and size ----

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a1OrRow === 'string') return this._rangeA1(a1OrRow);
    return this._range(a1OrRow, column as number, numRows ?? 1, numColumns ?? 1);
  }
  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this._lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this._lastColumn() - startColumn + 1 : numColumns;
    return this._range(startRow, startColumn, rows, cols)._values();
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }

  // ---- inserting and deleting ----

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._checkRows(afterPosition);
    this._insertRows(afterPosition, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this._checkRows(beforePosition);
    this._insertRows(beforePosition - 1, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    this._checkRows(afterPosition);
    this._insertRows(afterPosition, 1);
    return this;
  }
  insertRowBefore(beforePosition: number): this {
    this._checkRows(beforePosition);
    this._insertRows(beforePosition - 1, 1);
    return this;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._checkRows(rowIndex);
    this._insertRows(rowIndex - 1, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkColumns(afterPosition);
    this._insertColumns(afterPosition, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkColumns(beforePosition);
    this._insertColumns(beforePosition - 1, howMany);
    return this;
  }
  insertColumnAfter(afterPosition: number): this {
    this._checkColumns(afterPosition);
    this._insertColumns(afterPosition, 1);
    return this;
  }
  insertColumnBefore(beforePosition: number): this {
    this._checkColumns(beforePosition);
    this._insertColumns(beforePosition - 1, 1);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(columnIndex);
    this._insertColumns(columnIndex - 1, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this._deleteRows(rowPosition, 1);
    return this;
  }
  _deleteRows(rowPosition: number, howMany: number): void {
    this._checkRows(rowPosition, howMany);
    if (this._maxRows - howMany <= this._frozenRows) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    for (const layer of this._grid.all()) layer.deleteRows(rowPosition - 1, howMany);
    this._maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this._deleteColumns(columnPosition, 1);
    return this;
  }
  _deleteColumns(columnPosition: number, howMany: number): void {
    this._checkColumns(columnPosition, howMany);
    if (this._maxColumns - howMany <= this._frozenColumns) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen columns.');
    }
    for (const layer of this._grid.all()) layer.deleteColumns(columnPosition - 1, howMany);
    this._maxColumns -= howMany;
  }
  /** Writes after the last row with content, adding a row (and columns) when the sheet is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) {
      throw new GasException(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    }
    const row = this._lastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    if (rowContents.length > 0) {
      new FakeRange(this._core, this, row, 1, 1, rowContents.length)._setInput([rowContents]);
    }
    return this;
  }

  // ---- layout ----

  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this._rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._autoResized.push(c);
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    this._autoResized.push(columnPosition);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  hideSheet(): this {
    if (this._ss._sheets.every((s) => s === this || s._hidden)) {
      throw new GasException("You can't hide all the sheets in a document.");
    }
    this._hidden = true;
    return this;
  }
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): this {
    this._tabColor = normalizeColour(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }

  // ---- clearing ----

  /** Contents and formats; notes and validation stay (clearNotes removes notes). */
  clear(options?: ClearOptions): this {
    this._whole().clear(options);
    return this;
  }
  clearContents(): this {
    this._whole()._clearContent();
    return this;
  }
  clearFormats(): this {
    this._whole()._clearFormat();
    return this;
  }
  clearNotes(): this {
    this._grid.notes.rows = [];
    return this;
  }
  getConditionalFormatRules(): unknown[] {
    return [...this._conditionalFormatRules];
  }
  setConditionalFormatRules(rules: unknown[]): void {
    this._conditionalFormatRules = [...rules];
  }

  // ---- protection ----

  /** A sheet has at most one sheet protection; asking again returns it. */
  protect(): FakeProtection {
    const existing = this._protections.find((p) => p._type === 'SHEET');
    if (existing) return existing;
    const p = new FakeProtection(this._core, 'SHEET', this, null);
    this._protections.push(p);
    return p;
  }
  getProtections(type: string): FakeProtection[] {
    const t = String(type) === ProtectionType.SHEET ? 'SHEET' : 'RANGE';
    return this._protections.filter((p) => p._type === t);
  }

  // ---- selection ----

  activate(): this {
    this._ss._activeSheet = this;
    return this;
  }
  setActiveRange(range: FakeRange): FakeRange {
    this._ss._activeSheet = this;
    this._activeRange = range;
    return range;
  }
  setActiveSelection(a1OrRange: string | FakeRange): FakeRange {
    const range = typeof a1OrRange === 'string' ? this._rangeA1(a1OrRange) : a1OrRange;
    this._ss._activeSheet = this;
    this._activeRange = range;
    return range;
  }
  getActiveRange(): FakeRange {
    return this._activeRange ?? new FakeRange(this._core, this, 1, 1, 1, 1);
  }
  getActiveCell(): FakeRange {
    const r = this._activeRange;
    return r
      ? new FakeRange(this._core, this, r._row, r._col, 1, 1)
      : new FakeRange(this._core, this, 1, 1, 1, 1);
  }

  // ---- charts ----

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this._core, this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    chart._spec.chartId = this._ss._nextChartId++;
    this._charts.push(chart);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const i = this._charts.findIndex((c) => c._spec.chartId === chart._spec.chartId);
    if (i >= 0) this._charts[i] = chart;
  }
  removeChart(chart: FakeEmbeddedChart): void {
    this._charts = this._charts.filter((c) => c._spec.chartId !== chart._spec.chartId);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this._charts];
  }
}

countCalls(FakeSheet, 'Sheet');
