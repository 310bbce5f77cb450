// Digest bodies: the subject, a plain-text body and an escaped HTML body, in the settings' language.

import { type CalendarDate, dateInWords, isCalendarDate } from '../dates';
import { withoutHiddenCharacters } from '../hidden-chars';
import { type Locale, tr } from '../locale';
import { escapeHtml, safeHref, subjectLine } from './html';
import type { ReminderItem, ReminderSettings } from './plan';
import { daysLeftText, plural } from './stages';

interface DigestParts {
  recipient: string;
  names: string[];
  items: ReminderItem[];
  kind: 'office' | 'leader' | 'both';
  /** Items left for the next digest because one mail lists only so many. */
  heldOver?: number;
}

interface RenderOptions {
  asOf: CalendarDate;
  settings: ReminderSettings;
  ledgerName: string;
}

function deadlineText(item: ReminderItem, l: Locale): string {
  const date = dateInWords(item.due, l);
  const written = item.deadlineText.trim();
  if (item.extendedFrom !== undefined) {
    // The owner must see both: the date in force, and that it is an approved move from the original.
    const original = item.extendedFrom
      ? dateInWords(item.extendedFrom, l)
      : isCalendarDate(written)
        ? dateInWords(written, l)
        : written;
    if (original === '') return tr(l, `${date}（经批准延期）`, `${date} (extended with approval)`);
    return tr(
      l,
      `${date}（经批准延期，原定${original}）`,
      `${date} (extended with approval; originally ${original})`,
    );
  }
  return written === '' || written === item.due || written === date
    ? date
    : tr(l, `${date}（台账填写：${written}）`, `${date} (written: ${written})`);
}

function counts(items: ReminderItem[], l: Locale): string {
  const overdue = items.filter((i) => i.daysLeft < 0).length;
  const soon = items.length - overdue;
  const parts: string[] = [];
  if (overdue > 0) parts.push(tr(l, `${overdue}项已逾期`, `${overdue} overdue`));
  if (soon > 0) parts.push(tr(l, `${soon}项即将到期`, `${soon} due soon`));
  return parts.join(tr(l, '、', ', '));
}

function sections(
  items: ReminderItem[],
  l: Locale,
): { title: string; role: string; items: ReminderItem[] }[] {
  const own = items.filter((i) => i.role === 'owner');
  const led = items.filter((i) => i.role === 'leader');
  const out: { title: string; role: string; items: ReminderItem[] }[] = [];
  if (own.length > 0)
    out.push({
      title: tr(l, `您负责的事项（${own.length}项）`, `Items you are responsible for (${own.length})`),
      role: 'owner',
      items: own,
    });
  if (led.length > 0)
    out.push({
      title: tr(l, `您牵头的已逾期事项（${led.length}项）`, `Overdue items you lead (${led.length})`),
      role: 'leader',
      items: led,
    });
  return out;
}

function policy(settings: ReminderSettings, l: Locale): string {
  const stages = settings.reminderStages;
  const before =
    stages.length === 0
      ? ''
      : tr(
          l,
          `到期前${stages.join('天、')}天各提醒一次，`,
          `once ${stages.map((s) => plural(s, 'day')).join(', ')} before the deadline, then `,
        );
  return tr(
    l,
    `同一事项${before}逾期后每${settings.overdueRepeatDays}天提醒一次。`,
    `Each item is announced ${before}every ${plural(settings.overdueRepeatDays, 'day')} while overdue.`,
  );
}

