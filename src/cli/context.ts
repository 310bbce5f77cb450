// Loads what every command needs: the ledger grid, settings, narrative, the as-of date and the language.
import { basename } from 'node:path';
import {
  type CalendarDate,
  type Cell,
  effectiveAsOf,
  type Finding,
  isCalendarDate,
  type Locale,
  NARRATIVE_SHEETS,
  type ParseResult,
  parseLedger,
  parseSettings,
  readExactDate,
  SETTINGS_SHEETS,
  type Settings,
  tr,
} from '../core';
import { CliError } from './errors';
import { type Progress, silentProgress } from './progress';
import { type LedgerSource, readLedger, readSideFile } from './workbook';

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
  /** The loaded workbook and its ledger sheet (null for CSV), for `colour`, which writes a copy. */
  workbook: LedgerSource['workbook'];
  sheet: LedgerSource['sheet'];
  /** The .xlsx file's bytes as read (null for CSV), so no command reads the file again. */
  workbookBytes: LedgerSource['bytes'];
}

/** Today in Asia/Shanghai, the zone Chinese offices work in, as a calendar date. */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** English when the terminal's locale is English (en_US…); Chinese otherwise. */
export function envLocale(env: NodeJS.ProcessEnv = process.env): Locale | null {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en[_-]/i.test(tag) ? 'en' : null;
}

/** The --as-of date: YYYY-MM-DD, or any exact day the ledger itself accepts (2024/10/30, 2024年10月30日). */
export function parseAsOf(text: string | undefined, locale: Locale = 'zh'): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const date = isCalendarDate(text.trim()) ? text.trim() : readExactDate(text);
  if (date === null)
    throw new CliError(
      tr(
        locale,
        `--as-of: “${text}”不是日期，请写成 YYYY-MM-DD，如 2024-10-30`,
        `--as-of: "${text}" is not a date; write YYYY-MM-DD, e.g. 2024-10-30`,
      ),
    );
  return date;
}

export interface ContextOptions {
  ledger: string;
  asOf?: string;
  settings?: string;
  narrative?: string;
  lang?: string;
  /** Shows reading and checking on a terminal for large ledgers. */
  progress?: Progress;
}

export async function loadContext(options: ContextOptions): Promise<CommandContext> {
  if (options.lang !== undefined && !/^(zh|en)$/.test(options.lang)) {
    throw new CliError(`--lang: “${options.lang}”应为 zh 或 en / must be zh or en`);
  }
  // Until the settings are read, messages follow --lang or the terminal's language.
  const readLocale: Locale = (options.lang as Locale | undefined) ?? envLocale() ?? 'zh';
  const asOfArg = parseAsOf(options.asOf, readLocale);
  const progress = options.progress ?? silentProgress;
  progress.stage(tr(readLocale, `读取 ${options.ledger}`, `Reading ${options.ledger}`));
  const source = await readLedger(options.ledger, readLocale);
  const settingsGrid = options.settings
    ? await readSideFile(options.settings, SETTINGS_SHEETS, readLocale)
    : source.settings;
  const narrative = options.narrative
    ? await readSideFile(options.narrative, NARRATIVE_SHEETS, readLocale)
    : source.narrative;
  const setLanguage = settingsGrid?.some((r) => /^(语言|language)$/i.test(String(r?.[0] ?? '').trim()));
  const parsedSettings = parseSettings(settingsGrid ?? []);
  const locale: Locale =
    (options.lang as Locale | undefined) ??
    (setLanguage ? parsedSettings.settings.language : null) ??
    envLocale() ??
    'zh';
  const read = parseSettings(settingsGrid ?? [], { locale });
  const { settings } = read;
  // Settings from their own file: point at that file, not at a 设置 sheet the ledger does not have.
  const findings = options.settings
    ? read.findings.map((f) => ({ ...f, sheet: basename(options.settings as string) }))
    : read.findings;
  const asOf = asOfArg ?? effectiveAsOf(settings, todayInShanghai());
  progress.stage(tr(locale, '检查台账', 'Checking the ledger'));
  const parsed = parseLedger(source.grid, { asOf, locale, closureReview: settings.closureReview });
  return {
    path: options.ledger,
    sheetName: source.sheetName,
    grid: source.grid,
    settings,
    settingsFindings: findings,
    narrative,
    asOf,
    locale,
    parsed,
    workbook: source.workbook,
    sheet: source.sheet,
    workbookBytes: source.bytes,
  };
}
