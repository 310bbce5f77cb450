// 帮助's words: what each menu command does, the legend's heading and the notes on dates and our own notes.
import { messages } from './bilingual';

export const helpMessages = messages({
  title: { zh: '整改台账助手 · 帮助', en: 'Rectify · Help' },
  intro: { zh: '菜单“整改台账”中的各项功能：', en: 'What the Rectify menu does:' },
  setupLedger: {
    zh: '新建或补齐“台账”“设置”“通报正文”三张表，只补缺少的列，不改动已有内容。',
    en: 'Creates or completes the Ledger, Settings and Narrative sheets; only missing columns are added.',
  },
  validateLedger: {
    zh: '检查每一行（时限、状态、日期、邮箱等），把问题写成单元格批注并列出前几条。',
    en: 'Checks every row (deadline, status, dates, e-mails) and puts each finding as a note on its cell.',
  },
  colourLedger: {
    zh: '按统计日期给每行上底色（图例见下）；您自己设置的其他颜色不会被改动。',
    en: 'Colours each row by urgency at the as-of date (legend below); fills of other colours you set are kept.',
  },
  updateTotals: {
    zh: '重写“汇总”表：总体情况一句话、按状态/类别/科室统计、完成率、追赃挽损和图表。',
    en: 'Rewrites the Totals sheet: the summary sentence, counts by status, category and department, and a chart.',
  },
  generateNotice: {
    zh: '按公文格式生成整改进展情况通报（Google 文档）。',
    en: 'Writes the progress notice as a Google Doc in the official layout.',
  },
  reminders: {
    zh: '预览或开启每日邮件提醒，提醒责任科室即将到期和已逾期的事项。',
    en: 'Preview or turn on daily e-mails to offices about items due soon or overdue.',
  },
  legend: { zh: '行底色图例：', en: 'Row colours:' },
  asOf: {
    zh: '统计日期默认为表格所在时区的今天；在“设置”表填写“统计截止日期”可固定日期。“提醒提前天数”决定多少天内算即将到期。',
    en: 'The as-of date is today in the spreadsheet time zone; set "As-of date" in Settings to pin it. "Lead days" sets how soon counts as due soon.',
  },
  notes: {
    zh: '本工具写入的批注以“【整改台账助手】”开头，再次运行时只替换这些批注；它从不修改您填写的内容。',
    en: 'Notes written by Rectify start with 【整改台账助手】 and are the only ones it replaces; it never changes what you typed.',
  },
});
