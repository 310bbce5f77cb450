// Settings: every key of the 设置 sheet with its default and explanation, validated by one zod schema.
import * as z from 'zod/mini';
import { type CalendarDate, isCalendarDate } from './dates';
import { type Finding, finding } from './findings';
import { isEmail, readExactDate } from './ledger';
import { type Locale, tr } from './locale';
import { parseStatus, STATUSES, type Status } from './status';
import { type Cell, cellText, foldWidth, isBlank, normalise } from './text';

// Apps Script forbids `new Function`; jitless keeps zod from trying it.
z.config({ jitless: true });

const date = z.string().check(z.refine(isCalendarDate, { message: 'date' }));
const email = z.string().check(z.refine(isEmail, { message: 'email' }));

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
  section1Title: z.string(),
  section2Title: z.string(),
  section3Title: z.string(),
  section4Title: z.string(),
  section5Title: z.string(),
  fontTitle: z.string().check(z.minLength(1)),
  fontBody: z.string().check(z.minLength(1)),
  fontHeading1: z.string().check(z.minLength(1)),
  fontHeading2: z.string().check(z.minLength(1)),
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

type Kind = 'text' | 'date' | 'int' | 'bool' | 'statuses' | 'ints' | 'leaders' | 'language';

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
  S('section1Title', '第一部分标题', 'Section 1 title', 'text', 'notice', '', ''),
  S('section2Title', '第二部分标题', 'Section 2 title', 'text', 'notice', '', ''),
  S('section3Title', '第三部分标题', 'Section 3 title', 'text', 'notice', '', ''),
  S('section4Title', '第四部分标题', 'Section 4 title', 'text', 'notice', '', ''),
  S('section5Title', '第五部分标题', 'Section 5 title', 'text', 'notice', '', ''),
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
function schemaMessage(def: SettingDef, locale: Locale): string {
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
      issues.push({ key, message: `${def[locale]}${tr(locale, '：', ': ')}${schemaMessage(def, locale)}` });
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
      return (value as Status[])
        .map((s) => ({ done: '已完成', inProgress: '正在整改', notDone: '未完成', longTerm: '长期坚持' })[s])
        .join('、');
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
    const c = coerceSetting(def, cells[1], locale, options.dateOf);
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
export const SETTINGS_SHEET = '设置';

function settingFinding(row: number, message: string): Finding {
  return { ...finding(row, 2, null, 'error', 'setting.invalid', message), sheet: SETTINGS_SHEET };
}

/** The as-of date: the pinned setting when there is one, else today as the caller's clock says. */
export function effectiveAsOf(settings: Settings, today: CalendarDate): CalendarDate {
  return settings.asOf ?? today;
}
