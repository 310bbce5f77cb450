// Settings: reads the 设置 sheet and the sidebar form into validated settings, with a message per bad value.
import type { CalendarDate } from './dates';
import { type Finding, finding, findingMessage, findingText } from './findings';
import { hiddenCharacterFinding, withoutHiddenCharacters } from './hidden-chars';
import { isEmail } from './ledger';
import type { Locale } from './locale';
import type { Bilingual } from './messages/bilingual';
import type { DateReader, Parsed } from './settings/codecs';
import {
  DEFAULT_SETTINGS,
  SETTING_DEFS,
  type SettingDef,
  type SettingKey,
  type Settings,
  settingsSchema,
} from './settings/registry';
import { SETTINGS_SHEETS } from './sheets';
import { type Cell, cellText, normalise } from './text';

export * from './settings/codecs';
export * from './settings/domains';
export * from './settings/fonts';
export * from './settings/form';
export * from './settings/registry';

const KEY_INDEX = new Map<string, SettingDef>();
const ORDER = new Map<SettingKey, number>();
SETTING_DEFS.forEach((def, i) => {
  ORDER.set(def.key, i);
  for (const name of [def.label.zh, def.label.en, def.key]) KEY_INDEX.set(normalise(name).toLowerCase(), def);
});

/** The setting a key cell names (Chinese, English or the internal key), or null. */
export function settingOfKey(text: string): SettingDef | null {
  return KEY_INDEX.get(normalise(text).toLowerCase()) ?? null;
}

/** The setting of a key, which the registry always has. */
function defOf(key: SettingKey): SettingDef | undefined {
  const i = ORDER.get(key);
  return i === undefined ? undefined : SETTING_DEFS[i];
}

/** Turns a cell into the setting's type with its codec; the schema then checks ranges and formats. */
export function coerceSetting(def: SettingDef, value: Cell, dateOf?: DateReader): Parsed<unknown> {
  return def.codec.parse(value, dateOf);
}

export interface SettingIssue {
  key: SettingKey;
  message: string;
}

/** A rejected setting as data: which key, and why (the text is the catalogue's 'setting.invalid'). */
interface Rejection {
  key: SettingKey;
  why: Bilingual;
}

/** 提醒提前天数：“abc”不是整数, for the form: the setting's label, then why its value is not taken. */
function issueOf(r: Rejection, locale: Locale): SettingIssue {
  return { key: r.key, message: findingText(locale, findingMessage('setting.invalid', r)) };
}

/** Validates a partial settings object (from the form or the sheet) merged over the defaults. */
export function validateSettings(
  input: Partial<Record<SettingKey, unknown>>,
  locale: Locale = 'zh',
): { settings: Settings; issues: SettingIssue[] } {
  const { settings, rejected } = checkSchema(input);
  return { settings, issues: rejected.map((r) => issueOf(r, locale)) };
}

/** The schema's verdict on a partial settings object merged over the defaults; a bad key keeps its default. */
function checkSchema(input: Partial<Record<SettingKey, unknown>>): {
  settings: Settings;
  rejected: Rejection[];
} {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) merged[k] = v;
  const result = settingsSchema.safeParse(merged);
  if (result.success) return { settings: withLeaderTable(result.data, merged.leaderEmails), rejected: [] };
  const rejected: Rejection[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const badKeys = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]) as SettingKey;
    if (badKeys.has(key)) continue;
    badKeys.add(key);
    const def = defOf(key);
    if (def) rejected.push({ key, why: def.codec.invalid(merged[key]) });
  }
  for (const [k, v] of Object.entries(merged)) if (!badKeys.has(k)) settings[k] = v;
  return {
    settings: withLeaderTable(settings as Settings, badKeys.has('leaderEmails') ? {} : merged.leaderEmails),
    rejected,
  };
}

/**
 * The leader table as a null-prototype copy: zod drops a "__proto__" key, and a plain object would turn
 * it into a prototype, so the table the schema checked is copied over its output.
 */
