// The daily reminder run's words: the owner's failure notice, log notes, the trigger dialogs and the preview.
import { messages } from './bilingual';

/** What the daily run writes in 提醒记录 and mails its trigger's owner when something went wrong. */
export const reminderRunMessages = messages({
  senderName: { zh: '整改台账助手', en: 'Rectify' },
  deferredNote: {
    zh: '超出今日邮件配额，下次优先发送',
    en: 'over the daily mail quota; goes first next run',
  },
  sendFailed: (p: { recipient: string; message: string }) => ({
    zh: `发给 ${p.recipient} 失败：${p.message}`,
    en: `To ${p.recipient}: ${p.message}`,
  }),
  moreProblems: (p: { more: number }) => ({
    zh: `……另有 ${p.more} 条，见“提醒记录”`,
    en: `… and ${p.more} more in 提醒记录`,
  }),
  moreSkips: (p: { more: number }) => ({
    zh: `另有 ${p.more} 项无法提醒，见“预览今日提醒”`,
    en: `${p.more} more not sent; see Preview reminders`,
  }),
  alertSubject: (p: { asOf: string; asOfZh: string }) => ({
    zh: `【整改台账助手】每日提醒出错（${p.asOfZh}）`,
    en: `[Rectify] Daily reminders failed (${p.asOf})`,
  }),
  alertOpening: {
    zh: '今天的每日提醒未能全部完成：',
    en: 'Today’s daily reminders did not all go out:',
  },
  alertLedger: (p: { url: string }) => ({ zh: `台账：${p.url}`, en: `Ledger: ${p.url}` }),
  alertClosing: {
    zh: '详情见“提醒记录”工作表。未发出的提醒会在下次运行时优先发送；今天不再重复通知。',
    en: 'See the 提醒记录 sheet. Reminders not sent go first on the next run; you will not be told again today.',
  },
});
