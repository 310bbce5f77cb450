// The settings' words: each setting's 设置-sheet label and explanation, the form's group titles and the sheet's header.
import { messages } from './bilingual';

/** The name in column A of 设置 (either language is read back) and the label of the sidebar's field. */
export const SETTING_LABELS = messages({
  issuer: { zh: '发文单位', en: 'Issuing body' },
  inspectedUnit: { zh: '被巡察单位', en: 'Inspected unit' },
  inspectionGroup: { zh: '巡察组', en: 'Inspection group' },
  deployingOrgan: { zh: '部署机关', en: 'Deploying organ' },
  inspectionStart: { zh: '巡察开始日期', en: 'Inspection start' },
  inspectionEnd: { zh: '巡察结束日期', en: 'Inspection end' },
  feedbackDate: { zh: '反馈日期', en: 'Feedback date' },
  asOf: { zh: '统计截止日期', en: 'As-of date' },
  noticeDate: { zh: '通报日期', en: 'Notice date' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  postalAddress: { zh: '邮政地址', en: 'Postal address' },
  contactEmail: { zh: '电子邮箱', en: 'Contact e-mail' },
  leadDays: { zh: '提醒提前天数', en: 'Lead days' },
  language: { zh: '语言', en: 'Language' },
  noticeTitle: { zh: '通报标题', en: 'Notice title' },
  separateSource: { zh: '单独报告的问题来源', en: 'Source reported separately' },
  listedStatuses: { zh: '通报列出的状态', en: 'Statuses listed' },
  showResponsible: { zh: '通报列出责任领导和科室', en: 'Show lead and office' },
  officialDates: { zh: '时限日期写作年月日', en: 'Deadline dates in words' },
  section1Title: { zh: '第一部分标题', en: 'Section 1 title' },
  section2Title: { zh: '第二部分标题', en: 'Section 2 title' },
  section3Title: { zh: '第三部分标题', en: 'Section 3 title' },
  section4Title: { zh: '第四部分标题', en: 'Section 4 title' },
  section5Title: { zh: '第五部分标题', en: 'Section 5 title' },
  fontTitle: { zh: '标题字体', en: 'Title font' },
  fontBody: { zh: '正文字体', en: 'Body font' },
  fontHeading1: { zh: '一级标题字体', en: 'Heading 1 font' },
  fontHeading2: { zh: '二级标题字体', en: 'Heading 2 font' },
  templateDocId: { zh: '通报模板文档ID', en: 'Template document ID' },
  noticeFolderId: { zh: '通报保存文件夹ID', en: 'Notice folder ID' },
  pdfCopy: { zh: '同时生成PDF', en: 'Also make a PDF' },
  reminderHour: { zh: '提醒时间（点）', en: 'Reminder hour' },
  reminderStages: { zh: '提醒阶段（到期前天数）', en: 'Reminder stages (days before)' },
  overdueRepeatDays: { zh: '逾期重复提醒间隔（天）', en: 'Overdue repeat (days)' },
  leaderEmails: { zh: '牵头领导邮箱', en: 'Leader e-mails' },
  allowedDomain: { zh: '允许的邮箱域名', en: 'Allowed e-mail domain' },
  closureReview: { zh: '销号需审核', en: 'Closure needs approval' },
});

/** Column C of 设置, and the help under the sidebar's field. */
export const SETTING_HELP = messages({
  issuer: {
    zh: '通报落款，如：中共××市文联党组',
    en: 'Signature of the notice',
  },
  inspectedUnit: {
    zh: '如：市文联党组',
    en: 'e.g. the party group inspected',
  },
  inspectionGroup: {
    zh: '如：市委第一巡察组',
    en: 'e.g. the First Inspection Group',
  },
  deployingOrgan: {
    zh: '如：市委',
    en: 'e.g. the city Party committee',
  },
  inspectionStart: {
    zh: '巡察进驻日期',
    en: 'First day of the inspection',
  },
  inspectionEnd: {
    zh: '巡察结束日期',
    en: 'Last day of the inspection',
  },
  feedbackDate: {
    zh: '巡察组反馈意见的日期',
    en: 'Date the findings were handed over',
  },
  asOf: {
    zh: '留空则按今天统计；填写后所有统计和标色以此日期为准',
    en: 'Blank means today; set to pin all counts to a date',
  },
  noticeDate: {
    zh: '通报落款日期；留空则用统计截止日期',
    en: 'Date printed under the notice; blank uses the as-of date',
  },
  contactPhone: {
    zh: '通报末尾的监督联系电话',
    en: 'Phone in the supervision paragraph',
  },
  postalAddress: {
    zh: '通报末尾的邮政地址',
    en: 'Postal address in the supervision paragraph',
  },
  contactEmail: {
    zh: '通报末尾的电子邮箱',
    en: 'E-mail in the supervision paragraph',
  },
  leadDays: {
    zh: '到期前多少天标为“即将到期”（0–365）',
    en: 'Days before a deadline that count as due soon (0–365)',
  },
  language: {
    zh: 'zh（中文）或 en（英文）',
    en: 'zh or en',
  },
  noticeTitle: {
    zh: '留空则自动生成：中共××关于××巡察反馈意见集中整改进展情况的通报',
    en: 'Blank builds the standard title',
  },
  separateSource: {
    zh: '问题来源为此值的问题在通报第二部分单独列出',
    en: 'Problems with this source get their own section 二',
  },
  listedStatuses: {
    zh: '第三部分列出哪些状态的问题，用顿号隔开',
    en: 'Statuses section 三 lists, separated by commas',
  },
  showResponsible: {
    zh: '是：每个问题下列出牵头领导和责任科室',
    en: 'yes: print lead and office under each problem',
  },
  officialDates: {
    zh: '是：整改时限填的是日期（2024/12/31、2024.11.5 或日期单元格）时，通报印作“2024年12月31日”；“9月底前完成整改”等说法照原样。否：一律照填写原样印出',
    en: 'yes: a deadline typed as a date (2024/12/31, 2024.11.5, a date cell) prints as 31 December 2024; phrases print as typed. no: everything prints as typed',
  },
  section1Title: {
    zh: '通报“一、”的标题；其下段落取自“通报正文”表',
    en: 'Heading of section 一; its paragraphs come from the narrative sheet',
  },
  section2Title: {
    zh: '通报“二、”的标题；单独报告来源的问题列在其下',
    en: 'Heading of section 二: problems of the separately reported source',
  },
  section3Title: {
    zh: '通报“三、”的标题；汇总句和各类问题的整改情况列在其下',
    en: 'Heading of section 三: the summary sentence and every problem by category',
  },
  section4Title: {
    zh: '通报“四、”的标题；长期坚持的整改任务列在其下',
    en: 'Heading of section 四: the long-term tasks',
  },
  section5Title: {
    zh: '通报“五、”的标题；其下段落取自“通报正文”表',
    en: 'Heading of section 五; its paragraphs come from the narrative sheet',
  },
  fontTitle: {
    zh: '公文标题用小标宋',
    en: 'GB/T 9704: 小标宋',
  },
  fontBody: {
    zh: '公文正文用仿宋',
    en: 'GB/T 9704: 仿宋',
  },
  fontHeading1: {
    zh: '“一、”用黑体',
    en: '一、 headings: 黑体',
  },
  fontHeading2: {
    zh: '“（一）”用楷体',
    en: '（一） headings: 楷体',
  },
  templateDocId: {
    zh: '留空则按公文格式生成；填写 Google 文档 ID 则套用模板',
    en: 'Blank uses the official layout; a Google Doc ID uses it as template',
  },
  noticeFolderId: {
    zh: '留空则保存在表格所在文件夹',
    en: 'Blank saves next to the spreadsheet',
  },
  pdfCopy: {
    zh: '是/否',
    en: 'yes/no',
  },
  reminderHour: {
    zh: '每天几点发送提醒（0–23）',
    en: 'Hour of the daily reminder (0–23)',
  },
  reminderStages: {
    zh: '到期前几天各提醒一次，如：7、1',
    en: 'Days before the deadline to remind, e.g. 7, 1',
  },
  overdueRepeatDays: {
    zh: '逾期事项每隔几天再提醒一次',
    en: 'Days between reminders of an overdue item',
  },
  leaderEmails: {
    zh: '逾期事项抄报牵头领导，格式：党组书记=a@example.org；副主席=b@example.org',
    en: 'Overdue items go to leaders too: Lead=a@example.org; Other=b@example.org',
  },
  allowedDomain: {
    zh: '留空不限；填写后只向该域名（含其子域名）发送提醒，多个域名用分号隔开',
    en: 'Blank allows all; set to send only to this domain and its subdomains (several separated by semicolons)',
  },
  closureReview: {
    zh: '是：已完成的问题须填销号审核人和审核日期',
    en: 'yes: done problems need an approver and date',
  },
});

/** The sidebar's help where its control differs from typing into the sheet (checkboxes instead of 、). */
export const SETTING_FORM_HELP = messages({
  listedStatuses: { zh: '勾选通报第三部分列出哪些状态的问题', en: 'Tick the statuses section 三 lists' },
});

/** The sidebar form's group titles. */
export const SETTING_GROUPS = messages({
  notice: { zh: '通报信息', en: 'Notice' },
  dates: { zh: '日期', en: 'Dates' },
  reminders: { zh: '提醒', en: 'Reminders' },
  layout: { zh: '字体与模板', en: 'Fonts and template' },
  ledger: { zh: '台账', en: 'Ledger' },
});

/** The 设置 sheet's header row; parseSettings skips it as a header. */
export const SETTINGS_SHEET_HEADER = messages({
  setting: { zh: '项目', en: 'Setting' },
  value: { zh: '值', en: 'Value' },
  explanation: { zh: '说明', en: 'Explanation' },
});
