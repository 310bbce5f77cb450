// Streams one worksheet's cells into a grid: shared and inline strings, numbers, dates, booleans, errors, formulas.
import type { Cell } from '../core/text';
import { OoxmlError } from './errors';
import { dateOfIso, dateOfSerial } from './numfmt';
import { dateStyles, findEntry, type SheetRef, sharedStrings, type XlsxBook } from './package';
import { attributesOf, localName, saxesParser, unescapeOoxml } from './xml';
import { inflateEntry } from './zip';

export interface FormulaCell {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** False when the file holds no result for the formula (never calculated, or saved by a library). */
  cached: boolean;
}

export interface SheetData {
  /** Row 1 is grid[0]; each row runs to its last cell; empty cells are ''. */
  grid: Cell[][];
  /** Every formula cell read, so a caller can say which values are formula results and which are missing. */
  formulas: FormulaCell[];
  /** Merged ranges as written ('A1:K1'). */
  merges: string[];
  /** True when reading stopped at `maxRows`. */
  truncated: boolean;
}

/** 'AB12' → [12, 28]; letters only → row 0. */
export function parseRef(ref: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return [Number(ref.slice(i)) || 0, column];
}

const STOP = Symbol('stop');

type Attributes = Record<string, string>;

/** The state one pass over a worksheet shares between its SAX handlers, with one method per element. */
class SheetReader {
  readonly data: SheetData = { grid: [], formulas: [], merges: [], truncated: false };
  private readonly strings: ReturnType<typeof sharedStrings>;
  private readonly dates: ReturnType<typeof dateStyles>;
  private rowNumber = 0;
  private rowsWithData = 0;
  private cells: Cell[] | null = null;
  private column = 0;
  private type = '';
  private style = 0;
  private hasFormula = false;
  private value: string | null = null;
  // What the current text belongs to: the value <v>, an inline string's <t>, or nothing (phonetic runs, <f>).
  collecting: 'v' | 't' | null = null;
  private inPhonetic = false;
  text = '';

  constructor(
    private readonly book: XlsxBook,
    private readonly sheet: SheetRef,
    private readonly stopAt: number,
  ) {
    this.strings = sharedStrings(book);
    this.dates = dateStyles(book);
  }

  // Maps, not object literals: an element named like an Object.prototype member (__proto__) must find nothing.
  readonly opens = new Map<string, (a: Attributes) => void>(
    Object.entries({
      row: (a) => this.openRow(a),
      c: (a) => this.openCell(a),
      v: () => {
        this.collecting = 'v';
        this.text = '';
      },
      is: () => {
        this.value = '';
      },
      t: () => {
        if (!this.inPhonetic && this.value !== null && this.type === 'inlineStr') {
          this.collecting = 't';
          this.text = '';
        }
      },
      rPh: () => {
        this.inPhonetic = true;
      },
      f: () => {
        this.hasFormula = true;
      },
      mergeCell: (a) => {
        const ref = attributesOf(a).ref;
        if (ref) this.data.merges.push(ref);
      },
    }),
  );

  readonly closes = new Map<string, () => void>(
    Object.entries({
      v: () => {
        if (this.collecting !== 'v') return;
        this.value = this.text;
        this.collecting = null;
      },
      t: () => {
        if (this.collecting !== 't') return;
        this.value = (this.value ?? '') + this.text;
        this.collecting = null;
      },
      rPh: () => {
        this.inPhonetic = false;
      },
      c: () => this.closeCell(),
    }),
  );

  private openRow(a: Attributes): void {
    const r = a.r as string | undefined;
    this.rowNumber = r ? Number(r) : this.rowNumber + 1;
    if (this.rowNumber > this.stopAt) {
      this.data.truncated = true;
      throw STOP;
    }
    this.cells = null;
    this.column = 0;
  }

  private openCell(a: Attributes): void {
    const ref = a.r;
    this.column = ref ? parseRef(ref)[1] : this.column + 1;
    this.type = a.t ?? 'n';
    this.style = a.s ? Number(a.s) : 0;
    this.hasFormula = false;
    this.value = null;
  }

  private closeCell(): void {
    const { column, rowNumber, value } = this;
    if (this.hasFormula)
      this.data.formulas.push({ row: rowNumber, column, cached: value !== null && value !== '' });
    if (value === null) return;
    const cell = this.cellValue(this.type, value, this.style);
    if (cell === '') return;
    this.checkLimits(cell);
    let cells = this.cells;
    if (cells === null) {
      const rowCap = this.book.limits.maxRows;
      if (++this.rowsWithData > rowCap)
        throw new OoxmlError('limit.rows', this.sheet.name, rowCap, rowNumber);
      cells = [];
      this.cells = cells;
      this.data.grid[rowNumber - 1] = cells;
    }
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = cell;
  }

  /** Refuses a cell beyond the book's column or cell-length limits. */
  private checkLimits(cell: Cell): void {
    const { maxColumns, maxCellLength } = this.book.limits;
    const where = () => `${this.sheet.name}!${columnName(this.column)}${this.rowNumber}`;
    if (this.column > maxColumns) throw new OoxmlError('limit.columns', where(), maxColumns, this.column);
    if (typeof cell === 'string' && cell.length > maxCellLength)
      throw new OoxmlError('limit.cellLength', where(), maxCellLength, cell.length);
  }

  private cellValue(t: string, raw: string, s: number): Cell {
    switch (t) {
      case 's': {
        const s_ = this.strings[Number(raw)];
        return s_ === undefined ? '' : s_;
      }
      case 'str':
      case 'inlineStr':
        return unescapeOoxml(raw);
      case 'b':
        return raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
      case 'e':
        return raw.trim();
      case 'd':
        return dateOfIso(raw) ?? raw;
      default: {
        if (raw.trim() === '') return '';
        const n = Number(raw);
        if (Number.isNaN(n)) return raw;
        return this.dates[s] ? dateOfSerial(n, this.book.date1904) : n;
      }
    }
  }
}

/**
 * Reads a worksheet as a stream: memory grows with the cells read, not with the part's size. `maxRows`
 * stops after that many sheet rows (looking for a header needs only the top); the book's limits refuse
 * a sheet with more rows, a farther column or a longer cell than they allow.
 */
export function readSheet(book: XlsxBook, sheet: SheetRef, options: { maxRows?: number } = {}): SheetData {
  if (sheet.kind !== 'worksheet') return { grid: [], formulas: [], merges: [], truncated: false };
  const entry = findEntry(book.zip, sheet.part);
  if (!entry) throw new OoxmlError('damaged', `${sheet.part} is missing`);
  const reader = new SheetReader(book, sheet, options.maxRows ?? Infinity);
  const parser = saxesParser(sheet.part);
  parser.on('opentag', (tag) => reader.opens.get(localName(tag.name))?.(tag.attributes as Attributes));
  parser.on('text', (t) => {
    if (reader.collecting !== null) reader.text += t;
  });
  parser.on('cdata', (t) => {
    if (reader.collecting !== null) reader.text += t;
  });
  parser.on('closetag', (tag) => reader.closes.get(localName(tag.name))?.());
  const decoder = new TextDecoder('utf-8');
  let first = true;
  try {
    inflateEntry(book.zip, entry, book.budget, (chunk) => {
      let part = decoder.decode(chunk, { stream: true });
      if (first && part.charCodeAt(0) === 0xfeff) part = part.slice(1);
      first = false;
      parser.write(part);
    });
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error !== STOP) throw error;
  }
  const grid = reader.data.grid;
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return reader.data;
}

function columnName(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
