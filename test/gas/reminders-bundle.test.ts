// The reminder functions inside build/Code.js, in a bare node:vm context whose only globals are the fakes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadBundle } from '../fakes/vm';
import { exampleEnv } from './helpers';

const root = join(__dirname, '..', '..');
let bundle = '';

type Globals = Record<string, (...args: unknown[]) => unknown>;

beforeAll(() => {
  // Other bundle tests rebuild build/Code.js at the same time; keep a copy that compiles.
  for (let attempt = 0; attempt < 3 && bundle === ''; attempt++) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
    const code = readFileSync(join(root, 'build', 'Code.js'), 'utf8');
    try {
      new vm.Script(code);
      bundle = join(mkdtempSync(join(tmpdir(), 'rectify-bundle-')), 'Code.js');
      writeFileSync(bundle, code);
    } catch {
      bundle = '';
    }
  }
}, 60_000);

describe('reminders in the bundle', () => {
  it('declares the four stable reminder functions', () => {
    const code = readFileSync(bundle, 'utf8');
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
    const g = loadBundle(env, bundle) as vm.Context & Globals;
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
