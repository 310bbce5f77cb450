// The Marketplace add-on's daily run: a time-driven trigger with no active document, as Google runs it.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { REMINDER_LOG_SHEET } from '../../src/core';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { disableDailyReminders, enableDailyReminders } from '../../src/gas/reminders/trigger';
import { ADDON_MANIFEST_SCOPES, MANIFEST_SCOPES, requiredScopes } from '../fakes/scopes';
import { exampleEnv, servicesOf } from './helpers';

const OWNER = 'owner@example.org';
const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const flag = globalThis as { RECTIFY_ADDON?: boolean };

beforeEach(() => {
  flag.RECTIFY_ADDON = true;
});
afterEach(() => {
  delete flag.RECTIFY_ADDON;
});

/** Reminders turned on from the menu, then the morning's trigger fires with no document open. */
function morning(scopes: readonly string[]) {
  const env = exampleEnv({ scopes });
  const s = servicesOf(env);
  expect(enableDailyReminders(s)?.status).toBe('created');
  env.lock.endExecution();
  const trigger = env.triggers.all().find((t) => t.handler === 'dailyReminders')!;
  env.enterAddonClockTrigger();
  env.calls.reset();
  return { env, s, event: env.triggers.clockEvent(trigger.id), trigger };
}

describe('the add-on’s daily run has no active document', () => {
  it('the fake is as Google documents: no active spreadsheet, no document properties, no UI', () => {
    const { env } = morning(ADDON_MANIFEST_SCOPES);
    expect(env.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(env.PropertiesService.getDocumentProperties()).toBeNull();
    expect(() => env.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('opens the spreadsheet it serves by the id noted for its trigger, sends and logs', () => {
    const { env, s, event, trigger } = morning(ADDON_MANIFEST_SCOPES);
    expect(env.properties.user(OWNER).get(`rectify.reminders.sheet.${trigger.id}`)).toBe(env.spreadsheet._id);
    const run = dailyReminders(event, s);
    expect(run.status).toBe('done');
    expect(run.sent).toHaveLength(5);
    expect(env.calls.count('SpreadsheetApp.openById')).toBe(1);
    expect(env.calls.count('PropertiesService.getDocumentProperties')).toBe(1);
    expect(env.values(REMINDER_LOG_SHEET).length).toBe(1 + 5);
    // Its owner record came from the spreadsheet's developer metadata, not document properties.
    expect(env.metadata.get('rectify.reminders.owner')).toBe(OWNER);
  });

  it('needs the spreadsheets scope for that one call: under the sheet-bound manifest Google refuses it', () => {
    const { s, event } = morning(MANIFEST_SCOPES);
    expect(() => dailyReminders(event, s)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('calls nothing else that only the spreadsheets scope allows', () => {
    const { env, s, event } = morning(ADDON_MANIFEST_SCOPES);
    dailyReminders(event, s);
    const onlyFull = Object.keys(env.calls.snapshot()).filter((m) => {
      const scopes = requiredScopes(m) ?? [];
      return scopes.includes(SPREADSHEETS) && !scopes.some((x) => MANIFEST_SCOPES.includes(x));
    });
    expect(onlyFull).toEqual(['SpreadsheetApp.openById']);
  });

  it('stands down when someone stopped it from the menu meanwhile (the record is in the spreadsheet)', () => {
    const { env, s, event } = morning(ADDON_MANIFEST_SCOPES);
    env.leaveTrigger();
    env.setActiveUser('colleague@example.org');
    env.ui.queueAlert('YES');
    expect(disableDailyReminders(servicesOf(env))?.status).toBe('stopped-other');
    env.lock.endExecution();
    env.setActiveUser(OWNER);
    env.enterAddonClockTrigger();
    expect(dailyReminders(event, s).status).toBe('not-owner');
    expect(env.sentMail).toEqual([]);
    expect(env.triggers.all().filter((t) => t.handler === 'dailyReminders')).toEqual([]);
  });

  it('a trigger with no noted spreadsheet removes itself instead of failing every morning', () => {
    const { env, s, event, trigger } = morning(ADDON_MANIFEST_SCOPES);
    env.properties.user(OWNER).delete(`rectify.reminders.sheet.${trigger.id}`);
    expect(dailyReminders(event, s).status).toBe('not-owner');
    expect(env.triggers.all()).toEqual([]);
  });
});
