// 从通报导入: the dialog reads a Google Doc (by its URL) or pasted text in the browser; here the rows are appended.
import { type Cell, findHeader, LEDGER_SHEETS, type Locale, NARRATIVE_SHEETS, shorten, tr } from '../../core';
import { importColumns } from '../../core/import/grid';
import { type CommandEnv, runCommand } from '../platform/command';
import { UserError } from '../platform/errors';
import { findLedgerSheet, readGrid, sessionLocale } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { appendRows, writeBlock } from '../platform/sheet-executor';
import { asText } from '../platform/sheet-write';
import type { ImportPayload } from './payload';

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
  s.spreadsheet
    .getUi()
    .showModalDialog(output, tr(locale, '整改台账助手 · 从通报导入', 'Rectify · Import from a notice'));
}

/** The Doc's id in its URL (…/document/d/<id>/edit or …open?id=<id>), or null when the URL names none. */
export function docIdOf(url: string): string | null {
  const m =
    /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(url) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(url);
  return m ? m[1] : null;
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
    throw new UserError(
      tr(
        locale,
        `“${shorten(link, 60)}”不是 Google 文档的链接；请复制文档地址栏中的链接（https://docs.google.com/document/d/…）`,
        `"${shorten(link, 60)}" is not a Google Doc link; copy the link from the Doc's address bar (https://docs.google.com/document/d/…)`,
      ),
      'import.url',
    );
  try {
    return s.document.openByUrl(link).getBody().getText();
  } catch {
    throw new UserError(
      tr(
        locale,
        '打不开这个文档：链接可能有误，或您没有查看权限。请在浏览器中确认能打开它。',
        'The Doc cannot be opened: the link may be wrong, or you may not have access. Check that it opens in your browser.',
      ),
      'import.open',
    );
  }
}

/**
 * Called by the dialog with the rows it read: appends them below 台账's last row and the free paragraphs
 * to 通报正文, under the document lock. No existing cell is written; a column the rows need and the ledger
 * lacks stops it before any write. Returns the sentence the dialog shows.
 */
export function appendImported(payload: ImportPayload, services?: Services): string {
  const s = resolveServices(services);
  return runCommand('showImportDialog', s, (env) => append(s, env, payload))?.message ?? '';
}

/** The payload as sent by our dialog; anything else (it is callable by any script user) is refused. */
function checkPayload(payload: unknown, locale: Locale): ImportPayload {
  const bad = () =>
    new UserError(
      tr(
        locale,
        '导入的数据格式不对，台账未改动。',
        'The imported data is not in the expected form; the ledger is unchanged.',
      ),
      'import.payload',
    );
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

function append(s: Services, env: CommandEnv, raw: unknown): { message: string } {
  const { locale } = env;
  const payload = checkPayload(raw, locale);
  if (payload.problems.length === 0)
    throw new UserError(
      tr(
        locale,
        '没有读出任何问题（找不到带整改措施、整改时限或整改进展的问题条目），台账未改动。',
        'No problems were found (no block with measures, a deadline or progress); the ledger is unchanged.',
      ),
      'import.none',
    );
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const found = findLedgerSheet(ss);
  if (!found)
    throw new UserError(
      tr(
        locale,
        `没有找到“${LEDGER_SHEETS[0]}”：请先运行 初始化台账，再导入。`,
        `No ${LEDGER_SHEETS[1]} sheet: run Set up ledger first, then import.`,
      ),
      'import.noLedger',
    );
  const { sheet, grid } = found;
  const { header } = findHeader(grid);
  if (!header)
    throw new UserError(
      tr(
        locale,
        `“${sheet.getName()}”没有台账表头：请先运行 初始化台账，再导入。`,
        `"${sheet.getName()}" has no ledger header: run Set up ledger first, then import.`,
      ),
      'import.noHeader',
    );
  // Every value the import carries needs its column: a missing one would drop it silently.
  const defs = importColumns().map((c) => c.def);
  const missing = defs.filter(
    (d) => header.columns[d.field] === undefined && payload.problems.some((p) => (p[d.field] ?? '') !== ''),
  );
  if (missing.length > 0)
    throw new UserError(
      tr(
        locale,
        `台账缺少“${missing.map((d) => d.zh).join('”“')}”列，导入的内容放不下：请先运行 初始化台账（只添加缺少的列），再导入。台账未改动。`,
        `The ledger lacks the column(s) ${missing.map((d) => d.en).join(', ')}: run Set up ledger first (it only adds missing columns), then import. The ledger is unchanged.`,
      ),
      'import.columns',
    );
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
  const firstRow = appendRows(sheet, rows, Math.max(sheet.getLastRow(), header.index + 1));
  const lastRow = firstRow + rows.length - 1;
  const narrative = appendNarrative(ss, payload);
  env.toast(
    tr(
      locale,
      `已导入 ${rows.length} 个问题到第${firstRow}–${lastRow}行`,
      `Imported ${rows.length} problems into rows ${firstRow}–${lastRow}`,
    ),
  );
  const summary: ImportSummary = {
    firstRow,
    lastRow,
    problems: rows.length,
    narrative,
    message: tr(
      locale,
      `已在“${sheet.getName()}”第${firstRow}–${lastRow}行追加 ${rows.length} 个问题，通报正文 ${narrative} 段；原有的行未改动。`,
      `Appended ${rows.length} problems to rows ${firstRow}–${lastRow} of ${sheet.getName()} and ${narrative} narrative paragraphs; existing rows are unchanged.`,
    ),
  };
  return summary;
}

/** 通报正文 gets the free paragraphs below what it holds (made with its header when missing). */
function appendNarrative(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, payload: ImportPayload): number {
  if (payload.narrative.length === 0) return 0;
  let sheet = ss.getSheetByName(NARRATIVE_SHEETS[0]) ?? ss.getSheetByName(NARRATIVE_SHEETS[1]);
  if (!sheet) {
    sheet = ss.insertSheet(NARRATIVE_SHEETS[0]);
    writeBlock(sheet, 1, 1, [['章节', '段落']]);
  }
  const existing: Cell[][] = readGrid(sheet);
  appendRows(
    sheet,
    payload.narrative.map((n) => [asText(n.section), asText(n.text)]),
    existing.length,
  );
  return payload.narrative.length;
}
