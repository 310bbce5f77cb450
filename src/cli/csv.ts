// CSV reading as Excel and WPS in China write it: UTF-8 with or without BOM, or GBK; comma, semicolon or tab.
import { OoxmlError } from '../ooxml/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/** Where the first byte that is not valid UTF-8 is, or -1: checked without decoding (no copy of the text). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i] ?? 0; // i < bytes.length
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the least code point that may use that many.
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= bytes.length) return i;
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The encoding of a text file: a BOM wins (UTF-8, or UTF-16 as Excel's "Unicode text" saves), then valid
 * UTF-8, otherwise GBK (what Excel's "CSV" saves on Chinese Windows; the WHATWG decoder reads all of GB18030).
 * Also how many bytes of BOM to skip.
 */
export function textEncoding(bytes: Uint8Array): { encoding: TextEncoding; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: firstInvalidUtf8(bytes) === -1 ? 'utf-8' : 'gbk', skip: 0 };
}

/** Decodes a whole text file (see textEncoding). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const { encoding, skip } = textEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(skip)), encoding };
}

const SEPARATORS = [',', ';', '\t'];

/** Columns per record of the first `lines` non-blank records, splitting on `sep` outside quotes. */
function columnCounts(text: string, sep: string, lines: number): number[] {
  const counts: number[] = [];
  let columns = 1;
  let blank = true;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < lines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === sep) columns++;
    else if (ch === '\n') {
      if (!blank || columns > 1) counts.push(columns);
      columns = 1;
      blank = true;
      continue;
    } else if (ch === '\r') continue;
    blank = false;
  }
  if (counts.length < lines && (!blank || columns > 1)) counts.push(columns);
  return counts;
}

/**
 * Picks the separator that splits the first records into the same number of columns most often: a table
 * has one width. Consistency, not the most columns, because a semicolon file's cell may hold ASCII commas
 * (“一是…,二是…”) that would split one line into many; and several lines, not one, because a title line
 * above the header (“整改台账”) may hold no separator at all.
 */
export function detectSeparator(text: string, lines = 20): string {
  let best = { sep: ',', rows: 0, columns: 0 };
  for (const sep of SEPARATORS) {
    const tally = new Map<number, number>();
    for (const n of columnCounts(text, sep, lines)) if (n > 1) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [columns, rows] of tally) {
      if (rows > best.rows || (rows === best.rows && columns > best.columns)) best = { sep, rows, columns };
    }
  }
  return best.sep;
}

export interface CsvLimits {
  maxRows: number;
  maxColumns: number;
  maxCellLength: number;
}

const NO_LIMITS: CsvLimits = { maxRows: Infinity, maxColumns: Infinity, maxCellLength: Infinity };

