// What a command does between the bytes it read and the bytes it writes, with no file system or clock: the CLI and the offline page both call these.
import {
  buildNotice,
  type CalendarDate,
  type Cell,
  computeTotals,
  type Finding,
  findingText,
  type Ledger,
  type Locale,
  type NoticeResult,
  openLedger,
  type ParseResult,
  planReminders,
  REMINDER_LOG_SHEET,
  type ReminderMemory,
  type ReminderPlan,
  readReminderLog,
  type Settings,
  type Totals,
} from '../core';
import { say } from '../core/messages/bilingual';
import { CHECK_TEXT } from '../core/messages/cli';
import { COLOUR_REPORT } from '../core/messages/cli-colour';
import { CliError } from './errors';
import { fileNameOf, findSheet, type LedgerSource, sheetGrid } from './ledger-bytes';
import type { Progress } from './progress-port';
import { type ColourSummary, colourWorkbook, workbookFromGrid } from './xlsx-colour';

// The count tables moved to totals-tables.ts; commands and the offline page still find them here.
export { groupRows, headlineRows, statusRows, unknownStatusLabel } from './totals-tables';

export interface CommandContext {
  path: string;
  sheetName: string;
  grid: Cell[][];
  settings: Settings;
  settingsFindings: Finding[];
  narrative: Cell[][] | null;
  asOf: CalendarDate;
  locale: Locale;
  parsed: ParseResult;
  /** The opened .xlsx package and its ledger sheet (null for CSV), for `colour`, which writes a copy. */
  book: LedgerSource['book'];
  sheet: LedgerSource['sheet'];
  /** The ledger sheet's formula cells and whether each had a cached result (none for CSV). */
  formulas: LedgerSource['formulas'];
  /** The ledger sheet's merged ranges. */
  merges: LedgerSource['merges'];
  /** The .xlsx file's bytes as read (null for CSV), so no command reads the file again. */
  workbookBytes: LedgerSource['bytes'];
}

/** The calendar day in Asia/Shanghai, the zone Chinese offices work in, at the instant the caller passes. */
export function shanghaiDay(now: Date): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export interface SourceOptions {
  /** A settings grid from its own file (--settings), instead of the workbook's 设置 sheet. */
  settingsGrid?: Cell[][] | null;
  /** The name of that file, which its findings point at instead of a 设置 sheet the ledger lacks. */
  settingsFile?: string;
  /** Settings already validated (the offline page's form), instead of reading any grid. */
  settings?: Settings;
  /** A narrative grid from its own file (--narrative), instead of the workbook's 通报正文 sheet. */
  narrative?: Cell[][] | null;
  /** An explicit as-of date (--as-of, the page's date picker); else 设置 › 统计截止日期, else `today`. */
  asOf?: CalendarDate;
  /** An explicit language (--lang, the page's switch); it beats 设置 › 语言. */
  lang?: Locale;
  /** The language of the surroundings (terminal locale, browser language) when neither --lang nor 设置 says. */
  ambientLocale?: Locale | null;
  /** Today as the caller's clock says (the core has no clock). */
  today: CalendarDate;
  progress?: Progress;
}

/** Settings, language, as-of date and the parsed ledger for a ledger already read from its bytes. */
export function contextFromSource(source: LedgerSource, options: SourceOptions): CommandContext {
  const opened = openLedger({
    grid: source.grid,
    settingsGrid: options.settingsGrid ?? source.settings,
    settings: options.settings,
    narrative: options.narrative ?? source.narrative,
    lang: options.lang,
    platformLocale: () => options.ambientLocale,
    today: options.today,
    asOf: options.asOf,
    // The grid holds each formula's cached value; the list says which formulas had none (ParseOptions.formulas).
    parse: { formulas: source.formulas },
    beforeParse: (locale) => options.progress?.stage(say(locale, CHECK_TEXT.checkingLedger)),
  });
  // Settings from their own file: point at that file, not at a 设置 sheet the ledger does not have.
  const file = options.settingsFile;
  const settingsFindings = file
    ? opened.settingsFindings.map((f) => ({ ...f, sheet: fileNameOf(file) }))
    : opened.settingsFindings;
  return {
    path: source.path,
    sheetName: source.sheetName,
    grid: source.grid,
    settings: opened.settings,
    settingsFindings,
    narrative: opened.narrative,
    asOf: opened.asOf,
    locale: opened.locale,
    parsed: opened.parsed,
    book: source.book,
    sheet: source.sheet,
    formulas: source.formulas,
    merges: source.merges,
    workbookBytes: source.bytes,
  };
}

