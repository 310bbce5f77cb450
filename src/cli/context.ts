// Loads what every command needs: the ledger grid, settings, narrative, the as-of date and the language.
import {
  type CalendarDate,
  type Cell,
  effectiveAsOf,
  type Finding,
  isCalendarDate,
  type Locale,
  type ParseResult,
  parseLedger,
  parseSettings,
  type Settings,
} from '../core';
import { CliError } from './errors';
import { NARRATIVE_SHEETS, readLedger, readSideFile, SETTINGS_SHEETS } from './workbook';

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

export function parseAsOf(text: string | undefined): CalendarDate | undefined {
  if (text === undefined) return undefined;
  if (!isCalendarDate(text))
    throw new CliError(`--as-of: “${text}”不是日期，请写成 YYYY-MM-DD，如 2024-10-30`);
  return text;
}

export interface ContextOptions {
  ledger: string;
  asOf?: string;
  settings?: string;
  narrative?: string;
  lang?: string;
}

export async function loadContext(options: ContextOptions): Promise<CommandContext> {
  const asOfArg = parseAsOf(options.asOf);
  if (options.lang !== undefined && !/^(zh|en)$/.test(options.lang)) {
    throw new CliError(`--lang: “${options.lang}”应为 zh 或 en`);
  }
  const source = await readLedger(options.ledger);
  const settingsGrid = options.settings
    ? await readSideFile(options.settings, SETTINGS_SHEETS)
    : source.settings;
  const narrative = options.narrative
    ? await readSideFile(options.narrative, NARRATIVE_SHEETS)
    : source.narrative;
  const setLanguage = settingsGrid?.some((r) => /^(语言|language)$/i.test(String(r?.[0] ?? '').trim()));
  const parsedSettings = parseSettings(settingsGrid ?? []);
  const locale: Locale =
    (options.lang as Locale | undefined) ??
    (setLanguage ? parsedSettings.settings.language : null) ??
    envLocale() ??
    'zh';
  const { settings, findings } = parseSettings(settingsGrid ?? [], { locale });
  const asOf = asOfArg ?? effectiveAsOf(settings, todayInShanghai());
  const parsed = parseLedger(source.grid, { asOf, locale });
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
  };
}
