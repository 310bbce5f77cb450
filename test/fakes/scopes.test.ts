// Granted OAuth scopes: a method whose reference page names a scope the script lacks throws Google's error.
import { describe, expect, it } from '@jest/globals';
import { createFakeEnv } from './index';
import { MANIFEST_SCOPES, requiredScopes } from './scopes';

describe('scopes', () => {
  it('grants appsscript.json’s oauthScopes by default', () => {
    const env = createFakeEnv();
    expect([...(env.core.scopes ?? [])]).toEqual(MANIFEST_SCOPES);
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
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(env.sentMail).toEqual([]);
  });

  it('takes each method’s scopes from the table generated from Google’s reference (gas-types-detailed)', () => {
    expect(requiredScopes('DriveApp.createFile')).toEqual(['https://www.googleapis.com/auth/drive']);
    expect(requiredScopes('File.getParents')).toEqual([
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.readonly',
    ]);
    expect(requiredScopes('SpreadsheetApp.openById')).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
    expect(requiredScopes('PropertiesService.getDocumentProperties')).toEqual([]);
    expect(requiredScopes('Drive.Files.create')).toContain('https://www.googleapis.com/auth/drive.file');
    expect(requiredScopes('NoSuchClass.method')).toBeUndefined();
  });

  it('checks every counted fake method against the table, e.g. SpreadsheetApp.openById needs spreadsheets', () => {
    const env = createFakeEnv();
    expect(() => env.SpreadsheetApp.openById(env.spreadsheet._id)).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });
});
