// What `rectify import` makes of a document's paragraphs, with no file system: the CLI and the offline page share it.

import ExcelJS from 'exceljs';
import { FIELD_DEFS, fieldWidth, type Locale } from '../../core';
import {
  type ImportResult,
  importDocument,
  importedLedgerGrid,
  importedNarrativeGrid,
} from '../../core/import';
import { say } from '../../core/messages/bilingual';
import { IMPORT_SOURCE } from '../../core/messages/cli-import';
import { sheetNames } from '../../core/messages/sheets';
import { CliError } from '../errors';
import type { ImportSource } from './source-bytes';

/** The ledger rows read from a document; a document with no problem in it is one line naming the file. */
export function importOf(source: ImportSource, path: string, l: Locale): ImportResult {
  const result = importDocument(source.paragraphs, { layout: source.layout });
  if (result.problems.length === 0) throw new CliError(say(l, IMPORT_SOURCE.noProblems({ path })));
  return result;
}

/** A workbook with 台账 (the rows under the ledger's headers) and 通报正文 (章节, 段落). */
export async function importWorkbook(result: ImportResult, l: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ledger = workbook.addWorksheet(say(l, sheetNames.ledger));
  const grid = importedLedgerGrid(result.problems, l);
  for (const row of grid) ledger.addRow(row);
  ledger.getRow(1).font = { bold: true };
  ledger.views = [{ state: 'frozen', ySplit: 1 }];
  // The first row is the header importedLedgerGrid always writes.
  (grid[0] ?? []).forEach((_h, i) => {
    const def = FIELD_DEFS[i];
    ledger.getColumn(i + 1).width = Math.round((def ? fieldWidth(def.field) : 120) / 7);
    ledger.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  const narrative = workbook.addWorksheet(say(l, sheetNames.narrative));
  for (const row of importedNarrativeGrid(result, l)) narrative.addRow(row);
  narrative.getRow(1).font = { bold: true };
  narrative.getColumn(1).width = 30;
  narrative.getColumn(2).width = 100;
  narrative.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
