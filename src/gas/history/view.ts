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
  tr,
} from '../../core';
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
  const pick = () =>
    new UserError(
      tr(
        locale,
        '请先在“台账”中点选要查看的问题所在的行（任一单元格），再点“查看本行修改记录”。',
        'First click any cell in the ledger row of the problem, then choose Show edit history of this row.',
      ),
      'history.no-row',
    );
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
  const title = id
    ? tr(locale, `修改记录 · 编号 ${id}`, `Edit history · ID ${id}`)
    : tr(locale, `修改记录 · 第${row}行`, `Edit history · row ${row}`);
  env.ui.showModalDialog(output, title);
  return { id, row, entries };
}

/** The dialog's page; every value from the sheet goes through escapeHtml. */
export function historyHtml(
  entries: readonly HistoryEntry[],
  o: { id: string; row: number; locale: Locale; time: (value: unknown) => string },
): string {
  const t = (zh: string, en: string) => escapeHtml(tr(o.locale, zh, en));
  const style =
    '<style>body{font:13px sans-serif;margin:8px}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}' +
    'th{background:#f3f3f3}td.v{white-space:pre-wrap;max-width:220px}</style>';
  if (entries.length === 0) {
    return `${style}<p>${t(
      '该问题暂无修改记录。开启修改记录（初始化台账）之后的每次修改都会记在“修改记录”表中。',
      'No edits recorded for this problem. Every edit made after Set up ledger is kept in the edit history sheet.',
    )}</p>`;
  }
  const shown = entries.slice(0, SHOWN_ENTRIES);
  const head = [
    t('时间', 'Time'),
    t('修改人', 'User'),
    t('单元格', 'Cell'),
    t('字段', 'Field'),
    t('原值', 'Old value'),
    t('新值', 'New value'),
  ]
    .map((h) => `<th>${h}</th>`)
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
      ? `<p>${t(
          `仅显示最近 ${shown.length} 条（共 ${entries.length} 条），完整记录见“修改记录”表。`,
          `Showing the newest ${shown.length} of ${entries.length}; the edit history sheet has them all.`,
        )}</p>`
      : '';
  return `${style}<table><tr>${head}</tr>${rows}</table>${more}`;
}
