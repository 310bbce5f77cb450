// The settings form as plain data: its groups and fields from the registry, and the 设置 values it must flag.

import {
  type Cell,
  cellText,
  type Finding,
  type FormControl,
  findingText,
  type Locale,
  SETTING_DEFS,
  SETTING_GROUP_ORDER,
  type SettingGroup,
  type SettingKey,
  type Settings,
  settingOfKey,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { SETTING_GROUPS } from '../../core/messages/settings';

/** One field of the settings form: the page draws `control` (with its `options`) and starts it at `value`. */
export interface FormField extends FormControl {
  key: string;
  label: string;
  help: string;
  group: SettingGroup;
  value: string;
}

export interface SettingsForm {
  locale: Locale;
  groups: { id: SettingGroup; title: string }[];
  fields: FormField[];
  /** Messages to show under fields at once: values on 设置 that do not pass the schema. */
  issues: { key: string; message: string }[];
}

/** What 设置 holds where it is wrong: the text as typed (shown so it can be fixed) and why it is wrong. */
export interface RawSetting {
  key: SettingKey;
  text: string;
  message: string;
}

/** The 设置 values the schema rejected, as typed, from the grid and its findings (the offline page shares this). */
export function rejectedSettings(
  grid: readonly (readonly Cell[])[],
  findings: readonly Finding[],
  locale: Locale,
): RawSetting[] {
  const out: RawSetting[] = [];
  for (const f of findings) {
    const def = settingOfKey(cellText(grid[f.row - 1]?.[0]));
    if (def && !out.some((r) => r.key === def.key)) {
      out.push({ key: def.key, text: cellText(grid[f.row - 1]?.[1]), message: findingText(locale, f) });
    }
  }
  return out;
}

/**
 * The form the sidebar draws: every setting in the registry with its current value as its codec shows it,
 * and its codec's control. A value the sheet holds but the schema rejects is shown as typed, with its
 * message, rather than silently as the default.
 */
export function buildSettingsForm(
  settings: Settings,
  locale: Locale,
  invalid: readonly RawSetting[] = [],
): SettingsForm {
  const raw = new Map(invalid.map((r) => [r.key, r]));
  const fields = SETTING_DEFS.map((def): FormField => {
    const value = settings[def.key];
    return {
      key: def.key,
      label: say(locale, def.label),
      help: say(locale, def.formHelp),
      group: def.group,
      value: raw.get(def.key)?.text ?? def.codec.formText(value, locale),
      ...def.codec.control(value, locale),
    };
  });
  return {
    locale,
    groups: SETTING_GROUP_ORDER.map((id) => ({ id, title: say(locale, SETTING_GROUPS[id]) })),
    fields: SETTING_GROUP_ORDER.flatMap((g) => fields.filter((f) => f.group === g)),
    issues: invalid.map((r) => ({ key: r.key, message: r.message })),
  };
}
