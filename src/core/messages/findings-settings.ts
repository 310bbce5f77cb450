// Findings on the 设置 sheet: why a value is not taken (and the default is used instead).
import type { SettingKey } from '../settings/registry';
import { SETTING_DEFS } from '../settings/registry';
import { type Bilingual, messages } from './bilingual';
import { SETTINGS_MESSAGES } from './settings-values';

/** The setting's label as 设置 shows it in each language. */
function settingLabel(key: SettingKey): Bilingual {
  return SETTING_DEFS.find((d) => d.key === key)?.label ?? { zh: key, en: key };
}

export const settingsFindings = /* @__PURE__ (unused tables drop out of a bundle) */ messages({
  /**
   * 提醒提前天数：“abc”不是整数: the setting's label, then why its value is not taken. `why` is the codec's
   * reason in both languages (messages/settings.ts): a part of this one message, not a message of its own.
   */
  'setting.invalid'({ key, why }: { key: SettingKey; why: Bilingual }) {
    return SETTINGS_MESSAGES.settingProblem({ label: settingLabel(key), problem: why });
  },
});
