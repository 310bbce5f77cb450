// Loads what every command needs from disk: the ledger grid, settings, narrative, the as-of date and the language.
import {
  type CalendarDate,
  isCalendarDate,
  type Locale,
  NARRATIVE_SHEETS,
  parseDeadline,
  readExactDate,
  SETTINGS_SHEETS,
} from '../core';
import { say } from '../core/messages/bilingual';
import { CLI_ARGS as M } from '../core/messages/cli';
import { checkedRunLocale } from './args';
import { CliError } from './errors';
import { type CommandContext, contextFromSource, shanghaiDay } from './pipeline';
import { type Progress, silentProgress } from './progress-port';
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
  if (typed && !typed.ok && typed.error.code === 'deadline.year-range')
    throw new CliError(say(locale, M.asOfYearOutOfRange({ text })));
  if (date === null) throw new CliError(say(locale, M.asOfNotADate({ text })));
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
  // Until the settings are read, messages follow --lang or the terminal's language.
  const readLocale = checkedRunLocale(options.lang);
  const asOf = parseAsOf(options.asOf, readLocale);
  const progress = options.progress ?? silentProgress;
  progress.stage(say(readLocale, M.reading({ path: options.ledger })));
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
