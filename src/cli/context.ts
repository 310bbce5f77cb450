// Loads what every command needs from disk: the ledger grid, settings, narrative, the as-of date and the language.
import {
  type CalendarDate,
  isCalendarDate,
  type Locale,
  NARRATIVE_SHEETS,
  parseDeadline,
  readExactDate,
  SETTINGS_SHEETS,
  tr,
} from '../core';
import { CliError } from './errors';
import { type CommandContext, contextFromSource, shanghaiDay } from './pipeline';
import { type Progress, silentProgress } from './progress';
import { readLedger, readSideFile } from './workbook';

export type { CommandContext } from './pipeline';

/** Today in Asia/Shanghai, the zone Chinese offices work in, as a calendar date. */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  return shanghaiDay(now);
}

import { envLocale } from './env-locale';

export { envLocale } from './env-locale';

/** The --as-of date: YYYY-MM-DD, or any exact day the ledger itself accepts (2024/10/30, 2024年10月30日). */
export function parseAsOf(text: string | undefined, locale: Locale = 'zh'): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const date = isCalendarDate(text.trim()) ? text.trim() : readExactDate(text);
  const typed = date === null ? parseDeadline(text) : null;
  if (typed && !typed.ok && typed.code === 'deadline.year-range')
    throw new CliError(
      tr(
        locale,
        `--as-of: “${text}”的年份超出范围；年份应在1900–2999年之间`,
        `--as-of: "${text}" has a year out of range; years must be 1900–2999`,
      ),
    );
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
  const asOf = parseAsOf(options.asOf, readLocale);
  const progress = options.progress ?? silentProgress;
  progress.stage(tr(readLocale, `读取 ${options.ledger}`, `Reading ${options.ledger}`));
  const source = await readLedger(options.ledger, readLocale);
  const settingsGrid = options.settings
    ? await readSideFile(options.settings, SETTINGS_SHEETS, readLocale)
    : null;
  const narrative = options.narrative
    ? await readSideFile(options.narrative, NARRATIVE_SHEETS, readLocale)
    : null;
  return contextFromSource(source, {
    settingsGrid,
    settingsFile: options.settings,
    narrative,
    asOf,
    lang: options.lang as Locale | undefined,
    ambientLocale: envLocale(),
    today: todayInShanghai(),
    progress,
  });
}
