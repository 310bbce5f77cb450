// The .xlsx layer shared by the CLI and the offline page: pure functions over bytes and strings (fflate + saxes).
//
// Reading (no Node APIs; works on a Uint8Array from fs or from a browser File):
//   openXlsx(bytes, limits?)        → XlsxBook: the sheet list (name, part, kind), date system, caps in force.
//   readSheet(book, sheet, {maxRows}) → SheetData: grid (row 1 = grid[0]; strings, numbers, booleans, Dates,
//                                    error texts), formulas [{row, column, cached}], merges; streamed.
//   sheetNotes(book, sheet)         → Map<'A1', note text> (rich or plain notes).
//   findSheetByName(book, names)    → the first sheet whose name (trimmed, any case) is in `names`.
// Colouring (a surgical patch: every part it does not need to change is copied byte for byte):
//   paintWorkbook(book, request)    → Uint8Array of the coloured copy; see PaintRequest in paint.ts.
// Writing a fresh workbook (a CSV ledger as text):
//   gridToXlsx(grid, options)       → Uint8Array of a one-sheet workbook holding every cell as text.
// Errors: OoxmlError with a code ('damaged', 'notWorkbook', 'noSheets', 'limit.*'); callers word the message.
// Limits: DEFAULT_LIMITS (inflated bytes, rows, columns, cell length); pass overrides to openXlsx.
export { DEFAULT_LIMITS, type Limits, OoxmlError, type OoxmlErrorCode } from './errors';
export { dateOfIso, dateOfSerial, isDateFormat } from './numfmt';
export {
  findEntry,
  openXlsx,
  partText,
  relationshipsOf,
  type SheetRef,
  sheetNotes,
  type XlsxBook,
} from './package';
export { type LegendCell, type PaintRequest, type PaintResult, paintWorkbook } from './paint';
export { type FormulaCell, parseRef, readSheet, type SheetData } from './sheet';
export { type GridWorkbookOptions, gridToXlsx } from './write';
export { escapeXml } from './xml';
export { readZip, type ZipArchive, type ZipEntry } from './zip';
export { writeZip } from './zip-write';

import type { SheetRef, XlsxBook } from './package';

/** The first worksheet whose name, trimmed and in any case, is one of `names` (tried in order). */
export function findSheetByName(book: XlsxBook, names: readonly string[]): SheetRef | undefined {
  for (const name of names) {
    const sheet = book.sheets.find(
      (s) => s.kind === 'worksheet' && s.name.trim().toLowerCase() === name.toLowerCase(),
    );
    if (sheet) return sheet;
  }
  return undefined;
}
