// MailApp: sent mails are recorded; the daily quota counts recipients and runs out like Google's.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export interface SentMail {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: unknown[];
}

export class MailState {
  readonly sent: SentMail[] = [];
  constructor(public quota: number) {}
}

interface MailOptions {
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: unknown[];
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class FakeMailApp extends Fake {
  constructor(
    core: Core,
    readonly _state: MailState,
  ) {
    super(core);
  }
  /** (message) | (recipient, subject, body[, options]) | (to, replyTo, subject, body). */
  sendEmail(...args: unknown[]): void {
    let m: MailOptions;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null)
      m = { ...(args[0] as MailOptions) };
    else if (args.length === 4 && typeof args[3] === 'string') {
      m = { to: String(args[0]), replyTo: String(args[1]), subject: String(args[2]), body: args[3] };
    } else {
      m = {
        ...((args[3] as MailOptions | undefined) ?? {}),
        to: String(args[0] ?? ''),
        subject: String(args[1] ?? ''),
        body: String(args[2] ?? ''),
      };
    }
    const recipients = [...addresses(m.to), ...addresses(m.cc), ...addresses(m.bcc)];
    if (recipients.length === 0) throw new GasException('Failed to send email: no recipient');
    for (const r of recipients) if (!EMAIL.test(r)) throw new GasException(`Invalid email: ${r}`);
    const subject = m.subject ?? '';
    if (subject.length > 250) throw new GasException('Argument too large: subject');
    if (recipients.length > this._state.quota) {
      throw new GasException('Service invoked too many times for one day: email.');
    }
    this._state.quota -= recipients.length;
    this._state.sent.push({
      from: this._core.runAs,
      to: m.to ?? '',
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      subject,
      body: m.body ?? '',
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      noReply: Boolean(m.noReply),
      attachments: m.attachments ?? [],
    });
  }
  getRemainingDailyQuota(): number {
    return this._state.quota;
  }
}

countCalls(FakeMailApp, 'MailApp');
