// Granted OAuth scopes: a method whose reference page names a scope the script lacks throws Google's error.
import { describe, expect, it } from '@jest/globals';
import { createFakeEnv } from './index';

describe('scopes', () => {
  it('grants everything by default', () => {
    const env = createFakeEnv();
    expect(env.Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
    expect(env.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  it('refuses Session users without userinfo.email, in Google words; the locale needs no scope', () => {
    const env = createFakeEnv({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => env.Session.getActiveUser()).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => env.Session.getEffectiveUser()).toThrow(/Session\.getEffectiveUser/);
    expect(env.Session.getActiveUserLocale()).toBe('zh_CN');
  });

  it('refuses triggers without script.scriptapp and mail without script.send_mail', () => {
    const env = createFakeEnv({ scopes: ['https://www.googleapis.com/auth/userinfo.email'] });
    expect(() => env.ScriptApp.getProjectTriggers()).toThrow(/script\.scriptapp/);
    expect(() => env.ScriptApp.newTrigger('dailyReminders')).toThrow(/script\.scriptapp/);
    expect(() => env.MailApp.sendEmail('a@example.org', 's', 'b')).toThrow(
      /MailApp\.sendEmail\. Required permissions: \(https:\/\/www\.googleapis\.com\/auth\/script\.send_mail \|\| https:\/\/mail\.google\.com\/\)/,
    );
    expect(env.sentMail).toEqual([]);
  });
});
