// Settings: reads the 设置 sheet and the sidebar form into validated settings, with a message per bad value.
import type { CalendarDate } from './dates';
import { type Finding, finding } from './findings';
import { hiddenCharacterFinding, withoutHiddenCharacters } from './hidden-chars';
import { isEmail, readExactDate } from './ledger';
import { type Locale, tr } from './locale';
import {
  DEFAULT_SETTINGS,
  SETTING_DEFS,
  type SettingDef,
  type SettingKey,
  type Settings,
  settingsSchema,
} from './settings-schema';
import { SETTINGS_SHEETS } from './sheets';
import { parseStatus, STATUSES, type Status, statusLabel } from './status';
import { type Cell, cellText, foldWidth, isBlank, normalise } from './text';

export * from './settings-schema';

const KEY_INDEX = new Map<string, SettingDef>();
for (const def of SETTING_DEFS) {
  for (const name of [def.zh, def.en, def.key]) KEY_INDEX.set(normalise(name).toLowerCase(), def);
}

/** The setting a key cell names (Chinese, English or the internal key), or null. */
export function settingOfKey(text: string): SettingDef | null {
  return KEY_INDEX.get(normalise(text).toLowerCase()) ?? null;
}

type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

/** Turns a cell into the setting's type; the schema then checks ranges and formats. */
export function coerceSetting(
  def: SettingDef,
  value: Cell,
  locale: Locale = 'zh',
  /** Reads a Date cell as a calendar date in the spreadsheet's zone; defaults to its UTC fields. */
  dateOf?: (value: Date) => CalendarDate | null,
): Coerced {
  const text = cellText(value);
  const bad = (zh: string, en: string): Coerced => ({ ok: false, message: tr(locale, zh, en) });
  switch (def.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'date': {
      if (isBlank(value)) return { ok: true, value: undefined };
      const d = readExactDate(value, dateOf);
      return d
        ? { ok: true, value: d }
        : bad(`“${text}”不是日期，请写成 2024-10-30`, `"${text}" is not a date; write 2024-10-30`);
    }
    case 'int': {
      // A cleared cell means "use the default", as for dates and statuses.
      if (isBlank(value)) return { ok: true, value: undefined };
      // Number() would take '0x10' and '1e2'; a clerk's whole number is digits only.
      const n = typeof value === 'number' ? value : wholeNumber(foldWidth(text));
      return text !== '' && Number.isInteger(n)
        ? { ok: true, value: n }
        : bad(`“${text}”不是整数`, `"${text}" is not a whole number`);
    }
    case 'bool': {
      const t = foldWidth(text).toLowerCase();
      if (value === true || ['是', 'yes', 'y', 'true', '1', '✓', '√', '✔'].includes(t))
        return { ok: true, value: true };
      if (value === false || ['否', 'no', 'n', 'false', '0', '', '×', '✗', '✘'].includes(t))
        return { ok: true, value: false };
      return bad(`“${text}”应为“是”或“否”`, `"${text}" should be yes or no`);
    }
    case 'language': {
      const t = foldWidth(text).toLowerCase();
      if (/^(zh|中文|汉语|chinese|zh[-_].*)?$/.test(t)) return { ok: true, value: 'zh' };
      if (/^(en|英文|英语|english|en[-_].*)$/.test(t)) return { ok: true, value: 'en' };
      return bad(`“${text}”应为 zh（中文）或 en（英文）`, `"${text}" should be zh or en`);
    }
    case 'statuses': {
      const words = foldWidth(text)
        .split(/[、,;；，\s]+/)
        .filter(Boolean);
      const statuses: Status[] = [];
      for (const w of words) {
        const s = parseStatus(w);
        if (!s) return bad(`状态“${w}”无法识别`, `Status "${w}" is not recognised`);
        if (!statuses.includes(s)) statuses.push(s);
      }
      return { ok: true, value: statuses.length ? statuses : [...STATUSES] };
    }
    case 'ints': {
      const words = foldWidth(text)
        .split(/[、,;；，\s]+/)
        .filter(Boolean);
      const numbers = words.map(wholeNumber);
      if (numbers.some((n) => !Number.isInteger(n)))
        return bad(
          `“${text}”应为用顿号隔开的整数，如 7、1`,
          `"${text}" should be whole numbers such as 7, 1`,
        );
      return { ok: true, value: [...new Set(numbers)].sort((a, b) => b - a) };
    }
    case 'leaders': {
      // Titles are free text: "__proto__" or "constructor" must be kept as names, not reach Object.prototype.
      const map: Record<string, string> = Object.create(null);
      for (const part of foldWidth(text).split(/[;；\n]+/)) {
        if (part.trim() === '') continue;
        const m = /^(.+?)\s*[=:：＝]\s*(\S+)$/.exec(part.trim());
        if (!m)
          return bad(
            `“${part.trim()}”应写成 领导=邮箱，如 党组书记=a@example.org`,
            `"${part.trim()}" should be Lead=address, e.g. Secretary=a@example.org`,
          );
        const title = m[1].trim();
        if (!isEmail(m[2]))
          return bad(
            `“${title}”的邮箱“${m[2]}”格式不正确`,
            `the address "${m[2]}" of "${title}" is malformed`,
          );
        map[title] = m[2];
      }
      return { ok: true, value: map };
    }
  }
}

function wholeNumber(text: string): number {
  return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
}

