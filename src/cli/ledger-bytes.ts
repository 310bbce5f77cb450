// Reads a ledger from a file's bytes (.csv or .xlsx) into plain grids, with no file system: the CLI and the offline page share it.
import {
  type Cell,
  findHeader,
  LEDGER_SHEETS,
  type Locale,
  NARRATIVE_SHEETS,
  SETTINGS_SHEETS,
} from '../core';
import { say } from '../core/messages/bilingual';
import { CLI_FILES as M } from '../core/messages/cli';
import {
  DEFAULT_LIMITS,
  type FormulaCell,
  findSheetByName,
  type Limits,
  OoxmlError,
  openXlsx,
  readSheet,
  type SheetRef,
  type XlsxBook,
} from '../ooxml';
import { parseCsvBytes } from './csv';
import { mixedEncoding } from './encoding';
import { CliError } from './errors';
import { withFileErrors } from './limits';

export interface LedgerSource {
  path: string;
  /** Name of the sheet the ledger came from ('' for CSV). */
  sheetName: string;
  grid: Cell[][];
  settings: Cell[][] | null;
  narrative: Cell[][] | null;
  /** The opened package and its ledger sheet (null for CSV), for commands that read more of it or write a copy. */
  book: XlsxBook | null;
  sheet: SheetRef | null;
  /** The ledger sheet's formula cells, and whether each had a cached result (none for CSV). */
  formulas: FormulaCell[];
  /** The ledger sheet's merged ranges ('A1:K1'): colour paints only a merge's first cell. */
  merges: string[];
  /** The .xlsx file's bytes as read (null for CSV). */
  bytes: Uint8Array | null;
}

const CSV_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/** A sheet's cells as a grid (row 1 = grid[0]), optionally only its first rows. */
export function sheetGrid(book: XlsxBook, sheet: SheetRef, maxRows?: number): Cell[][] {
  return readSheet(book, sheet, { maxRows }).grid;
}

export function findSheet(book: XlsxBook, names: string[]): SheetRef | undefined {
  return findSheetByName(book, names);
}

/**
 * The ledger sheet: 台账/Ledger by name; else the first sheet whose top rows hold a ledger header (a WPS
 * file's "Sheet1" after a cover sheet); else the first sheet, whose missing header is then reported.
 */
export function ledgerSheet(book: XlsxBook): SheetRef {
  const named = findSheet(book, LEDGER_SHEETS);
  if (named) return named;
  const side = new Set([...SETTINGS_SHEETS, ...NARRATIVE_SHEETS].map((n) => n.toLowerCase()));
  const worksheets = book.sheets.filter((s) => s.kind === 'worksheet');
  const candidates = worksheets.filter((s) => !side.has(s.name.trim().toLowerCase()));
  const found =
    candidates.find((s) =>
      findHeader(sheetGrid(book, s, 30)).findings.every((f) => !f.code.startsWith('header.')),
    ) ??
    candidates[0] ??
    worksheets[0];
  // openXlsx already refuses a workbook without a worksheet; said again here for the compiler.
  if (!found) throw new OoxmlError('noSheets', 'no worksheet');
  return found;
}

/** Where `needle` first occurs in `bytes`, or -1 (Uint8Array has no search of its own). */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  if (first === undefined) return 0;
  const end = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= end; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** UTF-16LE bytes of an ASCII name, as OLE compound files store their stream names. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

/** True when an OLE compound file holds an EncryptionInfo stream: Office's wrapper of a password-protected .xlsx. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, utf16le('EncryptionInfo')) !== -1;
}

/** The workbook in a file's bytes, opened within `limits`; `path` only names the file in messages. */
export async function workbookFromBytes(
  bytes: Uint8Array,
  path: string,
  locale: Locale,
  limits: Limits = DEFAULT_LIMITS,
): Promise<XlsxBook> {
  // Encrypted workbooks and old .xls files are OLE compound files, not zip: say which, not "bad zip".
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new CliError(
      isEncryptedOffice(bytes) ? say(locale, M.workbookEncrypted({ path })) : say(locale, M.oldXls({ path })),
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new CliError(say(locale, M.notXlsx({ path })));
  }
  return withFileErrors(path, locale, () => openXlsx(bytes, limits));
}

