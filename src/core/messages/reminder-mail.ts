// The reminder mails' words: stages, the digest's subject and body, skip reasons and the 提醒记录 columns.
import type { LogKind, LogStatus } from '../reminders/log';
import { type Bilingual, messages } from './bilingual';

/** "1 day", "3 days": English counts; Chinese needs no plural. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** How far an item is from its deadline, and the stage it is announced at. */
export const stageMessages = messages({
  overdue: { zh: '逾期', en: 'overdue' },
  dueDay: { zh: '到期当天', en: 'due day' },
  daysBefore(p: { days: number }): Bilingual {
    return { zh: `到期前${p.days}天`, en: `${plural(p.days, 'day')} before` };
  },
  daysOverdue(p: { days: number }): Bilingual {
    return { zh: `已逾期${p.days}天`, en: `${plural(p.days, 'day')} overdue` };
  },
  dueToday: { zh: '今天到期', en: 'due today' },
  dueTomorrow: { zh: '明天到期', en: 'due tomorrow' },
  daysLeft(p: { days: number }): Bilingual {
    return { zh: `还剩${p.days}天`, en: `${plural(p.days, 'day')} left` };
  },
});

/** The 提醒记录 sheet's column headers; the last holds the machine-readable record. */
export const reminderLogColumns = messages({
  time: { zh: '时间', en: 'Time' },
  date: { zh: '统计日期', en: 'Date' },
  recipient: { zh: '收件人', en: 'Recipient' },
  kind: { zh: '类型', en: 'Kind' },
  items: { zh: '事项', en: 'Items' },
  stages: { zh: '阶段', en: 'Stages' },
  status: { zh: '状态', en: 'Status' },
  note: { zh: '说明', en: 'Note' },
  record: { zh: '记录（程序用，请勿修改）', en: 'Record (used by the program; do not edit)' },
});

/** The 提醒记录 类型 column; the CLI's dry run and the page's preview name a digest's recipients by the same words. */
export const reminderLogKinds: Readonly<Record<LogKind, Bilingual>> = {
  office: { zh: '责任人', en: 'owner' },
  leader: { zh: '牵头领导', en: 'leader' },
  both: { zh: '责任人、牵头领导', en: 'owner, leader' },
  alert: { zh: '故障通知', en: 'failure notice' },
  run: { zh: '运行', en: 'run' },
};

export const reminderLogStatuses: Readonly<Record<LogStatus, Bilingual>> = {
  sent: { zh: '已发送', en: 'sent' },
  deferred: { zh: '已推迟（超出当日邮件配额）', en: 'deferred (daily mail quota)' },
  failed: { zh: '失败', en: 'failed' },
  skipped: { zh: '未发送（地址有误）', en: 'not sent (address)' },
};

/** Why an address was not written to: one line each in the preview, the log and the owner's alert. */
export const skipMessages = messages({
  malformed(p: { row: number; message: string }): Bilingual {
    return {
      zh: `第${p.row}行：${p.message}`,
      en: `Row ${p.row}: ${p.message}`,
    };
  },
  noAddress(p: { row: number; id: string }): Bilingual {
    return {
      zh: `第${p.row}行（编号${p.id || '空'}）没有责任人邮箱，无法提醒`,
      en: `Row ${p.row} (ID ${p.id || 'none'}) has no owner e-mail; nobody can be reminded`,
    };
  },
  outsideDomain(p: { row: number; address: string; domain: string }): Bilingual {
    return {
      zh: `第${p.row}行的邮箱 ${p.address} 不在允许的域名 ${p.domain} 内，未发送`,
      en: `Row ${p.row}: ${p.address} is outside the allowed domain ${p.domain}; not sent`,
    };
  },
  leaderOutsideDomain(p: { title: string; address: string; domain: string }): Bilingual {
    return {
      zh: `牵头领导“${p.title}”的邮箱 ${p.address} 不在允许的域名 ${p.domain} 内，未抄报`,
      en: `Leader "${p.title}": ${p.address} is outside the allowed domain ${p.domain}; not escalated`,
    };
  },
  noLeaderAddress(p: { lead: string; rows: string }): Bilingual {
    return {
      zh: `牵头领导“${p.lead}”在设置“牵头领导邮箱”中没有邮箱，第${p.rows}行的逾期事项未抄报`,
      en: `Lead "${p.lead}" has no address in the Leader e-mails setting; overdue rows ${p.rows} not escalated`,
    };
  },
});

/** Punctuation that differs between the languages. */
export const punctuation = messages({
  colon: { zh: '：', en: ': ' },
  colonAtEnd: { zh: '：', en: ':' },
  fullStop: { zh: '。', en: '. ' },
});

