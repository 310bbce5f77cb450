// The settings' definition: every key of the 设置 sheet, its type, default and explanation, and one zod schema.
import * as z from 'zod/mini';
import { isCalendarDate } from './dates';
import { isEmail } from './ledger';
import { STATUSES } from './status';
import { foldWidth } from './text';

// Apps Script forbids `new Function`; jitless keeps zod from trying it.
z.config({ jitless: true });

const date = z.string().check(z.refine(isCalendarDate, { message: 'date' }));
const email = z.string().check(z.refine(isEmail, { message: 'email' }));

/**
 * One font name: letters of any script, digits, spaces and _ . + & - (仿宋_GB2312, Noto Serif CJK SC,
 * FZXiaoBiaoSong-B05S). Nothing that can end a CSS string or declaration (quotes, backslash, ; { } < >, a line
 * break) or call out (url(), @import): a font setting reaches the notice's CSS and the .docx.
 */
const FONT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _.+&-]{0,63}$/u;
/** A font list is separated by commas (, ， 、): "仿宋_GB2312, FangSong". */
const FONT_SEPARATOR = /[,，、]/;
const MAX_FONTS = 8;

/** The names of a font setting, or null when any part is not a font name. */
export function fontNames(text: string): string[] | null {
  const names = text.split(FONT_SEPARATOR).map((n) => n.trim());
  if (names.length > MAX_FONTS || names.some((n) => !FONT_NAME.test(n))) return null;
  return names;
}

const fontList = z.string().check(z.refine((t) => fontNames(t) !== null, { message: 'font' }));

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The domains of the 允许的邮箱域名 setting: one or several ("example.gov.cn；example.org"), a leading @
 * allowed, compared in lower case. Null when one of them is not a domain (a URL, a stray word).
 */
export function parseDomains(text: string): string[] | null {
  const domains = foldWidth(text)
    .toLowerCase()
    .split(/[;,、，；\s]+/)
    .map((d) => d.replace(/^@/, ''))
    .filter(Boolean);
  return domains.every((d) => DOMAIN.test(d)) ? domains : null;
}