/** A CSV file's bytes as text cells. */
export function csvGridFromBytes(
  bytes: Uint8Array,
  path = '',
  locale: Locale = 'zh',
  limits: Limits = DEFAULT_LIMITS,
): Cell[][] {
  refuseMixedEncoding(bytes, path, locale);
  return withFileErrors(path, locale, () => parseCsvBytes(bytes, limits));
}

/**
 * A UTF-8 file with a few bytes that are not UTF-8 (no BOM) would be decoded whole as GBK and read as gibberish
 * ("找不到台账表头"): name the first bad byte's line instead.
 */
function refuseMixedEncoding(bytes: Uint8Array, path: string, locale: Locale): void {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const mixed = bom ? null : mixedEncoding(bytes);
  if (!mixed) return;
  const hex = `0x${mixed.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  throw new CliError(say(locale, M.mixedEncoding({ path, line: mixed.line, byte: hex, count: mixed.count })));
}

/** The extension of a path or file name, lower-cased with its dot ('' when it has none), on any platform. */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The file name of a path, on any platform (a browser's file has only a name). */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Which reader a file needs, by its extension; anything else is one line saying what to use instead. */
export function fileKind(path: string, locale: Locale): 'csv' | 'xlsx' {
  const ext = extensionOf(path);
  if (CSV_EXTENSIONS.has(ext)) return 'csv';
  if (XLSX_EXTENSIONS.has(ext)) return 'xlsx';
  const saveAs = ext === '.xls' || ext === '.et' || ext === '.ods';
  throw new CliError(say(locale, M.unsupportedLedgerType({ path, ext, saveAs })));
}

/** A ledger from a .csv or .xlsx file's bytes, with its settings and narrative sheets when the workbook has them. */
export async function ledgerFromBytes(
  bytes: Uint8Array,
  path: string,
  locale: Locale = 'zh',
  limits: Limits = DEFAULT_LIMITS,
): Promise<LedgerSource> {
  if (fileKind(path, locale) === 'csv') {
    return {
      path,
      sheetName: '',
      grid: csvGridFromBytes(bytes, path, locale, limits),
      settings: null,
      narrative: null,
      book: null,
      sheet: null,
      formulas: [],
      merges: [],
      bytes: null,
    };
  }
  const book = await workbookFromBytes(bytes, path, locale, limits);
  return withFileErrors(path, locale, () => {
    const sheet = ledgerSheet(book);
    const settings = findSheet(book, SETTINGS_SHEETS);
    const narrative = findSheet(book, NARRATIVE_SHEETS);
    const data = readSheet(book, sheet);
    return {
      path,
      sheetName: sheet.name,
      grid: data.grid,
      settings: settings && settings !== sheet ? sheetGrid(book, settings) : null,
      narrative: narrative && narrative !== sheet ? sheetGrid(book, narrative) : null,
      book,
      sheet,
      formulas: data.formulas,
      merges: data.merges,
      bytes,
    };
  });
}

/** A settings or narrative grid from its own .csv or .xlsx file's bytes (the named sheet, or the first). */
export async function sideGridFromBytes(
  bytes: Uint8Array,
  path: string,
  names: string[],
  locale: Locale = 'zh',
  limits: Limits = DEFAULT_LIMITS,
): Promise<Cell[][]> {
  if (fileKind(path, locale) === 'csv') return csvGridFromBytes(bytes, path, locale, limits);
  const book = await workbookFromBytes(bytes, path, locale, limits);
  return withFileErrors(path, locale, () =>
    sheetGrid(book, findSheet(book, names) ?? (book.sheets.find((s) => s.kind === 'worksheet') as SheetRef)),
  );
}
