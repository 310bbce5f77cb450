// The settings registry: each setting defined once (key, group, default, codec); the schema and defaults derive from it.
import * as z from 'zod/mini';
import type { Bilingual } from '../messages/bilingual';
import { SETTING_FORM_HELP, SETTING_HELP, SETTING_LABELS } from '../messages/settings';
import { STATUSES } from '../status';
import {
  type Codec,
  dateCodec,
  dayListCodec,
  domainListCodec,
  fontListCodec,
  intCodec,
  languageCodec,
  leaderEmailsCodec,
  statusListCodec,
  textCodec,
  yesNoCodec,
} from './codecs';

/** Where the sidebar's form shows a setting. */
export type SettingGroup = 'notice' | 'dates' | 'reminders' | 'layout' | 'ledger';

/** The form's groups, in the order it shows them. */
export const SETTING_GROUP_ORDER: readonly SettingGroup[] = [
  'notice',
  'dates',
  'reminders',
  'layout',
  'ledger',
];

/** Keys with words in the catalogue: the registry must define exactly these (a setting without a label or help does not compile). */
type WordedKey = keyof typeof SETTING_LABELS & keyof typeof SETTING_HELP;

export interface SettingDef<K extends string = SettingKey, S extends z.ZodMiniType = z.ZodMiniType> {
  readonly key: K;
  /** Column A of 设置 (read back in either language) and the form's label. */
  readonly label: Bilingual;
  /** Column C of 设置. */
  readonly help: Bilingual;
  /** The help under the form's field: the sheet's, unless the control asks for other words. */
  readonly formHelp: Bilingual;
  readonly group: SettingGroup;
  /** The value when 设置 has none, or a bad one; undefined leaves the setting out. */
  readonly default: z.output<S>;
  readonly codec: Codec<S>;
}

const FORM_HELP: Partial<Record<string, Bilingual>> = SETTING_FORM_HELP;

/** What the registry says of a setting; its key is the registry's property name. */
interface Spec<S extends z.ZodMiniType = z.ZodMiniType> {
  readonly group: SettingGroup;
  readonly default: z.output<S>;
  readonly codec: Codec<S>;
}

/** Ties a setting's default to its codec's type. */
function setting<S extends z.ZodMiniType>(spec: Spec<S>): Spec<S> {
  return spec;
}

/** Every setting, keyed by its key, in the order 设置 lists them and the schema checks them. */
const REGISTRY = {
  issuer: setting({ group: 'notice', default: '', codec: textCodec }),
  inspectedUnit: setting({ group: 'notice', default: '', codec: textCodec }),
  inspectionGroup: setting({ group: 'notice', default: '', codec: textCodec }),
  deployingOrgan: setting({ group: 'notice', default: '', codec: textCodec }),
  inspectionStart: setting({ group: 'dates', default: undefined, codec: dateCodec }),
  inspectionEnd: setting({ group: 'dates', default: undefined, codec: dateCodec }),
  feedbackDate: setting({ group: 'dates', default: undefined, codec: dateCodec }),
  asOf: setting({ group: 'dates', default: undefined, codec: dateCodec }),
  noticeDate: setting({ group: 'dates', default: undefined, codec: dateCodec }),
  contactPhone: setting({ group: 'notice', default: '', codec: textCodec }),
  postalAddress: setting({ group: 'notice', default: '', codec: textCodec }),
  contactEmail: setting({ group: 'notice', default: '', codec: textCodec }),
  leadDays: setting({ group: 'reminders', default: 7, codec: intCodec(0, 365) }),
  language: setting({ group: 'ledger', default: 'zh', codec: languageCodec }),
  noticeTitle: setting({ group: 'notice', default: '', codec: textCodec }),
  separateSource: setting({ group: 'notice', default: '市委书记点人点事', codec: textCodec }),
  listedStatuses: setting({ group: 'notice', default: [...STATUSES], codec: statusListCodec }),
  showResponsible: setting({ group: 'notice', default: false, codec: yesNoCodec }),
  officialDates: setting({ group: 'notice', default: true, codec: yesNoCodec }),
  section1Title: setting({
    group: 'notice',
    default: '党组及主要负责人组织整改落实情况',
    codec: textCodec,
  }),
  section2Title: setting({
    group: 'notice',
    default: '市委书记点人点事问题整改情况',
    codec: textCodec,
  }),
  section3Title: setting({
    group: 'notice',
    default: '集中整改期内已完成的整改事项',
    codec: textCodec,
  }),
  section4Title: setting({
    group: 'notice',
    default: '对长期整改任务采取的重要举措和取得的阶段性成效',
    codec: textCodec,
  }),
  section5Title: setting({ group: 'notice', default: '下一步整改工作安排', codec: textCodec }),
  fontTitle: setting({ group: 'layout', default: '方正小标宋简体', codec: fontListCodec }),
  fontBody: setting({ group: 'layout', default: '仿宋_GB2312', codec: fontListCodec }),
  fontHeading1: setting({ group: 'layout', default: '黑体', codec: fontListCodec }),
  fontHeading2: setting({ group: 'layout', default: '楷体_GB2312', codec: fontListCodec }),
  templateDocId: setting({ group: 'layout', default: '', codec: textCodec }),
  noticeFolderId: setting({ group: 'layout', default: '', codec: textCodec }),
  pdfCopy: setting({ group: 'layout', default: false, codec: yesNoCodec }),
  reminderHour: setting({ group: 'reminders', default: 8, codec: intCodec(0, 23) }),
  reminderStages: setting({ group: 'reminders', default: [7, 1], codec: dayListCodec(0, 365) }),
  overdueRepeatDays: setting({ group: 'reminders', default: 7, codec: intCodec(1, 365) }),
  leaderEmails: setting({ group: 'reminders', default: {}, codec: leaderEmailsCodec }),
  allowedDomain: setting({ group: 'reminders', default: '', codec: domainListCodec }),
  closureReview: setting({ group: 'ledger', default: false, codec: yesNoCodec }),
} satisfies Record<WordedKey, Spec>;

type Registry = typeof REGISTRY;
type Shape = { [K in keyof Registry]: Registry[K]['codec']['schema'] };
export type SettingKey = keyof Registry;

/** The registry as a list to walk: every setting in order, with its words from the catalogue. */
export const SETTING_DEFS: readonly SettingDef[] = (Object.keys(REGISTRY) as SettingKey[]).map((key) => {
  const help = SETTING_HELP[key];
  return { key, ...REGISTRY[key], label: SETTING_LABELS[key], help, formHelp: FORM_HELP[key] ?? help };
});

/** The validated settings; the sidebar form and the 设置 sheet both go through this schema. */
export const settingsSchema = z.object(
  Object.fromEntries(SETTING_DEFS.map((def) => [def.key, def.codec.schema])) as Shape,
);

export type Settings = z.infer<typeof settingsSchema>;

/** Each setting's default; a setting whose default is undefined (the dates) is left out. */
export const DEFAULT_SETTINGS = Object.fromEntries(
  SETTING_DEFS.filter((def) => def.default !== undefined).map((def) => [def.key, def.default]),
) as Settings;
