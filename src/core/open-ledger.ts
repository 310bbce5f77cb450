// Opening a ledger, once for every adapter: settings, the language, the as-of date and the parsed ledger from grids.
import type { CalendarDate } from './dates';
import type { Finding } from './findings';
import { type ParseOptions, type ParseResult, parseLedger } from './ledger';
import type { Locale } from './locale';
import { effectiveAsOf, parseSettings, type Settings, settingOfKey } from './settings';
import { type Cell, cellText, isBlank } from './text';

type Grid = readonly (readonly Cell[])[];

/** What decides the settings and the language, before the ledger itself is read. */
export interface SettingsInput {
  /** The 设置 grid as read (null or [] when there is none); Date cells already calendar dates where the platform has zones. */
  settingsGrid: Grid | null;
  /** Settings already validated (the offline page's form): used as they are, and no grid is read. */
  settings?: Settings;
  /** A language the person chose for this run (--lang, the page's switch): it beats 设置 › 语言. */
  lang?: Locale;
  /**
   * The language of the surroundings (the account's locale, the terminal's, the browser's), asked only when
   * neither `lang` nor a filled-in 语言 says: on Apps Script asking costs a service call.
   */
  platformLocale: () => Locale | null | undefined;
}

export interface OpenedSettings {
  settings: Settings;
  /** Findings on 设置 cells (they carry sheet: '设置'). */
  settingsFindings: Finding[];
  locale: Locale;
}

export interface OpenLedgerInput extends SettingsInput {
  /** The ledger sheet's values: grid[0] is sheet row `parse.firstRow` (1 by default). */
  grid: Grid;
  /** The 通报正文 grid when the caller read one; carried through untouched for the notice. */
  narrative?: Cell[][] | null;
  /** Today as the caller's clock says, in the ledger's zone (the core has no clock). */
  today: CalendarDate;
  /** An as-of date the person gave for this run (--as-of, the page's picker); else 设置 › 统计截止日期, else today. */
  asOf?: CalendarDate;
  /** How the platform's cells read: where grid[0] sits, Date cells in the sheet's zone, formulas without a result. */
  parse?: Pick<ParseOptions, 'firstRow' | 'dateOf' | 'formulas'>;
  /** Called with the language just before the ledger is parsed, so a terminal can say "checking" in it. */
  beforeParse?: (locale: Locale) => void;
}

export interface OpenedLedger extends OpenedSettings {
  asOf: CalendarDate;
  narrative: Cell[][] | null;
  parsed: ParseResult;
}

/**
 * Whether 设置 has a 语言 row with something in it. Only then does the 语言 setting pick the language; a value
 * that names no language still counts, and gives the default, as the parsed settings hold it.
 */
export function languageFilledIn(grid: Grid): boolean {
  return grid.some((row) => settingOfKey(cellText(row?.[0]))?.key === 'language' && !isBlank(row[1]));
}

/**
 * The settings and the language for a run. The language is, first to last: the run's `lang`, the validated
 * settings' language, a filled-in 设置 › 语言, the platform's locale, Chinese. Findings carry codes, not text
 * (adapters render them in this language), so the grid is parsed once.
 */
export function openSettings(input: SettingsInput): OpenedSettings {
  if (input.settings) {
    const locale = input.lang ?? input.settings.language;
    return { settings: input.settings, settingsFindings: [], locale };
  }
  const grid = input.settingsGrid ?? [];
  const { settings, findings } = parseSettings(grid);
  const locale =
    input.lang ?? (languageFilledIn(grid) ? settings.language : null) ?? input.platformLocale() ?? 'zh';
  return { settings, settingsFindings: findings, locale };
}

/** Everything every command reads from a ledger, from the grids the adapter read: one path for the add-on and the CLI. */
export function openLedger(input: OpenLedgerInput): OpenedLedger {
  const opened = openSettings(input);
  const asOf = input.asOf ?? effectiveAsOf(opened.settings, input.today);
  input.beforeParse?.(opened.locale);
  const parsed = parseLedger(input.grid, {
    ...input.parse,
    asOf,
    closureReview: opened.settings.closureReview,
  });
  return { ...opened, asOf, narrative: input.narrative ?? null, parsed };
}
