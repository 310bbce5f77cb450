// 从通报导入: the dialog reads a Google Doc (by its URL) or pasted text in the browser; here the rows are appended.
import { type Cell, findHeader, type Locale, NARRATIVE_SHEETS, shorten } from '../../core';
import { importColumns } from '../../core/import/grid';
import { say } from '../../core/messages/bilingual';
import { importMessages as M } from '../../core/messages/import';
import { type CommandEnv, runOutcome } from '../platform/command';
import { UserError } from '../platform/errors';
import { findLedgerSheet, readGrid, sessionLocale } from '../platform/ledger-sheet';
import { type Block, mergeWrites, type NewSheet, type Outcome, type Writes } from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';
import { asText } from '../platform/sheet-write';
import type { ImportPayload } from './payload';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The dialog page (build/ImportDialog.html): the importer runs there, so Code.js stays small. */
export const IMPORT_DIALOG_FILE = 'ImportDialog';

/** Sheets holds at most 50,000 characters a cell (Google: https://support.google.com/docs/answer/37603). */
const CELL_LIMIT = 50000;

export interface ImportSummary {
  /** First and last sheet rows written in 台账. */
  firstRow: number;
  lastRow: number;
  problems: number;
  narrative: number;
  /** The sentence the dialog shows above its report. */
  message: string;
}

/** Menu 从通报导入…: the dialog that takes a Doc link or pasted text. */
export function showImportDialog(services?: Services): void {
  const s = resolveServices(services);
  const locale = sessionLocale(s);
  const output = s.html.createHtmlOutputFromFile(IMPORT_DIALOG_FILE).setWidth(720).setHeight(560);
  s.spreadsheet.getUi().showModalDialog(output, say(locale, M.dialogTitle));
}

/** The Doc's id in its URL (…/document/d/<id>/edit or …open?id=<id>), or null when the URL names none. */
export function docIdOf(url: string): string | null {
  const m =
    /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(url) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(url);
  return m?.[1] ?? null;
}

/**
 * Called by the dialog for a Doc link: its text, one paragraph a line. DocumentApp.openByUrl needs the
 * documents scope the notice already holds
 * (https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String)); one
 * Body.getText gives all the text (https://developers.google.com/apps-script/reference/document/body#getText()).
 */