/** The digest mail: subject, opening, item lines, table headers and footer. */
export const digestMessages = messages({
  tagOffice: { zh: '【整改提醒】', en: '[Rectification reminder] ' },
  tagLeader: { zh: '【整改逾期抄报】', en: '[Overdue rectification] ' },
  asOf(p: { asOf: string }): Bilingual {
    return { zh: `（截至${p.asOf}）`, en: ` (as of ${p.asOf})` };
  },
  overdueCount(p: { n: number }): Bilingual {
    return { zh: `${p.n}项已逾期`, en: `${p.n} overdue` };
  },
  dueSoonCount(p: { n: number }): Bilingual {
    return { zh: `${p.n}项即将到期`, en: `${p.n} due soon` };
  },
  introLeader(p: { asOf: string }): Bilingual {
    return {
      zh: `截至${p.asOf}，您牵头的以下整改事项已超过整改时限仍未完成，请督促责任科室抓紧整改。`,
      en: `As of ${p.asOf}, the rectification items below that you lead are past their deadlines and not done; please press the responsible offices.`,
    };
  },
  introOffice(p: { asOf: string }): Bilingual {
    return {
      zh: `截至${p.asOf}，以下整改事项已逾期或即将到期，请抓紧推进；完成后请在台账中更新整改状态和完成日期。`,
      en: `As of ${p.asOf}, the rectification items below are overdue or due soon. Please move them forward and, once done, update the status and done date in the ledger.`,
    };
  },
  ownSection(p: { n: number }): Bilingual {
    return {
      zh: `您负责的事项（${p.n}项）`,
      en: `Items you are responsible for (${p.n})`,
    };
  },
  ledSection(p: { n: number }): Bilingual {
    return {
      zh: `您牵头的已逾期事项（${p.n}项）`,
      en: `Overdue items you lead (${p.n})`,
    };
  },
  extended(p: { date: string }): Bilingual {
    return {
      zh: `${p.date}（经批准延期）`,
      en: `${p.date} (extended with approval)`,
    };
  },
  extendedFrom(p: { date: string; original: string }): Bilingual {
    return {
      zh: `${p.date}（经批准延期，原定${p.original}）`,
      en: `${p.date} (extended with approval; originally ${p.original})`,
    };
  },
  asWritten(p: { date: string; written: string }): Bilingual {
    return {
      zh: `${p.date}（台账填写：${p.written}）`,
      en: `${p.date} (written: ${p.written})`,
    };
  },
  policy(p: { stages: readonly number[]; repeat: number }): Bilingual {
    return {
      zh: `同一事项${p.stages.length === 0 ? '' : `到期前${p.stages.join('天、')}天各提醒一次，`}逾期后每${p.repeat}天提醒一次。`,
      en: `Each item is announced ${
        p.stages.length === 0
          ? ''
          : `once ${p.stages.map((s) => plural(s, 'day')).join(', ')} before the deadline, then `
      }every ${plural(p.repeat, 'day')} while overdue.`,
    };
  },
  sentBy: { zh: '本邮件由整改台账助手自动发送', en: 'Sent automatically by Rectify' },
  ledgerNamed(p: { ledger: string }): Bilingual {
    return { zh: `（台账：${p.ledger}）`, en: ` (ledger: ${p.ledger})` };
  },
  itemLine(p: { n: number; id: string; when: string; problem: string }): Bilingual {
    return {
      zh: `${p.n}. 编号${p.id}【${p.when}】${p.problem}`,
      en: `${p.n}. ID ${p.id} [${p.when}] ${p.problem}`,
    };
  },
  deadlineLine(p: { text: string }): Bilingual {
    return { zh: `   整改时限：${p.text}`, en: `   Deadline: ${p.text}` };
  },
  officeLine(p: { office: string }): Bilingual {
    return {
      zh: `   责任科室：${p.office}`,
      en: `   Department: ${p.office}`,
    };
  },
  placeLine(p: { place: string }): Bilingual {
    return {
      zh: `   台账位置：${p.place}`,
      en: `   In the ledger: ${p.place}`,
    };
  },
  row(p: { row: number }): Bilingual {
    return { zh: `第${p.row}行`, en: `row ${p.row}` };
  },
  heldOver(p: { more: number; max: number }): Bilingual {
    return {
      zh: `另有 ${p.more} 项到期或逾期事项将在下一次提醒中列出（每封邮件最多列出 ${p.max} 项）。`,
      en: `${p.more} more due or overdue items will be listed in the next reminder (one mail lists at most ${p.max}).`,
    };
  },
  headId: { zh: '编号', en: 'ID' },
  headProblem: { zh: '问题', en: 'Problem' },
  headOffice: { zh: '责任科室', en: 'Department' },
  headDeadline: { zh: '整改时限', en: 'Deadline' },
  headStatus: { zh: '情况', en: 'Status' },
  headLedger: { zh: '台账', en: 'Ledger' },
});
