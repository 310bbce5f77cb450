// Reads a ledger file (.csv or .xlsx) into plain grids: the ledger, and the 设置 / 通报正文 sheets when present.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../core';
import { decodeText, parseCsv } from './csv';
import { CliError } from './errors';

export interface LedgerSource {
  path: string;
  /** Name of the sheet the ledger came from ('' for CSV). */
  sheetName: string;
  grid: Cell[][];
  settings: Cell[][] | null;
  narrative: Cell[][] | null;
}

export const LEDGER_SHEETS = ['台账', 'Ledger'];
export const SETTINGS_SHEETS = ['设置', 'Settings'];
export const NARRATIVE_SHEETS = ['通报正文', 'Narrative'];

/** Converts one exceljs cell value to a plain cell: formulas give their result, rich text its text. */
export function plainValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if ('error' in v) return String(v.error);
    if ('richText' in v && Array.isArray(v.richText)) {
      return (v.richText as { text: string }[]).map((r) => r.text).join('');
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const result = v.result as ExcelJS.CellValue | { error: string } | undefined;
      return result === undefined ? '' : plainValue(result as ExcelJS.CellValue);
    }
    if ('text' in v) return String(v.text);
  }
  return String(value);
}

/** The whole used range of a worksheet as a grid (row 1 = grid[0]). */
export function sheetGrid(sheet: ExcelJS.Worksheet): Cell[][] {
  const grid: Cell[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = new Array(width).fill('');
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Merged cells repeat the master's value in exceljs; only the master holds it in the sheet.
      if (cell.isMerged && cell.master !== cell) return;
      cells[col - 1] = plainValue(cell.value);
    });
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return grid;
}

export function findSheet(workbook: ExcelJS.Workbook, names: string[]): ExcelJS.Worksheet | undefined {
  for (const name of names) {
    const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
    if (sheet) return sheet;
  }
  return undefined;
}

/** Loads an .xlsx; a wrong password, a corrupt file or a non-workbook ends in one clear line. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  checkFile(path);
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync(path);
  // Encrypted workbooks are OLE compound files, not zip: say so rather than "end of central directory".
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
    throw new CliError(`${path}: 工作簿受密码保护或为旧版 .xls 格式，请另存为不加密的 .xlsx`);
  }
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CliError(`${path}: 无法读取工作簿（文件已损坏或不是 .xlsx）：${(error as Error).message}`);
  }
  return workbook;
}

function checkFile(path: string): void {
  if (!existsSync(path)) throw new CliError(`${path}: 文件不存在`);
  if (!statSync(path).isFile()) throw new CliError(`${path}: 不是文件`);
}

/** Reads a CSV file as text cells. */
export function readCsvGrid(path: string): Cell[][] {
  checkFile(path);
  const { text } = decodeText(readFileSync(path));
  return parseCsv(text);
}

/** Reads a ledger from .csv or .xlsx, with its settings and narrative sheets when the workbook has them. */
export async function readLedger(path: string): Promise<LedgerSource> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    return { path, sheetName: '', grid: readCsvGrid(path), settings: null, narrative: null };
  }
  if (ext !== '.xlsx' && ext !== '.xlsm') {
    throw new CliError(`${path}: 不支持的文件类型“${ext || '无扩展名'}”，请使用 .xlsx 或 .csv`);
  }
  const workbook = await loadWorkbook(path);
  const sheet = findSheet(workbook, LEDGER_SHEETS) ?? workbook.worksheets[0];
  if (!sheet) throw new CliError(`${path}: 工作簿中没有工作表`);
  const settings = findSheet(workbook, SETTINGS_SHEETS);
  const narrative = findSheet(workbook, NARRATIVE_SHEETS);
  return {
    path,
    sheetName: sheet.name,
    grid: sheetGrid(sheet),
    settings: settings && settings !== sheet ? sheetGrid(settings) : null,
    narrative: narrative && narrative !== sheet ? sheetGrid(narrative) : null,
  };
}

/** Reads a settings or narrative grid from its own .csv or .xlsx file (first sheet, or the named one). */
export async function readSideFile(path: string, names: string[]): Promise<Cell[][]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return readCsvGrid(path);
  const workbook = await loadWorkbook(path);
  const sheet = findSheet(workbook, names) ?? workbook.worksheets[0];
  if (!sheet) throw new CliError(`${path}: 工作簿中没有工作表`);
  return sheetGrid(sheet);
}