/** The parsed ledger, or exit 2 when the sheet is not a ledger at all (no header, missing columns). */
export function requireLedger(ctx: CommandContext): Ledger {
  const headerProblem = ctx.parsed.findings.find((f) => f.code.startsWith('header.'));
  if (!ctx.parsed.ledger || headerProblem) {
    const where = ctx.sheetName ? `${ctx.path} [${ctx.sheetName}]` : ctx.path;
    throw new CliError(`${where}: ${headerProblem ? findingText(ctx.locale, headerProblem) : 'no ledger'}`);
  }
  return ctx.parsed.ledger;
}

export function allFindings(ctx: CommandContext): Finding[] {
  return [...ctx.settingsFindings, ...ctx.parsed.findings];
}

/** The ledger's totals under the office's settings, as every command that shows them computes them. */
export function totalsOf(ctx: CommandContext): Totals {
  return computeTotals(requireLedger(ctx).problems, {
    asOf: ctx.asOf,
    leadDays: ctx.settings.leadDays,
    locale: ctx.locale,
    closureReview: ctx.settings.closureReview,
  });
}

/** The notice of a loaded ledger, with the 通报正文 narrative and settings the context carries. */
export function noticeOf(ctx: CommandContext): NoticeResult {
  const ledger = requireLedger(ctx);
  return buildNotice({
    problems: ledger.problems,
    settings: ctx.settings,
    asOf: ctx.asOf,
    narrative: ctx.narrative,
    locale: ctx.locale,
  });
}

export type NoticeFormat = 'docx' | 'html';

export async function renderNotice(result: NoticeResult, format: NoticeFormat): Promise<Uint8Array | string> {
  // Loaded on use: the docx library costs a quarter second that check, totals and colour do not need.
  return format === 'docx'
    ? (await import('./render/docx')).renderDocx(result.notice)
    : (await import('./render/html')).renderHtml(result.notice);
}

/** Colours a copy of the context's workbook (or of a new one made from a CSV) and returns the .xlsx bytes. */
export async function colouredWorkbook(
  ctx: CommandContext,
  progress?: Progress,
): Promise<{ bytes: Uint8Array; summary: ColourSummary }> {
  const ledger = requireLedger(ctx);
  const target =
    ctx.book && ctx.sheet
      ? { book: ctx.book, sheet: ctx.sheet, merges: ctx.merges }
      : { ...workbookFromGrid(ctx.grid, ledger, ctx.locale), merges: [] };
  const result = colourWorkbook(target.book, target.sheet, target.merges, ctx.grid, ledger, {
    asOf: ctx.asOf,
    leadDays: ctx.settings.leadDays,
    locale: ctx.locale,
    findings: allFindings(ctx),
    progress,
  });
  progress?.stage(say(ctx.locale, COLOUR_REPORT.writingWorkbook));
  return result;
}

export function colourSummaryText(file: string, s: ColourSummary, leadDays: number, l: Locale): string[] {
  const { legendSheet } = s;
  const lines = [say(l, COLOUR_REPORT.wrote({ file, ...s.rows, leadDays, notes: s.notes, legendSheet }))];
  if (s.keptFills > 0) lines.push(say(l, COLOUR_REPORT.keptFills({ count: s.keptFills })));
  if (s.skippedNotes > 0)
    lines.push(say(l, COLOUR_REPORT.skippedNotes({ count: s.skippedNotes, legendSheet })));
  return lines;
}

/** The 提醒记录 sheet of an .xlsx downloaded from Sheets, so the dry run skips what was already sent. */
function logMemory(ctx: CommandContext): ReminderMemory | undefined {
  const sheet = ctx.book ? findSheet(ctx.book, [REMINDER_LOG_SHEET, 'Reminder log']) : undefined;
  return ctx.book && sheet ? readReminderLog(sheetGrid(ctx.book, sheet)) : undefined;
}

/** The plan for a loaded ledger; digests are in --lang when given, else in the 语言 setting, as the trigger writes them. */
export function reminderPlanOf(ctx: CommandContext, lang?: string): ReminderPlan {
  const ledger = requireLedger(ctx);
  const language: Locale = lang === 'en' || lang === 'zh' ? lang : ctx.settings.language;
  return planReminders({
    problems: ledger.problems,
    asOf: ctx.asOf,
    settings: { ...ctx.settings, language },
    memory: logMemory(ctx),
    findings: ctx.parsed.findings,
    ledgerName: fileNameOf(ctx.path),
  });
}

/** The plan as JSON: the core's own data, bodies included. */
export function reminderJson(plan: ReminderPlan): string {
  return JSON.stringify({ dryRun: true, sent: 0, ...plan }, null, 2);
}