/** True when no domain is set, or the address is at one of them or a subdomain (dept.example.gov.cn). */
export function isAddressAllowed(address: string, allowedDomain: string): boolean {
  const domains = parseDomains(allowedDomain) ?? [];
  if (domains.length === 0) return allowedDomain.trim() === '';
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The validated settings; the sidebar form and the 设置 sheet both go through this schema. */
export const settingsSchema = z.object({
  issuer: z.string(),
  inspectedUnit: z.string(),
  inspectionGroup: z.string(),
  deployingOrgan: z.string(),
  inspectionStart: z.optional(date),
  inspectionEnd: z.optional(date),
  feedbackDate: z.optional(date),
  asOf: z.optional(date),
  noticeDate: z.optional(date),
  contactPhone: z.string(),
  postalAddress: z.string(),
  contactEmail: z.string(),
  leadDays: z.number().check(z.int(), z.gte(0), z.lte(365)),
  language: z.enum(['zh', 'en']),
  noticeTitle: z.string(),
  separateSource: z.string(),
  listedStatuses: z.array(z.enum(['done', 'inProgress', 'notDone', 'longTerm'])).check(z.minLength(1)),
  showResponsible: z.boolean(),
  officialDates: z.boolean(),
  section1Title: z.string(),
  section2Title: z.string(),
  section3Title: z.string(),
  section4Title: z.string(),
  section5Title: z.string(),
  fontTitle: fontList,
  fontBody: fontList,
  fontHeading1: fontList,
  fontHeading2: fontList,
  templateDocId: z.string(),
  noticeFolderId: z.string(),
  pdfCopy: z.boolean(),
  reminderHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  reminderStages: z.array(z.number().check(z.int(), z.gte(0), z.lte(365))),
  overdueRepeatDays: z.number().check(z.int(), z.gte(1), z.lte(365)),
  leaderEmails: z.record(z.string(), email),
  allowedDomain: z.string().check(z.refine((t) => parseDomains(t) !== null, { message: 'domain' })),
  closureReview: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export type Kind = 'text' | 'date' | 'int' | 'bool' | 'statuses' | 'ints' | 'leaders' | 'language';

export interface SettingDef {
  key: SettingKey;
  zh: string;
  en: string;
  kind: Kind;
  help: { zh: string; en: string };
  /** Which form group the sidebar shows it in. */
  group: 'notice' | 'dates' | 'reminders' | 'layout' | 'ledger';
}

const S = (
  key: SettingKey,
  zh: string,
  en: string,
  kind: Kind,
  group: SettingDef['group'],
  helpZh: string,
  helpEn: string,
): SettingDef => ({ key, zh, en, kind, group, help: { zh: helpZh, en: helpEn } });

export const SETTING_DEFS: readonly SettingDef[] = [
  S(
    'issuer',
    '发文单位',
    'Issuing body',
    'text',
    'notice',
    '通报落款，如：中共××市文联党组',
    'Signature of the notice',
  ),
  S(
    'inspectedUnit',
    '被巡察单位',
    'Inspected unit',
    'text',
    'notice',
    '如：市文联党组',
    'e.g. the party group inspected',
  ),
  S(
    'inspectionGroup',
    '巡察组',
    'Inspection group',
    'text',
    'notice',
    '如：市委第一巡察组',
    'e.g. the First Inspection Group',
  ),
  S(
    'deployingOrgan',
    '部署机关',
    'Deploying organ',
    'text',
    'notice',
    '如：市委',
    'e.g. the city Party committee',
  ),
  S(
    'inspectionStart',
    '巡察开始日期',
    'Inspection start',
    'date',
    'dates',
    '巡察进驻日期',
    'First day of the inspection',
  ),
  S(
    'inspectionEnd',
    '巡察结束日期',
    'Inspection end',
    'date',
    'dates',
    '巡察结束日期',
    'Last day of the inspection',
  ),
  S(
    'feedbackDate',
    '反馈日期',
    'Feedback date',
    'date',
    'dates',
    '巡察组反馈意见的日期',
    'Date the findings were handed over',
  ),
  S(
    'asOf',
    '统计截止日期',
    'As-of date',
    'date',
    'dates',
    '留空则按今天统计；填写后所有统计和标色以此日期为准',
    'Blank means today; set to pin all counts to a date',
  ),
  S(
    'noticeDate',
    '通报日期',
    'Notice date',
    'date',
    'dates',
    '通报落款日期；留空则用统计截止日期',
    'Date printed under the notice; blank uses the as-of date',
  ),
  S(
    'contactPhone',
    '联系电话',
    'Contact phone',
    'text',
    'notice',
    '通报末尾的监督联系电话',
    'Phone in the supervision paragraph',
  ),
  S(
    'postalAddress',
    '邮政地址',
    'Postal address',
    'text',
    'notice',
    '通报末尾的邮政地址',
    'Postal address in the supervision paragraph',
  ),
  S(
    'contactEmail',
    '电子邮箱',
    'Contact e-mail',
    'text',
    'notice',
    '通报末尾的电子邮箱',
    'E-mail in the supervision paragraph',
  ),
  S(
    'leadDays',
    '提醒提前天数',
    'Lead days',
    'int',
    'reminders',
    '到期前多少天标为“即将到期”（0–365）',
    'Days before a deadline that count as due soon (0–365)',
  ),
  S('language', '语言', 'Language', 'language', 'ledger', 'zh（中文）或 en（英文）', 'zh or en'),
  S(
    'noticeTitle',
    '通报标题',
    'Notice title',
    'text',
    'notice',
    '留空则自动生成：中共××关于××巡察反馈意见集中整改进展情况的通报',
    'Blank builds the standard title',
  ),
  S(
    'separateSource',
    '单独报告的问题来源',
    'Source reported separately',
    'text',
    'notice',
    '问题来源为此值的问题在通报第二部分单独列出',
    'Problems with this source get their own section 二',
  ),
  S(
    'listedStatuses',
    '通报列出的状态',
    'Statuses listed',
    'statuses',
    'notice',
    '第三部分列出哪些状态的问题，用顿号隔开',
    'Statuses section 三 lists, separated by commas',
  ),
  S(
    'showResponsible',
    '通报列出责任领导和科室',
    'Show lead and office',
    'bool',
    'notice',
    '是：每个问题下列出牵头领导和责任科室',
    'yes: print lead and office under each problem',
  ),
  S(
    'officialDates',
    '时限日期写作年月日',
    'Deadline dates in words',
    'bool',
    'notice',
    '是：整改时限填的是日期（2024/12/31、2024.11.5 或日期单元格）时，通报印作“2024年12月31日”；“9月底前完成整改”等说法照原样。否：一律照填写原样印出',
    'yes: a deadline typed as a date (2024/12/31, 2024.11.5, a date cell) prints as 31 December 2024; phrases print as typed. no: everything prints as typed',
  ),
  S(
    'section1Title',
    '第一部分标题',
    'Section 1 title',
    'text',
    'notice',
    '通报“一、”的标题；其下段落取自“通报正文”表',
    'Heading of section 一; its paragraphs come from the narrative sheet',
  ),
  S(
    'section2Title',
    '第二部分标题',
    'Section 2 title',
    'text',
    'notice',
    '通报“二、”的标题；单独报告来源的问题列在其下',
    'Heading of section 二: problems of the separately reported source',
  ),
  S(
    'section3Title',
    '第三部分标题',
    'Section 3 title',
    'text',
    'notice',
    '通报“三、”的标题；汇总句和各类问题的整改情况列在其下',
    'Heading of section 三: the summary sentence and every problem by category',
  ),
  S(
    'section4Title',
    '第四部分标题',
    'Section 4 title',
    'text',
    'notice',
    '通报“四、”的标题；长期坚持的整改任务列在其下',
    'Heading of section 四: the long-term tasks',
  ),
  S(
    'section5Title',
    '第五部分标题',
    'Section 5 title',
    'text',
    'notice',
    '通报“五、”的标题；其下段落取自“通报正文”表',
    'Heading of section 五; its paragraphs come from the narrative sheet',
  ),
  S('fontTitle', '标题字体', 'Title font', 'text', 'layout', '公文标题用小标宋', 'GB/T 9704: 小标宋'),
  S('fontBody', '正文字体', 'Body font', 'text', 'layout', '公文正文用仿宋', 'GB/T 9704: 仿宋'),
  S(
    'fontHeading1',
    '一级标题字体',
    'Heading 1 font',
    'text',
    'layout',
    '“一、”用黑体',
    '一、 headings: 黑体',
  ),
  S(
    'fontHeading2',
    '二级标题字体',
    'Heading 2 font',
    'text',
    'layout',
    '“（一）”用楷体',
    '（一） headings: 楷体',
  ),
  S(
    'templateDocId',
    '通报模板文档ID',
    'Template document ID',
    'text',
    'layout',
    '留空则按公文格式生成；填写 Google 文档 ID 则套用模板',
    'Blank uses the official layout; a Google Doc ID uses it as template',
  ),
  S(
    'noticeFolderId',
    '通报保存文件夹ID',
    'Notice folder ID',
    'text',
    'layout',
    '留空则保存在表格所在文件夹',
    'Blank saves next to the spreadsheet',
  ),
  S('pdfCopy', '同时生成PDF', 'Also make a PDF', 'bool', 'layout', '是/否', 'yes/no'),
  S(
    'reminderHour',
    '提醒时间（点）',
    'Reminder hour',
    'int',
    'reminders',
    '每天几点发送提醒（0–23）',
    'Hour of the daily reminder (0–23)',
  ),
  S(
    'reminderStages',
    '提醒阶段（到期前天数）',
    'Reminder stages (days before)',
    'ints',
    'reminders',
    '到期前几天各提醒一次，如：7、1',
    'Days before the deadline to remind, e.g. 7, 1',
  ),
  S(
    'overdueRepeatDays',
    '逾期重复提醒间隔（天）',
    'Overdue repeat (days)',
    'int',
    'reminders',
    '逾期事项每隔几天再提醒一次',
    'Days between reminders of an overdue item',
  ),
  S(
    'leaderEmails',
    '牵头领导邮箱',
    'Leader e-mails',
    'leaders',
    'reminders',
    '逾期事项抄报牵头领导，格式：党组书记=a@example.org；副主席=b@example.org',
    'Overdue items go to leaders too: Lead=a@example.org; Other=b@example.org',
  ),
  S(
    'allowedDomain',
    '允许的邮箱域名',
    'Allowed e-mail domain',
    'text',
    'reminders',
    '留空不限；填写后只向该域名（含其子域名）发送提醒，多个域名用分号隔开',
    'Blank allows all; set to send only to this domain and its subdomains (several separated by semicolons)',
  ),
  S(
    'closureReview',
    '销号需审核',
    'Closure needs approval',
    'bool',
    'ledger',
    '是：已完成的问题须填销号审核人和审核日期',
    'yes: done problems need an approver and date',
  ),
];

export const DEFAULT_SETTINGS: Settings = {
  issuer: '',
  inspectedUnit: '',
  inspectionGroup: '',
  deployingOrgan: '',
  contactPhone: '',
  postalAddress: '',
  contactEmail: '',
  leadDays: 7,
  language: 'zh',
  noticeTitle: '',
  separateSource: '市委书记点人点事',
  listedStatuses: [...STATUSES],
  showResponsible: false,
  officialDates: true,
  section1Title: '党组及主要负责人组织整改落实情况',
  section2Title: '市委书记点人点事问题整改情况',
  section3Title: '集中整改期内已完成的整改事项',
  section4Title: '对长期整改任务采取的重要举措和取得的阶段性成效',
  section5Title: '下一步整改工作安排',
  fontTitle: '方正小标宋简体',
  fontBody: '仿宋_GB2312',
  fontHeading1: '黑体',
  fontHeading2: '楷体_GB2312',
  templateDocId: '',
  noticeFolderId: '',
  pdfCopy: false,
  reminderHour: 8,
  reminderStages: [7, 1],
  overdueRepeatDays: 7,
  leaderEmails: {},
  allowedDomain: '',
  closureReview: false,
};