/** Subject, text and HTML of one digest. Ledger text is escaped in HTML and flattened in the subject. */
export function renderDigest(
  digest: DigestParts,
  options: RenderOptions,
): { subject: string; text: string; html: string } {
  const l = options.settings.language;
  const names = digest.names.join(tr(l, '、', ', ')) || digest.recipient;
  const asOf = dateInWords(options.asOf, l);
  const ledger = withoutHiddenCharacters(options.ledgerName).trim();
  const tag =
    digest.kind === 'leader'
      ? tr(l, '【整改逾期抄报】', '[Overdue rectification] ')
      : tr(l, '【整改提醒】', '[Rectification reminder] ');
  const subject = subjectLine(
    `${tag}${names}${tr(l, '：', ': ')}${counts(digest.items, l)}${tr(l, `（截至${asOf}）`, ` (as of ${asOf})`)}`,
  );
  const intro =
    digest.kind === 'leader'
      ? tr(
          l,
          `截至${asOf}，您牵头的以下整改事项已超过整改时限仍未完成，请督促责任科室抓紧整改。`,
          `As of ${asOf}, the rectification items below that you lead are past their deadlines and not done; please press the responsible offices.`,
        )
      : tr(
          l,
          `截至${asOf}，以下整改事项已逾期或即将到期，请抓紧推进；完成后请在台账中更新整改状态和完成日期。`,
          `As of ${asOf}, the rectification items below are overdue or due soon. Please move them forward and, once done, update the status and done date in the ledger.`,
        );
  const footer = `${tr(l, '本邮件由整改台账助手自动发送', 'Sent automatically by Rectify')}${
    ledger ? tr(l, `（台账：${ledger}）`, ` (ledger: ${ledger})`) : ''
  }${tr(l, '。', '. ')}${policy(options.settings, l)}`;
  const parts = sections(digest.items, l);
  const titled = parts.length > 1;

  const label = (zh: string, en: string) => tr(l, zh, en);
  const text: string[] = [`${names}${tr(l, '：', ':')}`, '', intro, ''];
  for (const section of parts) {
    if (titled) text.push(section.title, '');
    section.items.forEach((item, n) => {
      const head = `${n + 1}. ${label('编号', 'ID ')}${item.id || '—'}${tr(l, '【', ' [')}${daysLeftText(item.daysLeft, l)}${tr(l, '】', '] ')}${item.problem}`;
      text.push(head);
      text.push(`   ${label('整改时限：', 'Deadline: ')}${deadlineText(item, l)}`);
      if (section.role === 'leader' && item.department)
        text.push(`   ${label('责任科室：', 'Office: ')}${item.department}`);
      text.push(
        `   ${label('台账位置：', 'In the ledger: ')}${tr(l, `第${item.row}行`, `row ${item.row}`)}${item.link ? ` ${item.link}` : ''}`,
      );
    });
    text.push('');
  }
  const more = digest.heldOver
    ? tr(
        l,
        `另有 ${digest.heldOver} 项到期或逾期事项将在下一次提醒中列出（每封邮件最多列出 ${digest.items.length} 项）。`,
        `${digest.heldOver} more due or overdue items will be listed in the next reminder (one mail lists at most ${digest.items.length}).`,
      )
    : '';
  if (more) text.push(more, '');
  text.push('——', footer);

  const e = escapeHtml;
  const html: string[] = [
    '<div style="font-family:sans-serif;font-size:14px;line-height:1.6">',
    `<p>${e(names)}${tr(l, '：', ':')}</p>`,
    `<p>${e(intro)}</p>`,
  ];
  for (const section of parts) {
    if (titled) html.push(`<h3 style="font-size:15px;margin:16px 0 4px">${e(section.title)}</h3>`);
    html.push('<table style="border-collapse:collapse" cellpadding="6" border="1">');
    const heads = [
      label('编号', 'ID'),
      label('问题', 'Problem'),
      ...(section.role === 'leader' ? [label('责任科室', 'Office')] : []),
      label('整改时限', 'Deadline'),
      label('情况', 'Status'),
      label('台账', 'Ledger'),
    ];
    html.push(
      `<tr>${heads.map((h) => `<th align="left" style="background:#f3f3f3">${e(h)}</th>`).join('')}</tr>`,
    );
    for (const item of section.items) {
      const href = safeHref(item.link);
      const place = tr(l, `第${item.row}行`, `row ${item.row}`);
      const colour = item.daysLeft < 0 ? '#cc0000' : '#b45f06';
      const cells = [
        e(item.id || '—'),
        e(item.problem),
        ...(section.role === 'leader' ? [e(item.department)] : []),
        e(deadlineText(item, l)),
        `<span style="color:${colour};font-weight:bold">${e(daysLeftText(item.daysLeft, l))}</span>`,
        href ? `<a href="${e(href)}">${e(place)}</a>` : e(place),
      ];
      html.push(`<tr>${cells.map((c) => `<td valign="top">${c}</td>`).join('')}</tr>`);
    }
    html.push('</table>');
  }
  if (more) html.push(`<p>${e(more)}</p>`);
  html.push(`<p style="color:#666;font-size:12px">${e(footer)}</p>`, '</div>');
  return { subject, text: text.join('\n'), html: html.join('\n') };
}