export function readImportDoc(url: string, services?: Services): string {
  const s = resolveServices(services);
  const locale = sessionLocale(s);
  const link = String(url ?? '').trim();
  if (!/^https:\/\/docs\.google\.com\//.test(link) || docIdOf(link) === null)
    throw new UserError(say(locale, M.notADocLink({ link: shorten(link, 60) })), 'import.url');
  try {
    return s.document.openByUrl(link).getBody().getText();
  } catch {
    throw new UserError(say(locale, M.cannotOpen), 'import.open');
  }
}

/**
 * Called by the dialog with the rows it read: appends them below 台账's last row and the free paragraphs
 * to 通报正文, under the document lock. No existing cell is written; a column the rows need and the ledger
 * lacks stops it before any write. Returns the sentence the dialog shows.
 */
export function appendImported(payload: ImportPayload, services?: Services): string {
  const s = resolveServices(services);
  return runOutcome('showImportDialog', s, (env) => append(s, env, payload))?.message ?? '';
}

/** The payload as sent by our dialog; anything else (it is callable by any script user) is refused. */
function checkPayload(payload: unknown, locale: Locale): ImportPayload {
  const bad = () => new UserError(say(locale, M.badPayload), 'import.payload');
  const p = payload as ImportPayload | null;
  if (!p || !Array.isArray(p.problems) || !Array.isArray(p.narrative)) throw bad();
  const text = (v: unknown) => typeof v === 'string' && v.length <= CELL_LIMIT;
  for (const row of p.problems) {
    if (!row || typeof row !== 'object') throw bad();
    for (const v of Object.values(row)) if (!text(v)) throw bad();
  }
  for (const n of p.narrative) if (!n || !text(n.section) || !text(n.text)) throw bad();
  return p;
}

/** The rows below 台账's last row and the paragraphs below 通报正文's, after every check; nothing written yet. */
function append(s: Services, env: CommandEnv, raw: unknown): Outcome<ImportSummary> {
  const { locale } = env;
  const payload = checkPayload(raw, locale);
  if (payload.problems.length === 0) throw new UserError(say(locale, M.nothingRead), 'import.none');
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const found = findLedgerSheet(ss);
  if (!found) throw new UserError(say(locale, M.noLedger), 'import.noLedger');
  const { sheet, grid } = found;
  const { header } = findHeader(grid);
  if (!header) throw new UserError(say(locale, M.noHeader({ name: sheet.getName() })), 'import.noHeader');
  // Every value the import carries needs its column: a missing one would drop it silently.
  const defs = importColumns().map((c) => c.def);
  const missing = defs.filter(
    (d) => header.columns[d.field] === undefined && payload.problems.some((p) => (p[d.field] ?? '') !== ''),
  );
  if (missing.length > 0) {
    const names = {
      labelsZh: missing.map((d) => d.zh).join('”“'),
      labelsEn: missing.map((d) => d.en).join(', '),
    };
    throw new UserError(say(locale, M.missingColumns(names)), 'import.columns');
  }
  const width = Math.max(grid[header.index]?.length ?? 0, 1);
  const rows = payload.problems.map((p) => {
    const row: string[] = new Array(width).fill('');
    for (const d of defs) {
      const i = header.columns[d.field];
      if (i !== undefined) row[i] = asText(p[d.field] ?? '');
    }
    return row;
  });
  // Below the last row that holds anything (getLastRow), so no row a person keeps is written over.
  const first = Math.max(sheet.getLastRow(), header.index + 1) + 1;
  const last = first + rows.length - 1;
  const ledger: Block = {
    sheet,
    row: first,
    column: 1,
    numRows: rows.length,
    numColumns: width,
    values: rows,
  };
  const narrative = narrativeWrites(ss, payload);
  const count = rows.length;
  const n = payload.narrative.length;
  const message = say(locale, M.appended({ count, first, last, sheet: sheet.getName(), narrative: n }));
  return {
    writes: mergeWrites({ spreadsheet: ss, blocks: [ledger], known: [knownSize(sheet, grid)] }, narrative),
    report: { show: 'toast', locale, lines: [say(locale, M.imported({ count, first, last }))] },
    value: { firstRow: first, lastRow: last, problems: count, narrative: n, message },
  };
}

/** The rows and columns a read showed: the data range of the grid. */
function knownSize(sheet: Sheet, grid: readonly (readonly Cell[])[]) {
  return { sheet, rows: grid.length, columns: grid[0]?.length ?? 0 };
}

/** 通报正文 gets the free paragraphs below what it holds (made with its header when missing). */
function narrativeWrites(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, payload: ImportPayload): Writes {
  if (payload.narrative.length === 0) return { blocks: [] };
  const values = payload.narrative.map((n) => [asText(n.section), asText(n.text)]);
  const existing =
    ss.getSheetByName(NARRATIVE_SHEETS[0] ?? '') ?? ss.getSheetByName(NARRATIVE_SHEETS[1] ?? '');
  if (!existing) {
    const sheet: NewSheet = { create: NARRATIVE_SHEETS[0] ?? '' };
    // The sheet's header stays in Chinese whatever the language, as the importer's sheet always was.
    values.unshift(['章节', '段落']);
    return {
      create: [sheet],
      blocks: [{ sheet, row: 1, column: 1, numRows: values.length, numColumns: 2, values }],
    };
  }
  const grid: Cell[][] = readGrid(existing);
  const block: Block = {
    sheet: existing,
    row: grid.length + 1,
    column: 1,
    numRows: values.length,
    numColumns: 2,
    values,
  };
  return { blocks: [block], known: [knownSize(existing, grid)] };
}