function columnName(column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** A field read from the text, and where the text after it starts. */
interface Field {
  value: string;
  end: number;
}

/**
 * RFC 4180 parsing fed in pieces: quoted fields may hold separators, quotes ("") and line breaks. Fields are
 * sliced out of the text, never built a character at a time; a record cut by the end of a piece is kept
 * until the next piece completes it. Over a limit, it throws OoxmlError naming the row or cell.
 */
export class CsvParser {
  readonly rows: string[][] = [];
  private carry = '';
  private readonly sep: number;

  constructor(
    separator: string,
    private readonly limits: CsvLimits = NO_LIMITS,
  ) {
    this.sep = separator.charCodeAt(0);
  }

  push(text: string): void {
    const all = this.carry.length > 0 ? this.carry + text : text;
    this.carry = all.slice(this.parse(all, false));
  }

  finish(): string[][] {
    this.parse(this.carry, true);
    this.carry = '';
    return this.rows;
  }

  private tooLong(row: number, column: number, length: number): OoxmlError {
    return new OoxmlError(
      'limit.cellLength',
      `${columnName(column)}${row}`,
      this.limits.maxCellLength,
      length,
    );
  }

  /**
   * A quoted field from its opening quote at `i`: slices between doubled quotes, up to the closing quote.
   * Null when the text ends inside it and more may come.
   */
  private quoted(s: string, i: number, final: boolean, row: number, column: number): Field | null {
    const n = s.length;
    let value = '';
    let k = i + 1;
    for (;;) {
      const j = s.indexOf('"', k);
      if (j < 0 || (j === n - 1 && !final)) {
        if (final) return { value: value + s.slice(k), end: n };
        if (n - k + value.length > this.limits.maxCellLength)
          throw this.tooLong(row, column, n - k + value.length);
        return null;
      }
      if (s.charCodeAt(j + 1) !== 34) return { value: value + s.slice(k, j), end: j + 1 };
      value += s.slice(k, j + 1);
      k = j + 2;
    }
  }

  /** Where unquoted text from `i` ends: at the separator, a line break or the end of `s`. */
  private unquotedEnd(s: string, i: number): number {
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === this.sep || c === 10 || c === 13) break;
      j++;
    }
    return j;
  }

  /** Parses whole records from `s`; returns where the first unfinished record starts (s.length when none). */
  private parse(s: string, final: boolean): number {
    const { sep } = this;
    const { maxCellLength, maxColumns, maxRows } = this.limits;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const recordStart = i;
      const fields: string[] = [];
      const row = this.rows.length + 1;
      let ended = false;
      while (!ended) {
        let value = '';
        if (s.charCodeAt(i) === 34) {
          // Text after the closing quote joins the field, as Excel does: read on from there as unquoted.
          const field = this.quoted(s, i, final, row, fields.length + 1);
          if (field === null) return recordStart;
          value = field.value;
          i = field.end;
        }
        const j = this.unquotedEnd(s, i);
        if (j === n && !final) return recordStart;
        value = j > i ? value + s.slice(i, j) : value;
        // The text ends in an empty first field (a lone "" or an unclosed "): no record, as RFC 4180 reads it.
        if (j === n && fields.length === 0 && value === '') return n;
        if (value.length > maxCellLength) throw this.tooLong(row, fields.length + 1, value.length);
        fields.push(value);
        if (fields.length > maxColumns)
          throw new OoxmlError(
            'limit.columns',
            `${columnName(fields.length)}${row}`,
            maxColumns,
            fields.length,
          );
        if (j === n) {
          i = n;
          ended = true;
        } else if (s.charCodeAt(j) === sep) {
          i = j + 1;
          if (i === n) {
            if (!final) return recordStart;
            fields.push('');
            ended = true;
          }
        } else {
          i = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
          if (s.charCodeAt(j) === 13 && j + 1 === n && !final) return recordStart;
          ended = true;
        }
      }
      if (this.rows.length >= maxRows) throw new OoxmlError('limit.rows', '', maxRows, this.rows.length + 1);
      this.rows.push(fields);
    }
    return n;
  }
}

/** RFC 4180 parsing of a whole text: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(
  text: string,
  separator = detectSeparator(text),
  limits: CsvLimits = NO_LIMITS,
): string[][] {
  const parser = new CsvParser(separator, limits);
  parser.push(text);
  return parser.finish();
}

/**
 * A CSV file's bytes as rows, decoded and parsed a megabyte at a time, so the whole text is never held
 * as one string beside the bytes and the rows (the separator is chosen from the first piece).
 */
export function parseCsvBytes(bytes: Uint8Array, limits: CsvLimits = NO_LIMITS): string[][] {
  const { encoding, skip } = textEncoding(bytes);
  const decoder = new TextDecoder(encoding);
  const STEP = 1 << 20;
  let parser: CsvParser | null = null;
  for (let p = skip; p < bytes.length; p += STEP) {
    const end = Math.min(bytes.length, p + STEP);
    const text = decoder.decode(bytes.subarray(p, end), { stream: end < bytes.length });
    if (parser === null) parser = new CsvParser(detectSeparator(text), limits);
    parser.push(text);
  }
  return parser ? parser.finish() : [];
}