/** Explains a schema issue on one key in words a clerk understands. */
function schemaMessage(def: SettingDef, locale: Locale, value?: unknown): string {
  switch (def.kind) {
    case 'int':
      return def.key === 'reminderHour'
        ? tr(locale, '应为 0 到 23 之间的整数', 'must be a whole number from 0 to 23')
        : def.key === 'overdueRepeatDays'
          ? tr(locale, '应为 1 到 365 之间的整数', 'must be a whole number from 1 to 365')
          : tr(locale, '应为 0 到 365 之间的整数', 'must be a whole number from 0 to 365');
    case 'ints':
      return tr(locale, '每个天数应在 0 到 365 之间', 'each number of days must be from 0 to 365');
    case 'leaders':
      return tr(locale, '邮箱地址格式不正确', 'an e-mail address is malformed');
    case 'date':
      return tr(locale, '不是有效日期', 'is not a valid date');
    default:
      if (def.key.startsWith('font') && String(value ?? '').trim() !== '')
        return tr(
          locale,
          '应为字体名称，多个用逗号隔开，如 仿宋_GB2312, FangSong（只能含文字、数字、空格和 _ . + & -）',
          'must be font names separated by commas, e.g. FangSong_GB2312, FangSong (letters, digits, spaces and _ . + & - only)',
        );
      if (def.key === 'allowedDomain')
        return tr(
          locale,
          '应为邮箱域名，如 example.gov.cn（多个用分号隔开）',
          'must be an e-mail domain such as example.gov.cn (several separated by semicolons)',
        );
      return tr(locale, '不能为空', 'must not be empty');
  }
}

export interface SettingIssue {
  key: SettingKey;
  message: string;
}

/** Validates a partial settings object (from the form or the sheet) merged over the defaults. */
export function validateSettings(
  input: Partial<Record<SettingKey, unknown>>,
  locale: Locale = 'zh',
): { settings: Settings; issues: SettingIssue[] } {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(input)) if (v !== undefined) merged[k] = v;
  const result = settingsSchema.safeParse(merged);
  if (result.success) return { settings: withLeaderTable(result.data, merged.leaderEmails), issues: [] };
  const issues: SettingIssue[] = [];
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const badKeys = new Set<string>();
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]) as SettingKey;
    if (badKeys.has(key)) continue;
    badKeys.add(key);
    const def = SETTING_DEFS.find((d) => d.key === key);
    if (def)
      issues.push({
        key,
        message: `${def[locale]}${tr(locale, '：', ': ')}${schemaMessage(def, locale, merged[key])}`,
      });
  }
  for (const [k, v] of Object.entries(merged)) if (!badKeys.has(k)) settings[k] = v;
  return {
    settings: withLeaderTable(settings as Settings, badKeys.has('leaderEmails') ? {} : merged.leaderEmails),
    issues,
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
    const c = coerceSetting(def, form[def.key], locale);
    if (c.ok) values[def.key] = c.value;
    else issues.push({ key: def.key, message: `${def[locale]}${tr(locale, '：', ': ')}${c.message}` });
  }
  const validated = validateSettings(values, locale);
  // In the form's field order, whichever check found them.
  const order = (key: SettingKey) => SETTING_DEFS.findIndex((d) => d.key === key);
  const all = [...issues, ...validated.issues].sort((a, b) => order(a.key) - order(b.key));
  return { settings: validated.settings, issues: all };
}

/** A setting as text for the 设置 sheet and the form. */
export function settingText(def: SettingDef, settings: Settings, locale: Locale = 'zh'): string {
  const value = settings[def.key];
  switch (def.kind) {
    case 'bool':
      return value ? tr(locale, '是', 'yes') : tr(locale, '否', 'no');
    case 'statuses':
      return (value as Status[]).map((s) => statusLabel(s)).join('、');
    case 'ints':
      return (value as number[]).join('、');
    case 'leaders':
      return Object.entries(value as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join('；');
    default:
      return value === undefined ? '' : String(value);
  }
}

/**
 * Reads the 设置 sheet grid (key, value[, explanation] columns; a header row is skipped). Bad values are
 * findings on their cells and fall back to the default, so one typo never stops the whole ledger.
 */
export function parseSettings(
  grid: readonly (readonly Cell[])[],
  options: { locale?: Locale; firstRow?: number; dateOf?: (value: Date) => CalendarDate | null } = {},
): { settings: Settings; findings: Finding[]; unknownKeys: string[] } {
  const locale = options.locale ?? 'zh';
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
    const hidden = hiddenCharacterFinding(cells[1], firstRow + i, 2, null, locale);
    if (hidden) findings.push({ ...hidden, sheet: SETTINGS_SHEET });
    const raw = typeof cells[1] === 'string' ? withoutHiddenCharacters(cells[1]) : cells[1];
    const c = coerceSetting(def, raw, locale, options.dateOf);
    rows.set(def.key, firstRow + i);
    if (c.ok) values[def.key] = c.value;
    else findings.push(settingFinding(firstRow + i, `${def[locale]}${tr(locale, '：', ': ')}${c.message}`));
  });
  const { settings, issues } = validateSettings(values, locale);
  for (const issue of issues) {
    const row = rows.get(issue.key) ?? firstRow;
    findings.push(settingFinding(row, issue.message));
  }
  return { settings, findings: findings.sort((a, b) => a.row - b.row), unknownKeys };
}

/** The name of the settings sheet; findings on it carry it so adapters can point at the right sheet. */
export const SETTINGS_SHEET = SETTINGS_SHEETS[0];

function settingFinding(row: number, message: string): Finding {
  return { ...finding(row, 2, null, 'error', 'setting.invalid', message), sheet: SETTINGS_SHEET };
}

/** The as-of date: the pinned setting when there is one, else today as the caller's clock says. */
export function effectiveAsOf(settings: Settings, today: CalendarDate): CalendarDate {
  return settings.asOf ?? today;
}
