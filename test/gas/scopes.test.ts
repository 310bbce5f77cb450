// The commands under exactly the OAuth scopes appsscript.json grants: what a user who authorised the add-on gets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { HISTORY_SHEET } from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { onLedgerEdit } from '../../src/gas/history/edits';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { enableDailyReminders } from '../../src/gas/reminders/trigger';
import { EditEvents } from '../fakes/edits';
import { exampleEnv, servicesOf } from './helpers';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8')) as {
  oauthScopes: string[];
};
const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

describe('appsscript.json oauthScopes', () => {
  it('lets the owner turn on daily reminders, and the daily run mails the offices from that account', () => {
    const env = exampleEnv({ scopes: manifest.oauthScopes });
    const s = servicesOf(env);
    const result = enableDailyReminders(s);
    expect(result).toMatchObject({ status: 'created', owner: 'owner@example.org' });
    expect(env.ui.alerts.at(-1)?.prompt).toContain('owner@example.org');
    env.lock.endExecution();
    const run = dailyReminders(undefined, s);
    expect(run.status).toBe('done');
    expect(run.sent.length).toBeGreaterThan(0);
    expect(env.sentMail.every((m) => m.from === 'owner@example.org')).toBe(true);
  });

  it('lets the edit history name the person who changed a cell', () => {
    const env = exampleEnv({ scopes: manifest.oauthScopes });
    const s = servicesOf(env);
    setupLedger(s);
    env.lock.endExecution();
    const edits = new EditEvents(env, 'owner@example.org');
    edits.edit({ email: 'clerk@example.org', kind: 'sameDomain' }, '台账', 'J3', [['已完成']]);
    expect(edits.deliver((e) => onLedgerEdit(e, s)).logged).toBe(1);
    expect(env.values(HISTORY_SHEET)[1][1]).toBe('clerk@example.org');
  });

  it('needs userinfo.email: without it the account is unknown and reminders cannot be turned on', () => {
    // Session.getActiveUser/getEffectiveUser list only this scope in Google's reference.
    expect(manifest.oauthScopes).toContain(USERINFO_EMAIL);
    const env = exampleEnv({ scopes: manifest.oauthScopes.filter((x) => x !== USERINFO_EMAIL) });
    expect(enableDailyReminders(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)?.prompt).toContain('无法取得您账号的邮箱地址');
    expect(env.triggers.all()).toEqual([]);
  });
});
