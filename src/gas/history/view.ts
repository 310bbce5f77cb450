// 查看修改记录: a dialog with the edit history of the problem in the selected ledger row.
import {
  cellText,
  escapeHtml,
  findHeader,
  HISTORY_SHEET,
  type HistoryEntry,
  isDateObject,
  type Locale,
  problemHistory,
} from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { historyColumns, historyMessages as M } from '../../core/messages/history';
import { type CommandEnv, runCommand } from '../platform/command';
import { UserError } from '../platform/errors';
import { readGrid } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { isLedgerSheet } from './edits';

/** A long-edited problem could have thousands of entries; the dialog shows the newest. */
export const SHOWN_ENTRIES = 200;

export interface ProblemHistoryResult {
  id: string;
  row: number;
  entries: HistoryEntry[];
}

/** Menu 查看本行修改记录. */
export function showProblemHistory(services?: Services): ProblemHistoryResult | undefined {
  const s = resolveServices(services);
  return runCommand('showProblemHistory', s, (env) => show(s, env));
}

function show(s: Services, env: CommandEnv): ProblemHistoryResult {
  const { locale } = env;
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const pick = () => new UserError(say(locale, M.pickRow), 'history.no-row');
  if (!isLedgerSheet(s, sheet)) throw pick();
  const row = sheet.getActiveRange()?.getRow() ?? 0;
  const grid = readGrid(sheet);
  const { header } = findHeader(grid);
  if (!header || row <= header.index + 1 || row > grid.length) throw pick();
  const id = header.columns.id === undefined ? '' : cellText(grid[row - 1]?.[header.columns.id]);
  const log = ss.getSheetByName(HISTORY_SHEET);
  const entries = log ? problemHistory(readGrid(log).slice(1), { id, row }) : [];
  const timeZone = ss.getSpreadsheetTimeZone();
  const time = (value: unknown) =>
    isDateObject(value)
      ? s.utilities.formatDate(value, timeZone, 'yyyy-MM-dd HH:mm')
      : cellText(value as string);
  const html = historyHtml(entries, { id, row, locale, time });
  const output = s.html.createHtmlOutput(html).setWidth(760).setHeight(480);
  const title = say(locale, id ? M.titleById({ id }) : M.titleByRow({ row }));
  env.ui.showModalDialog(output, title);
  return { id, row, entries };
}

/** The dialog's page; every value from the sheet goes through escapeHtml. */
export function historyHtml(
  entries: readonly HistoryEntry[],
  o: { id: string; row: number; locale: Locale; time: (value: unknown) => string },
): string {
  const t = (text: Bilingual) => escapeHtml(say(o.locale, text));
  const style =
    '<style>body{font:13px sans-serif;margin:8px}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}' +
    'th{background:#f3f3f3}td.v{white-space:pre-wrap;max-width:220px}</style>';
  if (entries.length === 0) {
    return `${style}<p>${t(M.noEdits)}</p>`;
  }
  const shown = entries.slice(0, SHOWN_ENTRIES);
  // The sheet's columns but 编号: the dialog is for one problem, named in its title.
  const c = historyColumns;
  const head = [c.time, c.user, c.cell, c.field, c.oldValue, c.newValue]
    .map((h) => `<th>${t(h)}</th>`)
    .join('');
  const rows = shown
    .map(
      (e) =>
        `<tr><td>${escapeHtml(o.time(e.time))}</td><td>${escapeHtml(e.user)}</td><td>${escapeHtml(e.cell)}</td>` +
        `<td>${escapeHtml(e.field)}</td><td class="v">${escapeHtml(e.oldValue)}</td><td class="v">${escapeHtml(e.newValue)}</td></tr>`,
    )
    .join('');
  const more =
    entries.length > shown.length
      ? `<p>${t(M.newestShown({ shown: shown.length, total: entries.length }))}</p>`
      : '';
  return `${style}<table><tr>${head}</tr>${rows}</table>${more}`;
}
