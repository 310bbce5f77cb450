// A1 notation: column letters and range strings such as 'B2', 'A1:C3', 'A:C', '2:5', "'My sheet'!A1".
import { GasException } from './core';

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed A1 range; missing bounds (whole rows or columns) are null and filled from the sheet size. */
export interface A1Range {
  sheetName: string | null;
  row: number | null;
  col: number | null;
  lastRow: number | null;
  lastCol: number | null;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Splits "'Sheet 1'!A1:B2" into sheet name and range part. */
export function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

export function parseA1(a1: string): A1Range {
  const { sheetName, ref } = splitSheet(a1.trim());
  const [first, second] = ref.split(':');
  const a = CELL.exec(first ?? '');
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || ref.split(':').length > 2 || (!a[1] && !a[2]) || (!b[1] && !b[2])) {
    throw new GasException('Range not found');
  }
  const num = (s: string) => (s ? Number(s) : null);
  const col = (s: string) => (s ? columnNumber(s) : null);
  let row = num(a[2]);
  let lastRow = num(b[2]);
  let c1 = col(a[1]);
  let c2 = col(b[1]);
  if (row !== null && lastRow !== null && lastRow < row) [row, lastRow] = [lastRow, row];
  if (c1 !== null && c2 !== null && c2 < c1) [c1, c2] = [c2, c1];
  if (row === 0 || lastRow === 0) throw new GasException('Range not found');
  return { sheetName, row, col: c1, lastRow, lastCol: c2 };
}

export function a1Notation(row: number, col: number, numRows: number, numCols: number): string {
  const start = `${columnLetter(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetter(col + numCols - 1)}${row + numRows - 1}`;
}
