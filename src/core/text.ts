// Text helpers shared by the parsers: full-width folding, whitespace, A1 addresses and cell kinds.

/** A value as a spreadsheet or a CSV file hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Folds full-width ASCII (Ａ１，（）) and the ideographic space to their half-width forms. */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Trims, folds full-width characters and collapses runs of whitespace to one space. */
export function normalise(text: string): string {
  return foldWidth(text).replace(/\s+/g, ' ').trim();
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

const FORMULA_ERRORS = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

/** True for the error values a formula leaves in a cell (#REF!, #N/A, …). */
export function isFormulaError(value: Cell): value is string {
  if (typeof value !== 'string') return false;
  // Every error value holds a '#': look for one before making a trimmed, upper-cased copy of the text,
  // since this runs on every cell of every row.
  return value.includes('#') && FORMULA_ERRORS.has(value.trim().toUpperCase());
}

/** True for a cell a person left empty. */
export function isBlank(value: Cell): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return false;
}

/** True for a valid Date object (an invalid Date is treated as unreadable, not blank). */
export function isValidDate(value: unknown): value is Date {
  return isDateObject(value) && !Number.isNaN(value.getTime());
}

/** True for any Date object, valid or not (cells from another realm included). */
export function isDateObject(value: unknown): value is Date {
  // The typeof test first: most cells are strings, and Object.prototype.toString boxes them.
  return (
    typeof value === 'object' &&
    value !== null &&
    (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
  );
}

/** The text a person sees in a cell, for messages and plain-text fields. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  // Not toISOString: past 9999 it writes "+010002-09-15", which reads as nothing a clerk typed.
  if (isValidDate(value)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  return '';
}

/** Shortens text for messages and digests, on a character (not UTF-16 unit) boundary. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Capture group `i` of a match. For a group outside any `?`, `*` or `|` the pattern cannot match without it,
 * so it is always there; '' stands in only for an optional group that took no part.
 */
export function captured(match: RegExpExecArray, i: number): string {
  return match[i] ?? '';
}
