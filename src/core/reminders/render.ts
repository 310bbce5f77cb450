// Digest bodies: the subject, a plain-text body and an escaped HTML body, in the settings' language.

import { appendAll } from '../arrays';
import { type CalendarDate, dateInWords, isCalendarDate } from '../dates';
import { withoutHiddenCharacters } from '../hidden-chars';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { commonMessages } from '../messages/common';
import { digestMessages as M, punctuation as P } from '../messages/reminder-mail';
import { escapeHtml, safeHref, subjectLine } from './html';
import type { ReminderItem, ReminderSettings } from './plan';
import { daysLeftText } from './stages';

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
    return say(l, original === '' ? M.extended({ date }) : M.extendedFrom({ date, original }));
  }
  return written === '' || written === item.due || written === date
    ? date
    : say(l, M.asWritten({ date, written }));
}

function counts(items: ReminderItem[], l: Locale): string {
  const overdue = items.filter((i) => i.daysLeft < 0).length;
  const soon = items.length - overdue;
  const parts: string[] = [];
  if (overdue > 0) parts.push(say(l, M.overdueCount({ n: overdue })));
  if (soon > 0) parts.push(say(l, M.dueSoonCount({ n: soon })));
  return parts.join(say(l, commonMessages.listSeparator));
}

interface Section {
  title: string;
  role: 'owner' | 'leader';
  items: ReminderItem[];
}

function sections(items: ReminderItem[], l: Locale): Section[] {
  const own = items.filter((i) => i.role === 'owner');
  const led = items.filter((i) => i.role === 'leader');
  const out: Section[] = [];
  if (own.length > 0) out.push({ title: say(l, M.ownSection({ n: own.length })), role: 'owner', items: own });
  if (led.length > 0)
    out.push({ title: say(l, M.ledSection({ n: led.length })), role: 'leader', items: led });
  return out;
}

/** The words every digest shares: whom it greets, the opening, the sections, the held-over line, the footer. */
interface Words {
  l: Locale;
  names: string;
  intro: string;
  parts: Section[];
  more: string;
  footer: string;
}

/** Subject, text and HTML of one digest. Ledger text is escaped in HTML and flattened in the subject. */
export function renderDigest(
  digest: DigestParts,
  options: RenderOptions,
): { subject: string; text: string; html: string } {
  const l = options.settings.language;
  const names = digest.names.join(say(l, commonMessages.listSeparator)) || digest.recipient;
  const asOf = dateInWords(options.asOf, l);
  const ledger = withoutHiddenCharacters(options.ledgerName).trim();
  const tag = say(l, digest.kind === 'leader' ? M.tagLeader : M.tagOffice);
  const subject = subjectLine(
    `${tag}${names}${say(l, P.colon)}${counts(digest.items, l)}${say(l, M.asOf({ asOf }))}`,
  );
  const intro = say(l, digest.kind === 'leader' ? M.introLeader({ asOf }) : M.introOffice({ asOf }));
  const policy = M.policy({
    stages: options.settings.reminderStages,
    repeat: options.settings.overdueRepeatDays,
  });
  const footer = `${say(l, M.sentBy)}${ledger ? say(l, M.ledgerNamed({ ledger })) : ''}${say(l, P.fullStop)}${say(l, policy)}`;
  const more = digest.heldOver ? say(l, M.heldOver({ more: digest.heldOver, max: digest.items.length })) : '';
  const words: Words = { l, names, intro, parts: sections(digest.items, l), more, footer };
  return { subject, text: textBody(words), html: htmlBody(words) };
}

function textBody(w: Words): string {
  const { l } = w;
  const text: string[] = [`${w.names}${say(l, P.colonAtEnd)}`, '', w.intro, ''];
  const titled = w.parts.length > 1;
  for (const section of w.parts) {
    if (titled) text.push(section.title, '');
    section.items.forEach((item, n) => {
      const when = daysLeftText(item.daysLeft, l);
      text.push(say(l, M.itemLine({ n: n + 1, id: item.id || '—', when, problem: item.problem })));
      text.push(say(l, M.deadlineLine({ text: deadlineText(item, l) })));
      if (section.role === 'leader' && item.department)
        text.push(say(l, M.officeLine({ office: item.department })));
      const place = `${say(l, M.row({ row: item.row }))}${item.link ? ` ${item.link}` : ''}`;
      text.push(say(l, M.placeLine({ place })));
    });
    text.push('');
  }
  if (w.more) text.push(w.more, '');
  text.push('——', w.footer);
  return text.join('\n');
}

function htmlBody(w: Words): string {
  const e = escapeHtml;
  const html: string[] = [
    '<div style="font-family:sans-serif;font-size:14px;line-height:1.6">',
    `<p>${e(w.names)}${say(w.l, P.colonAtEnd)}</p>`,
    `<p>${e(w.intro)}</p>`,
  ];
  const titled = w.parts.length > 1;
  for (const section of w.parts) {
    if (titled) html.push(`<h3 style="font-size:15px;margin:16px 0 4px">${e(section.title)}</h3>`);
    appendAll(html, sectionTable(section, w.l));
  }
  if (w.more) html.push(`<p>${e(w.more)}</p>`);
  html.push(`<p style="color:#666;font-size:12px">${e(w.footer)}</p>`, '</div>');
  return html.join('\n');
}

/** One section's table: a header row and a row per item (at most MAX_DIGEST_ITEMS). */
function sectionTable(section: Section, l: Locale): string[] {
  const e = escapeHtml;
  const leader = section.role === 'leader';
  const heads = [
    M.headId,
    M.headProblem,
    ...(leader ? [M.headOffice] : []),
    M.headDeadline,
    M.headStatus,
    M.headLedger,
  ];
  const html = [
    '<table style="border-collapse:collapse" cellpadding="6" border="1">',
    `<tr>${heads.map((h) => `<th align="left" style="background:#f3f3f3">${e(say(l, h))}</th>`).join('')}</tr>`,
  ];
  for (const item of section.items) {
    const href = safeHref(item.link);
    const place = say(l, M.row({ row: item.row }));
    const colour = item.daysLeft < 0 ? '#cc0000' : '#b45f06';
    const cells = [
      e(item.id || '—'),
      e(item.problem),
      ...(leader ? [e(item.department)] : []),
      e(deadlineText(item, l)),
      `<span style="color:${colour};font-weight:bold">${e(daysLeftText(item.daysLeft, l))}</span>`,
      href ? `<a href="${e(href)}">${e(place)}</a>` : e(place),
    ];
    html.push(`<tr>${cells.map((c) => `<td valign="top">${c}</td>`).join('')}</tr>`);
  }
  html.push('</table>');
  return html;
}
