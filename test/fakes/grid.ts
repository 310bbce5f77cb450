// Cell storage of one sheet: one dense, on-demand grid per attribute (values, formulas, backgrounds, notes, …).
import { DEFAULT_NUMBER_FORMAT } from './format';

/** Rows of cells for one attribute; undefined means "default" so empty rows cost nothing. */
export class Layer<T> {
  rows: (Array<T | undefined> | undefined)[] = [];
  constructor(readonly fallback: T) {}

  get(r: number, c: number): T {
    const v = this.rows[r]?.[c];
    return v === undefined ? this.fallback : v;
  }

  /** The raw stored value, undefined when the cell holds the default. */
  raw(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      row = [];
      this.rows[r] = row;
    }
    row[c] = v;
  }

  clear(r0: number, c0: number, nr: number, nc: number): void {
    for (let r = r0; r < r0 + nr && r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc && c < row.length; c++) row[c] = undefined;
    }
  }

  insertRows(at: number, n: number): void {
    if (at >= this.rows.length) return;
    const tail = this.rows.splice(at);
    for (let i = 0; i < n; i++) this.rows.push(undefined);
    for (const row of tail) this.rows.push(row);
  }

  deleteRows(at: number, n: number): void {
    this.rows.splice(at, n);
  }

  insertColumns(at: number, n: number): void {
    for (const row of this.rows) {
      if (!row || at >= row.length) continue;
      const tail = row.splice(at);
      for (let i = 0; i < n; i++) row.push(undefined);
      for (const v of tail) row.push(v);
    }
  }

  deleteColumns(at: number, n: number): void {
    for (const row of this.rows) if (row) row.splice(at, n);
  }

  /** 1-based index of the last row holding a non-default value that passes keep, or 0. */
  lastRow(keep: (v: T) => boolean = () => true): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const row = this.rows[r];
      if (row?.some((v) => v !== undefined && keep(v))) return r + 1;
    }
    return 0;
  }

  /** 1-based index of the last column holding a non-default value that passes keep, or 0. */
  lastColumn(keep: (v: T) => boolean = () => true): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) {
        const v = row[c];
        if (v !== undefined && keep(v)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}

/** A cell value as Sheets stores it. */
export type CellValue = string | number | boolean | Date;

/** Every attribute grid of a sheet. Keys double as the names the snapshot helper reports. */
export class Grid {
  readonly values = new Layer<CellValue | ''>('');
  readonly formulas = new Layer<string>('');
  readonly backgrounds = new Layer<string>('#ffffff');
  readonly notes = new Layer<string>('');
  readonly numberFormats = new Layer<string>(DEFAULT_NUMBER_FORMAT);
  readonly validations = new Layer<unknown>(null);
  readonly fontWeights = new Layer<string>('normal');
  readonly fontStyles = new Layer<string>('normal');
  readonly fontColors = new Layer<string>('#000000');
  readonly fontSizes = new Layer<number>(10);
  readonly fontFamilies = new Layer<string>('Arial');
  readonly horizontalAlignments = new Layer<string>('general');
  readonly verticalAlignments = new Layer<string>('bottom');
  readonly wrapStrategies = new Layer<string>('OVERFLOW');

  /** Layers a format-clear resets. */
  formatLayers(): Layer<unknown>[] {
    return [
      this.backgrounds,
      this.numberFormats,
      this.fontWeights,
      this.fontStyles,
      this.fontColors,
      this.fontSizes,
      this.fontFamilies,
      this.horizontalAlignments,
      this.verticalAlignments,
      this.wrapStrategies,
    ] as Layer<unknown>[];
  }

  all(): Layer<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.validations,
      ...this.formatLayers(),
    ] as Layer<unknown>[];
  }
}
