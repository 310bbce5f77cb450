// The sidebar: showSidebar() and the thin server functions its page calls through google.script.run.
import { effectiveAsOf, findingText, LEDGER_SHEETS, type Locale, layoutNotice } from '../../core';
import { say } from '../../core/messages/bilingual';
import { sidebarServerMessages as M } from '../../core/messages/sidebar-server';
import { noticeOf } from '../notice/generate';
import { PRODUCT } from '../platform/command';
import { isUserError, UserError } from '../platform/errors';
import {
  calendarDateReader,
  findLedgerSheet,
  loadLedger,
  readSettings,
  type SettingsRead,
  sessionLocale,
  sheetByNames,
  todayIn,
} from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { buildDashboard, type Dashboard } from './model';
import { buildSettingsForm, type RawSetting, rejectedSettings, type SettingsForm } from './settings-form';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The page build/Sidebar.html (scripts/build.mjs makes it from src/gas/ui/sidebar.tmpl and sidebar/main.ts). */
export const SIDEBAR_FILE = 'Sidebar';

/** Menu 打开面板. The page holds no data: it asks for everything through google.script.run. */
export function showSidebar(services?: Services): void {
  const s = resolveServices(services);
  const locale = sessionLocale(s);
  const output = s.html
    .createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(say(locale, PRODUCT))
    .setSandboxMode(s.html.SandboxMode.IFRAME);
  s.spreadsheet.getUi().showSidebar(output);
}

/**
 * The dashboard: one read of the ledger and 设置 (loadLedger). A missing ledger or header is not an
 * error here: the page shows the message in place of the tiles, and the settings form still works.
 */
export function getDashboard(services?: Services): Dashboard {
  const s = resolveServices(services);
  try {
    const ctx = loadLedger(s, { requireHeader: 'none' });
    const first = ctx.parsed.findings[0];
    return buildDashboard({
      problems: ctx.ledger?.problems ?? null,
      findings: [...ctx.parsed.findings, ...ctx.settingsFindings],
      settings: ctx.settings,
      asOf: ctx.asOf,
      locale: ctx.locale,
      sheetName: ctx.sheet.getName(),
      notice: ctx.ledger || !first ? null : findingText(ctx.locale, first),
    });
  } catch (error) {
    if (!isUserError(error)) throw error;
    const ss = s.spreadsheet.getActiveSpreadsheet();
    const read = readSettings(s, ss, calendarDateReader(s, ss.getSpreadsheetTimeZone()));
    const today = todayIn(s, ss.getSpreadsheetTimeZone());
    return buildDashboard({
      problems: null,
      findings: read.findings,
      settings: read.settings,
      asOf: effectiveAsOf(read.settings, today),
      locale: read.locale,
      sheetName: '',
      notice: error.message,
    });
  }
}

/** The ledger sheet by name, else by its header (which reads the other sheets' values once). */
function ledgerSheet(s: Services, locale: Locale): Sheet {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const sheet = sheetByNames(ss, LEDGER_SHEETS) ?? findLedgerSheet(ss)?.sheet;
  if (!sheet) {
    throw new UserError(say(locale, M.ledgerSheetMissing), 'ledger.not-found');
  }
  return sheet;
}

/** Selects a whole ledger row (the page's overdue and due-soon items). Two calls: getRange and activate. */
export function selectRow(row: unknown, services?: Services): string {
  const s = resolveServices(services);
  const locale = sessionLocale(s);
  const sheet = ledgerSheet(s, locale);
  const n = Number(row);
  if (!Number.isInteger(n) || n < 1 || n > sheet.getMaxRows()) {
    throw new UserError(say(locale, M.rowNotInLedger({ row: String(row) })), 'row.invalid');
  }
  const range = sheet.getRange(n, 1, 1, Math.max(1, sheet.getLastColumn()));
  range.activate();
  return range.getA1Notation();
}

/** "I8" or "'设置'!B5": an optional quoted or plain sheet name, then one cell. */
const CELL = /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/;

/** Selects the cell of a finding: on the ledger sheet, or on the sheet it names (设置). */
export function selectCell(target: unknown, services?: Services): string {
  const s = resolveServices(services);
  const locale = sessionLocale(s);
  const m = CELL.exec(String(target ?? '').trim());
  if (!m) {
    throw new UserError(say(locale, M.notACellAddress({ target: String(target) })), 'cell.invalid');
  }
  const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const sheet = sheetName === undefined ? ledgerSheet(s, locale) : ss.getSheetByName(sheetName);
  if (!sheet) {
    throw new UserError(say(locale, M.findingSheetMissing({ sheet: sheetName ?? '' })), 'sheet.not-found');
  }
  const cell = `${m[3]}${m[4]}`;
  sheet.getRange(cell).activate();
  return cell;
}

/** The settings form, filled from 设置; values the schema rejects are shown as typed, with their message. */
export function getSettingsForm(services?: Services): SettingsForm {
  const s = resolveServices(services);
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const read = readSettings(s, ss, calendarDateReader(s, ss.getSpreadsheetTimeZone()));
  return buildSettingsForm(read.settings, read.locale, read.sheet ? invalidSettings(read) : []);
}

/** The rejected values on 设置, as typed. */
export function invalidSettings(read: SettingsRead): RawSetting[] {
  return read.sheet ? rejectedSettings(read.values, read.findings, read.locale) : [];
}

/** One paragraph of the notice preview: text runs the page puts in with textContent. */
export interface PreviewParagraph {
  role: string;
  align: string;
  indent: number;
  runs: { text: string; bold: boolean; font: string }[];
}

export interface NoticePreview {
  locale: Locale;
  paragraphs: PreviewParagraph[];
  warnings: string[];
}

/**
 * The notice as it would be generated now (same model and layout as the Doc and the .docx), as data:
 * the page builds it with textContent, so no ledger text is ever parsed as HTML.
 */
export function getNoticePreview(services?: Services): NoticePreview {
  const s = resolveServices(services);
  const ctx = loadLedger(s, { narrative: true });
  const { notice, warnings } = noticeOf(ctx);
  return {
    locale: ctx.locale,
    paragraphs: layoutNotice(notice).map((p) => ({
      role: p.role,
      align: p.align,
      indent: p.firstLineChars,
      runs: p.runs.map((r) => ({ text: r.text, bold: r.bold === true, font: r.font ?? p.font })),
    })),
    warnings: warnings.map((w) => w.message),
  };
}