function withLeaderTable(settings: Settings, table: unknown): Settings {
  const copy: Record<string, string> = Object.create(null);
  if (table && typeof table === 'object')
    for (const [title, address] of Object.entries(table)) if (isEmail(String(address))) copy[title] = address;
  return { ...settings, leaderEmails: copy };
}

/** Form values (strings, as typed in the sidebar) → validated settings, with a message per bad field. */
export function settingsFromForm(
  form: Record<string, string>,
  locale: Locale = 'zh',
): { settings: Settings; issues: SettingIssue[] } {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const issues: SettingIssue[] = [];
  for (const def of SETTING_DEFS) {
    if (!(def.key in form)) continue;
    const c = coerceSetting(def, form[def.key] ?? '');
    if (c.ok) values[def.key] = c.value;
    else issues.push(issueOf({ key: def.key, why: c.problem }, locale));
  }
  const validated = validateSettings(values, locale);
  // In the form's field order, whichever check found them.
  const order = (key: SettingKey) => ORDER.get(key) ?? -1;
  const all = [...issues, ...validated.issues].sort((a, b) => order(a.key) - order(b.key));
  return { settings: validated.settings, issues: all };
}

/** A setting as text for the 设置 sheet. */
export function settingText(def: SettingDef, settings: Settings, locale: Locale = 'zh'): string {
  return def.codec.format(settings[def.key], locale);
}

/**
 * Reads the 设置 sheet grid (key, value[, explanation] columns; a header row is skipped). Bad values are
 * findings on their cells and fall back to the default, so one typo never stops the whole ledger.
 */
export function parseSettings(
  grid: readonly (readonly Cell[])[],
  options: { firstRow?: number; dateOf?: (value: Date) => CalendarDate | null } = {},
): { settings: Settings; findings: Finding[]; unknownKeys: string[] } {
  const firstRow = options.firstRow ?? 1;
  const values: Partial<Record<SettingKey, unknown>> = {};
  const rows = new Map<SettingKey, number>();
  const findings: Finding[] = [];
  const unknownKeys: string[] = [];
  grid.forEach((cells, i) => {
    const keyText = cellText(cells?.[0]);
    if (keyText === '') return;
    const def = settingOfKey(keyText);
    if (!def) {
      if (!/^(项目|设置项|key|setting|名称)$/i.test(keyText)) unknownKeys.push(keyText);
      return;
    }
    // A title or signature with a bidi override or zero-width character: warn on the cell, read it without.
    const hidden = hiddenCharacterFinding(cells[1], firstRow + i, 2, null);
    if (hidden) findings.push({ ...hidden, sheet: SETTINGS_SHEET });
    const raw = typeof cells[1] === 'string' ? withoutHiddenCharacters(cells[1]) : cells[1];
    const c = coerceSetting(def, raw, options.dateOf);
    rows.set(def.key, firstRow + i);
    if (c.ok) values[def.key] = c.value;
    else findings.push(settingFinding(firstRow + i, { key: def.key, why: c.problem }));
  });
  const { settings, rejected } = checkSchema(values);
  for (const r of rejected) findings.push(settingFinding(rows.get(r.key) ?? firstRow, r));
  return { settings, findings: findings.sort((a, b) => a.row - b.row), unknownKeys };
}

/** The name of the settings sheet; findings on it carry it so adapters can point at the right sheet. */
export const SETTINGS_SHEET = SETTINGS_SHEETS[0];

function settingFinding(row: number, rejection: Rejection): Finding {
  return {
    ...finding(row, 2, null, 'error', findingMessage('setting.invalid', rejection)),
    sheet: SETTINGS_SHEET,
  };
}

/** The as-of date: the pinned setting when there is one, else today as the caller's clock says. */
export function effectiveAsOf(settings: Settings, today: CalendarDate): CalendarDate {
  return settings.asOf ?? today;
}
