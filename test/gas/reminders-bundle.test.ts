// The reminder functions inside build/Code.js, in a bare node:vm context whose only globals are the fakes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { BUNDLE, loadBuiltBundle } from './bundle';
import { exampleEnv } from './helpers';

describe('reminders in the bundle', () => {
  it('declares the four stable reminder functions', () => {
    const code = readFileSync(BUNDLE, 'utf8');
    for (const name of [
      'previewReminders',
      'enableDailyReminders',
      'disableDailyReminders',
      'dailyReminders',
    ])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('turns on, sends one digest per address with escaped HTML, logs, and sends nothing on a rerun', () => {
    const env = exampleEnv();
    const g = loadBuiltBundle(env);
    g.enableDailyReminders();
    env.lock.endExecution();
    expect(env.triggers.all().map((t) => [t.handler, t.owner, t.schedule.atHour])).toEqual([
      ['dailyReminders', 'owner@example.org', 8],
    ]);
    g.previewReminders();
    expect(env.sentMail).toHaveLength(0);
    // Apps Script passes the trigger's event object.
    g.dailyReminders({ triggerUid: env.triggers.all()[0].id, authMode: 'FULL' });
    env.lock.endExecution();
    const recipients = env.sentMail.map((m) => m.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recipients).toEqual(expect.arrayContaining(['office@example.org', 'hr@example.org']));
    for (const mail of env.sentMail) {
      expect(mail.htmlBody).toContain('<table');
      expect(mail.htmlBody).not.toMatch(/<(script|img)/);
    }
    expect(env.values('提醒记录')).toHaveLength(recipients.length + 1);
    g.dailyReminders({});
    expect(env.sentMail).toHaveLength(recipients.length);
  });
});
