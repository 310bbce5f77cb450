// The settings' words about values: what is wrong with a value, how 设置 writes yes and no, what saving answers.
import { type Bilingual, messages } from './bilingual';

/** What a settings codec and the schema say about a value, and how the 设置 sheet writes yes and no. */
export const SETTINGS_MESSAGES = messages({
  /** A bad value, named by its setting: 提醒提前天数：“abc”不是整数. */
  settingProblem(p: { label: Bilingual; problem: Bilingual }) {
    return {
      zh: `${p.label.zh}：${p.problem.zh}`,
      en: `${p.label.en}: ${p.problem.en}`,
    };
  },
  notADate(p: { text: string }) {
    return {
      zh: `“${p.text}”不是日期，请写成 2024-10-30`,
      en: `"${p.text}" is not a date; write 2024-10-30`,
    };
  },
  notAWholeNumber(p: { text: string }) {
    return {
      zh: `“${p.text}”不是整数`,
      en: `"${p.text}" is not a whole number`,
    };
  },
  notYesOrNo(p: { text: string }) {
    return {
      zh: `“${p.text}”应为“是”或“否”`,
      en: `"${p.text}" should be yes or no`,
    };
  },
  notALanguage(p: { text: string }) {
    return {
      zh: `“${p.text}”应为 zh（中文）或 en（英文）`,
      en: `"${p.text}" should be zh or en`,
    };
  },
  unknownStatus(p: { word: string }) {
    return {
      zh: `状态“${p.word}”无法识别`,
      en: `Status "${p.word}" is not recognised`,
    };
  },
  notWholeNumbers(p: { text: string }) {
    return {
      zh: `“${p.text}”应为用顿号隔开的整数，如 7、1`,
      en: `"${p.text}" should be whole numbers such as 7, 1`,
    };
  },
  notALeaderPair(p: { part: string }) {
    return {
      zh: `“${p.part}”应写成 领导=邮箱，如 党组书记=a@example.org`,
      en: `"${p.part}" should be Lead=address, e.g. Secretary=a@example.org`,
    };
  },
  malformedLeaderAddress(p: { title: string; address: string }) {
    return {
      zh: `“${p.title}”的邮箱“${p.address}”格式不正确`,
      en: `the address "${p.address}" of "${p.title}" is malformed`,
    };
  },
  wholeNumberRange(p: { min: number; max: number }) {
    return {
      zh: `应为 ${p.min} 到 ${p.max} 之间的整数`,
      en: `must be a whole number from ${p.min} to ${p.max}`,
    };
  },
  dayCountsRange(p: { min: number; max: number }) {
    return {
      zh: `每个天数应在 ${p.min} 到 ${p.max} 之间`,
      en: `each number of days must be from ${p.min} to ${p.max}`,
    };
  },
  malformedAddress: { zh: '邮箱地址格式不正确', en: 'an e-mail address is malformed' },
  invalidDate: { zh: '不是有效日期', en: 'is not a valid date' },
  notFontNames: {
    zh: '应为字体名称，多个用逗号隔开，如 仿宋_GB2312, FangSong（只能含文字、数字、空格和 _ . + & -）',
    en: 'must be font names separated by commas, e.g. FangSong_GB2312, FangSong (letters, digits, spaces and _ . + & - only)',
  },
  notADomain: {
    zh: '应为邮箱域名，如 example.gov.cn（多个用分号隔开）',
    en: 'must be an e-mail domain such as example.gov.cn (several separated by semicolons)',
  },
  mustNotBeEmpty: { zh: '不能为空', en: 'must not be empty' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
});

/** What saving the sidebar's settings form answers. */
export const SETTINGS_SAVE_MESSAGES = messages({
  busy: {
    zh: '另一项操作正在进行，请稍后再保存。',
    en: 'Another Rectify operation is running; please save again in a moment.',
  },
  notSaved: { zh: '设置未保存。', en: 'The settings were not saved.' },
  nothingChanged: { zh: '没有改动。', en: 'Nothing changed.' },
  saved(p: { sheet: string; labels: readonly Bilingual[] }) {
    return {
      zh: `已保存到“${p.sheet}”表：${p.labels.map((l) => l.zh).join('、')}。`,
      en: `Saved to sheet "${p.sheet}": ${p.labels.map((l) => l.en).join(', ')}.`,
    };
  },
});
