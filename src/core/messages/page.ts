// The offline page's words (buttons, headings) in both languages; the page picks one by the language the reader
// chose. Every message about the ledger comes from the core and the CLI. {name} placeholders are filled in on
// the page.
import { messages } from './bilingual';
import { dashboardMessages } from './dashboard';
import { reminderLogKinds } from './reminder-mail';

/** The words only this page shows; the dashboard's shared words are in dashboard.ts. */
export const pageOwnMessages = messages({
  title: { zh: '整改台账助手（离线版）', en: 'Rectify (offline)' },
  tagline: {
    zh: '在本机浏览器里检查台账、标色、汇总、生成通报；不联网，不上传，原文件不会被修改。',
    en: 'Check, colour, total and write the notice for a ledger in this browser: no network, no upload, and the original file is never changed.',
  },
  switchTo: { zh: 'English', en: '中文' },
  switchLabel: { zh: 'Switch to English', en: '切换到中文' },
  dropHint: { zh: '把台账文件拖到这里，或', en: 'Drop a ledger file here, or' },
  choose: { zh: '选择文件…', en: 'Choose a file…' },
  accepts: {
    zh: '可用 .xlsx，或 UTF-8、GBK、UTF-16 编码的 .csv / .txt / .tsv（与命令行 rectify check 相同）；放入整改通报或方案（.docx、.txt、.md、.html）则导入为台账。',
    en: '.xlsx, or .csv / .txt / .tsv in UTF-8, GBK or UTF-16 (as rectify check reads them); a notice or plan (.docx, .txt, .md, .html) is imported as a ledger.',
  },
  importedNote: {
    zh: '已从 {from} 导入 {problems} 个问题（{errors} 个错误，{warnings} 个提醒），以下按导入的台账计算；请核对后另存为台账。',
    en: 'Imported {problems} problems from {from} ({errors} errors, {warnings} warnings); what follows is worked out from the imported ledger. Check it, then keep it as your ledger.',
  },
  importedButton: { zh: '下载导入的台账（.xlsx）', en: 'Download imported ledger (.xlsx)' },
  dropped: { zh: '正在读取 {files}…', en: 'Reading {files}…' },
  working: { zh: '正在处理…', en: 'Working…' },
  rollupTitle: { zh: '多个台账汇总', en: 'Roll-up of several ledgers' },
  rollupNote: {
    zh: '每家单位按同一统计截止日期计算；汇总表与命令行 rectify rollup 写出的相同。',
    en: 'Every unit is counted at the same as-of date; the overview is the one rectify rollup writes.',
  },
  rollupXlsx: { zh: '下载汇总表（.xlsx）', en: 'Download overview (.xlsx)' },
  rollupDocx: { zh: '下载汇总通报（.docx）', en: 'Download roll-up notice (.docx)' },
  rollupHtml: { zh: '下载汇总通报（.html）', en: 'Download roll-up notice (.html)' },
  rollupLine: { zh: '{count} 个台账一起汇总', en: '{count} ledgers rolled up together' },
  fileLine: { zh: '{file}{sheet} · {problems} 个问题', en: '{file}{sheet} · {problems} problems' },
  sheet: { zh: '（工作表“{sheet}”）', en: ' (sheet "{sheet}")' },
  asOf: { zh: '统计截止日期', en: 'As of' },
  asOfPinned: { zh: '来自“设置”表', en: 'from the Settings sheet' },
  asOfReset: { zh: '恢复默认', en: 'Reset' },
  downloads: { zh: '下载', en: 'Downloads' },
  downloadsNote: {
    zh: '下载的都是新文件，原文件不会被修改。',
    en: 'Each download is a new file; the original is never changed.',
  },
  colour: { zh: '下载标色台账（.xlsx）', en: 'Download coloured ledger (.xlsx)' },
  docx: { zh: '下载通报（.docx）', en: 'Download notice (.docx)' },
  html: { zh: '下载通报（.html）', en: 'Download notice (.html)' },
  totalsJson: { zh: '下载汇总（.json）', en: 'Download totals (.json)' },
  remindersPreview: { zh: '预览今日提醒（不发送）', en: "Preview today's reminders (sends nothing)" },
  remindersJson: { zh: '下载提醒预览（.json）', en: 'Download reminder preview (.json)' },
  downloaded: { zh: '已下载 {file}。', en: 'Downloaded {file}.' },
  longTerm: { zh: '长期坚持', en: 'Long-term' },
  itemsOmitted: {
    zh: '另有 {count} 条未列出；标色台账中以红色、橙色标出全部。',
    en: '{count} more not listed; the coloured ledger marks them all in red and amber.',
  },
  rowMeta: { zh: '第 {row} 行', en: 'row {row}' },
  totals: { zh: '汇总', en: 'Totals' },
  item: { zh: '项目', en: 'Item' },
  count: { zh: '数量', en: 'Count' },
  findingsOmitted: {
    zh: '另有 {count} 条未列出；标色台账的“图例”表列出全部，并在单元格上加了批注。',
    en: '{count} more not listed; the Legend sheet of the coloured ledger lists them all, with notes on the cells.',
  },
  cell: { zh: '单元格', en: 'Cell' },
  severity: { zh: '级别', en: 'Severity' },
  message: { zh: '说明', en: 'Message' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '提醒', en: 'warning' },
  settingsNote: {
    zh: '修改后点“应用设置”：统计、标色和通报都按新设置重算。设置只在本页使用，不写回原文件。',
    en: 'Change a value and press Apply: totals, colours and the notice are worked out again. Settings stay on this page; the file is not changed.',
  },
  settingsEdited: { zh: '当前使用本页修改后的设置。', en: 'The settings edited on this page are in force.' },
  apply: { zh: '应用设置', en: 'Apply settings' },
  applied: { zh: '已应用设置。', en: 'Settings applied.' },
  reminders: { zh: '今日提醒预览', en: "Today's reminders (preview)" },
  remindersNote: {
    zh: '截至 {asOf}，每日提醒将发送 {count} 封邮件。本页不发送任何邮件。',
    en: 'As of {asOf} the daily reminder would send {count} e-mails. This page sends none.',
  },
  to: { zh: '收件人', en: 'To' },
  subject: { zh: '主题', en: 'Subject' },
  // The recipient kinds in the 提醒记录 sheet's words.
  roleOffice: reminderLogKinds.office,
  roleLeader: reminderLogKinds.leader,
  roleBoth: reminderLogKinds.both,
  skipped: { zh: '未能提醒（{count}）', en: 'Not reminded ({count})' },
  announced: {
    zh: '另有 {count} 项已按阶段提醒过，今天不再重复。',
    en: '{count} more were already announced at their stage and are not repeated today.',
  },
});

/** Everything the page shows: the dashboard's shared words and its own (a test keeps the ids apart). */
export const pageMessages = { ...dashboardMessages, ...pageOwnMessages };

export type PageMessageId = keyof typeof pageMessages;
