// `rectify remind --dry-run`'s text, both languages: the digests the daily reminder would send, and what it skips.
import { messages } from './bilingual';
import { reminderLogKinds } from './reminder-mail';

export const REMIND_TEXT = messages({
  dryRunOnly: {
    zh: 'rectify remind: 命令行只演练、不发送邮件，请加 --dry-run（邮件由 Google 表格中的“每日提醒”发送）',
    en: 'rectify remind: the command line only rehearses and never sends; add --dry-run (mail is sent by the daily reminder in Google Sheets)',
  },
  heading: (p: { asOf: string; count: number }) => ({
    zh: `演练（--dry-run）：截至 ${p.asOf}，每日提醒将发送 ${p.count} 封邮件；命令行不发送任何邮件。`,
    en: `Dry run: as of ${p.asOf} the daily reminder would send ${p.count} e-mails; the command line sends none.`,
  }),
  /** Whom a digest goes to, by the kind of recipient: the same words as the 提醒记录 sheet's. */
  office: reminderLogKinds.office,
  leader: reminderLogKinds.leader,
  both: reminderLogKinds.both,
  to: { zh: '收件人', en: 'To' },
  deferred: { zh: ' 〔上次推迟，优先发送〕', en: ' [deferred last time, goes first]' },
  subject: { zh: '主题', en: 'Subject' },
  alreadyAnnounced: (p: { count: number }) => ({
    zh: `另有 ${p.count} 项已按阶段提醒过，今天不再重复。`,
    en: `${p.count} more were already announced at their stage and are not repeated today.`,
  }),
  notReminded: (p: { count: number }) => ({
    zh: `未能提醒（${p.count}）：`,
    en: `Not reminded (${p.count}):`,
  }),
  unreadableLogRows: (p: { sheet: string; rows: readonly number[] }) => ({
    zh: `${p.sheet}第${p.rows.join('、')}行的记录无法读取（记录列被修改），按未发送处理。`,
    en: `${p.sheet} rows ${p.rows.join(', ')} cannot be read (the record column was edited); treated as not sent.`,
  }),
  rehearsedToday: (p: { asOf: string; pinned: string }) => ({
    zh: `\n（提醒按今天 ${p.asOf} 演练，与每日提醒一致；设置中的统计截止日期 ${p.pinned} 只用于统计和通报。要演练别的日期，请加 --as-of。）`,
    en: `\n(Rehearsed for today, ${p.asOf}, as the daily reminder runs; the as-of date ${p.pinned} in the settings applies to totals and the notice only. Add --as-of to rehearse another day.)`,
  }),
});
