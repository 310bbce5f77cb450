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

/**
 * Reads a worksheet as a stream: memory grows with the cells read, not with the part's size. `maxRows`
 * stops after that many sheet rows (looking for a header needs only the top); the book's limits refuse
 * a sheet with more rows, a farther column or a longer cell than they allow.
 */
export function readSheet(book: XlsxBook, sheet: SheetRef, options: { maxRows?: number } = {}): SheetData {
  const data: SheetData = { grid: [], formulas: [], merges: [], truncated: false };
  if (sheet.kind !== 'worksheet') return data;
  const entry = findEntry(book.zip, sheet.part);
  if (!entry) throw new OoxmlError('damaged', `${sheet.part} is missing`);
  const strings = sharedStrings(book);
  const dates = dateStyles(book);
  const { maxRows: rowCap, maxColumns, maxCellLength } = book.limits;
  const stopAt = options.maxRows ?? Infinity;
  const grid = data.grid;

  let rowNumber = 0;
  let rowsWithData = 0;
  let cells: Cell[] | null = null;
  let column = 0;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let value: string | null = null;
  // What the current text belongs to: the value <v>, an inline string's <t>, or nothing (phonetic runs, <f>).
  let collecting: 'v' | 't' | null = null;
  let inPhonetic = false;
  let text = '';

  const parser = saxesParser(sheet.part);
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    switch (name) {
      case 'row': {
        const r = tag.attributes.r as string | undefined;
        rowNumber = r ? Number(r) : rowNumber + 1;
        if (rowNumber > stopAt) {
          data.truncated = true;
          throw STOP;
        }
        cells = null;
        column = 0;
        break;
      }
      case 'c': {
        const a = tag.attributes as Record<string, string>;
        const ref = a.r;
        column = ref ? parseRef(ref)[1] : column + 1;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        hasFormula = false;
        value = null;
        break;
      }
      case 'v':
        collecting = 'v';
        text = '';
        break;
      case 'is':
        value = '';
        break;
      case 't':
        if (!inPhonetic && value !== null && type === 'inlineStr') {
          collecting = 't';
          text = '';
        }
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 'f':
        hasFormula = true;
        break;
      case 'mergeCell': {
        const ref = attributesOf(tag.attributes as Record<string, string>).ref;
        if (ref) data.merges.push(ref);
        break;
      }
    }
  });
  parser.on('text', (t) => {
    if (collecting !== null) text += t;
  });
  parser.on('cdata', (t) => {
    if (collecting !== null) text += t;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'v' && collecting === 'v') {
      value = text;
      collecting = null;
    } else if (name === 't' && collecting === 't') {
      value = (value ?? '') + text;
      collecting = null;
    } else if (name === 'rPh') inPhonetic = false;
    else if (name === 'c') {
      if (hasFormula) data.formulas.push({ row: rowNumber, column, cached: value !== null && value !== '' });
      if (value === null) return;
      const cell = cellValue(type, value, style);
      if (cell === '') return;
      if (column > maxColumns)
        throw new OoxmlError(
          'limit.columns',
          `${sheet.name}!${columnName(column)}${rowNumber}`,
          maxColumns,
          column,
        );
      if (typeof cell === 'string' && cell.length > maxCellLength)
        throw new OoxmlError(
          'limit.cellLength',
          `${sheet.name}!${columnName(column)}${rowNumber}`,
          maxCellLength,
          cell.length,
        );
      if (cells === null) {
        if (++rowsWithData > rowCap) throw new OoxmlError('limit.rows', sheet.name, rowCap, rowNumber);
        cells = [];
        grid[rowNumber - 1] = cells;
      }
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cell;
    }
  });

  function cellValue(t: string, raw: string, s: number): Cell {
    switch (t) {
      case 's': {
        const s_ = strings[Number(raw)];
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
        return dates[s] ? dateOfSerial(n, book.date1904) : n;
      }
    }
  }

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
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return data;
}

function columnName(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
