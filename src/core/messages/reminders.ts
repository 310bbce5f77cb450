// The daily reminder run's words: the owner's failure notice, log notes, the trigger dialogs and the preview.
import { type Bilingual, messages } from './bilingual';

/** What the daily run writes in 提醒记录 and mails its trigger's owner when something went wrong. */
export const reminderRunMessages = messages({
  deferredNote: {
    zh: '超出今日邮件配额，下次优先发送',
    en: 'over the daily mail quota; goes first next run',
  },
  sendFailed(p: { recipient: string; message: string }): Bilingual {
    return {
      zh: `发给 ${p.recipient} 失败：${p.message}`,
      en: `To ${p.recipient}: ${p.message}`,
    };
  },
  moreProblems(p: { more: number }): Bilingual {
    return {
      zh: `……另有 ${p.more} 条，见“提醒记录”`,
      en: `… and ${p.more} more in 提醒记录`,
    };
  },
  moreSkips(p: { more: number }): Bilingual {
    return {
      zh: `另有 ${p.more} 项无法提醒，见“预览今日提醒”`,
      en: `${p.more} more not sent; see Preview reminders`,
    };
  },
  alertSubject(p: { asOf: string; asOfZh: string }): Bilingual {
    return {
      zh: `【整改台账助手】每日提醒出错（${p.asOfZh}）`,
      en: `[Rectify] Daily reminders failed (${p.asOf})`,
    };
  },
  alertOpening: {
    zh: '今天的每日提醒未能全部完成：',
    en: 'Today’s daily reminders did not all go out:',
  },
  alertLedger(p: { url: string }): Bilingual {
    return { zh: `台账：${p.url}`, en: `Ledger: ${p.url}` };
  },
  alertClosing: {
    zh: '详情见“提醒记录”工作表。未发出的提醒会在下次运行时优先发送；今天不再重复通知。',
    en: 'See the 提醒记录 sheet. Reminders not sent go first on the next run; you will not be told again today.',
  },
});

/** 开启/关闭每日提醒: the dialogs that say who sends the reminders, and when. */
export const reminderTriggerMessages = messages({
  noUser: {
    zh: '无法取得您账号的邮箱地址，不能开启每日提醒。请用本单位的 Google 账号登录后再试。',
    en: 'Your account’s e-mail address is not available, so reminders cannot be turned on. Sign in with your organisation’s Google account and try again.',
  },
  ownedByOther(p: { owner: string; hour: string }): Bilingual {
    return {
      zh: `每日提醒已由 ${p.owner} 开启（每天 ${p.hour} 点），邮件从该账号发出。为免重复发信，未再开启。如需改由您发送，请先由 ${p.owner} 关闭，或点“关闭每日提醒”停止其发送。`,
      en: `Daily reminders are already on, sent from ${p.owner}'s account (around ${p.hour}:00). To avoid duplicate mail nothing was changed. To send them from your account, ask ${p.owner} to turn them off, or use Turn off daily reminders to stop theirs.`,
    };
  },
  alreadyOn(p: { hour: number; timeZone: string; me: string }): Bilingual {
    return {
      zh: `每日提醒已经开启：每天 ${p.hour} 点左右（${p.timeZone}）由您的账号 ${p.me} 发送。未创建新的触发器。`,
      en: `Daily reminders are already on: sent from your account ${p.me} around ${p.hour}:00 (${p.timeZone}). No new trigger was made.`,
    };
  },
  turnedOn(p: { rescheduled: boolean; hour: number; timeZone: string; me: string }): Bilingual {
    return {
      zh: `${p.rescheduled ? '已改为' : '每日提醒已开启：'}每天 ${p.hour} 点左右（${p.timeZone}）由您的账号 ${p.me} 向责任人发送到期和逾期提醒，发送情况记在“提醒记录”工作表。可先点“预览今日提醒”查看内容。`,
      en: `${p.rescheduled ? 'Rescheduled: ' : 'Daily reminders are on: '}every day around ${p.hour}:00 (${p.timeZone}) your account ${p.me} mails owners their due and overdue items; each mail is logged in the 提醒记录 sheet. Use Preview reminders to see today's.`,
    };
  },
  stopOther(p: { owner: string }): Bilingual {
    return {
      zh: `每日提醒由 ${p.owner} 开启。要停止从该账号发送提醒吗？（该账号的触发器下次运行时不再发信并自行删除。）`,
      en: `Daily reminders were turned on by ${p.owner}. Stop sending them from that account? (Its trigger will send nothing and remove itself on its next run.)`,
    };
  },
  changedMeanwhile: {
    zh: '在您回答期间，每日提醒的设置已被他人更改，本次未做修改。请重新打开“关闭每日提醒”查看当前状态。',
    en: 'While the question was open someone else changed the daily reminders; nothing was changed. Choose Turn off daily reminders again to see where they stand.',
  },
  turnedOff: {
    zh: '每日提醒已关闭，不再自动发送邮件。',
    en: 'Daily reminders are off; no more mail will be sent.',
  },
  wasOff: { zh: '每日提醒本来就没有开启。', en: 'Daily reminders were not on.' },
});

/** 预览今日提醒: who would get what today; the preview sends nothing. */
export const reminderPreviewMessages = messages({
  nothingToday(p: { asOf: string }): Bilingual {
    return {
      zh: `截至 ${p.asOf}，今天没有需要发送的提醒。`,
      en: `As of ${p.asOf} there is nothing to send today.`,
    };
  },
  wouldSend(p: { asOf: string; n: number }): Bilingual {
    return {
      zh: `截至 ${p.asOf}，今天将发送 ${p.n} 封提醒邮件：`,
      en: `As of ${p.asOf}, ${p.n} reminder e-mails would go out today:`,
    };
  },
  moreMails(p: { more: number }): Bilingual {
    return { zh: `……另有 ${p.more} 封`, en: `… and ${p.more} more` };
  },
  overQuota(p: { quota: number; more: number }): Bilingual {
    return {
      zh: `今日剩余邮件配额 ${p.quota} 封，其余 ${p.more} 封将推迟到下次优先发送。`,
      en: `Today's remaining mail quota is ${p.quota}; the other ${p.more} go first on the next run.`,
    };
  },
  alreadyAnnounced(p: { n: number }): Bilingual {
    return {
      zh: `另有 ${p.n} 项已按阶段提醒过，今天不再重复。`,
      en: `${p.n} more were already announced at their stage and are not repeated today.`,
    };
  },
  cannotRemind: { zh: '无法提醒：', en: 'Cannot remind:' },
  moreLines(p: { more: number }): Bilingual {
    return { zh: `……另有 ${p.more} 条`, en: `… and ${p.more} more` };
  },
  isOn(p: { owner: string; hour: string }): Bilingual {
    return {
      zh: `每日提醒已开启：每天 ${p.hour} 点左右由 ${p.owner} 的账号发送。`,
      en: `Daily reminders are on: sent from ${p.owner}'s account around ${p.hour}:00 every day.`,
    };
  },
  isOff: {
    zh: '每日提醒尚未开启：点“提醒 → 开启每日提醒”后每天自动发送。',
    en: 'Daily reminders are off: use Reminders → Turn on daily reminders to send them every day.',
  },
  sendsNothing: { zh: '（预览不发送任何邮件。）', en: '(The preview sends nothing.)' },
});
