// Settings: defaults, the 设置 sheet (findings on the value cell), and the sidebar form's messages per field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../../src/cli/csv';
import {
  type Cell,
  DEFAULT_SETTINGS,
  effectiveAsOf,
  findingText,
  isAddressAllowed,
  parseSettings,
  SETTING_DEFS,
  settingOfKey,
  settingsFromForm,
  settingText,
  validateSettings,
} from '../../src/core';

describe('defaults', () => {
  it('are valid, with 7 lead days, Chinese, every status listed and no pinned as-of date', () => {
    expect(validateSettings({}).issues).toEqual([]);
    expect(DEFAULT_SETTINGS).toMatchObject({
      leadDays: 7,
      language: 'zh',
      listedStatuses: ['done', 'inProgress', 'notDone', 'longTerm'],
      reminderStages: [7, 1],
      fontBody: '仿宋_GB2312',
    });
    expect(DEFAULT_SETTINGS.asOf).toBeUndefined();
  });

  it('an empty 设置 sheet gives the defaults', () => {
    expect(parseSettings([])).toEqual({ settings: DEFAULT_SETTINGS, findings: [], unknownKeys: [] });
  });

  it('as-of is the pinned setting, else today', () => {
    expect(effectiveAsOf(DEFAULT_SETTINGS, '2025-01-02')).toBe('2025-01-02');
    expect(effectiveAsOf({ ...DEFAULT_SETTINGS, asOf: '2024-10-30' }, '2025-01-02')).toBe('2024-10-30');
  });

  it('every setting has a unique key, Chinese and English names, and round-trips through its text', () => {
    expect(new Set(SETTING_DEFS.map((d) => d.key)).size).toBe(SETTING_DEFS.length);
    for (const def of SETTING_DEFS) {
      expect(settingOfKey(def.label.zh)).toBe(def);
      expect(settingOfKey(` ${def.label.en.toUpperCase()} `)).toBe(def);
      const text = settingText(def, DEFAULT_SETTINGS);
      const { settings, issues } = settingsFromForm({ [def.key]: text });
      expect([def.key, issues]).toEqual([def.key, []]);
      expect(settings[def.key]).toEqual(DEFAULT_SETTINGS[def.key]);
    }
  });
});

describe('parseSettings (the 设置 sheet)', () => {
  it('reads the example settings', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'settings.csv'), 'utf8').replace(
      /^\uFEFF/,
      '',
    );
    const { settings, findings, unknownKeys } = parseSettings(parseCsv(text));
    expect(findings).toEqual([]);
    expect(unknownKeys).toEqual([]);
    expect(settings).toMatchObject({
      issuer: '中共攀枝花市文联党组',
      inspectionGroup: '市委第一巡察组',
      asOf: '2024-10-30',
      noticeDate: '2024-12-20',
      leadDays: 7,
    });
  });

  it('reads typed values: Dates, serials, full-width digits, yes/no, lists, leaders', () => {
    const grid: Cell[][] = [
      ['设置项', '值', '说明'],
      ['统计截止日期', new Date(Date.UTC(2024, 9, 30))],
      ['反馈日期', 45483],
      ['提醒提前天数', '１０'],
      ['同时生成PDF', '是'],
      ['通报列出的状态', '已完成、长期坚持'],
      ['提醒阶段（到期前天数）', '1，7，3'],
      ['牵头领导邮箱', '党组书记=a@example.org；副主席：b@example.org'],
      ['Language', 'English'],
    ];
    const { settings, findings } = parseSettings(grid);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({
      asOf: '2024-10-30',
      feedbackDate: '2024-07-10',
      leadDays: 10,
      pdfCopy: true,
      listedStatuses: ['done', 'longTerm'],
      reminderStages: [7, 3, 1],
      leaderEmails: { 党组书记: 'a@example.org', 副主席: 'b@example.org' },
      language: 'en',
    });
  });

  it('addresses each bad value to its cell in column B of 设置, in row order, and falls back to the default', () => {
    const grid: Cell[][] = [
      ['项目', '值'],
      ['提醒提前天数', 'abc'],
      ['统计截止日期', '2024-13-01'],
      ['提醒时间（点）', '25'],
      ['提醒阶段（到期前天数）', '7、x'],
      ['牵头领导邮箱', '书记=not-an-address'],
      ['同时生成PDF', '也许'],
      ['通报列出的状态', '已完成、待定'],
      ['标题字体', ''],
      ['语言', '法语'],
      ['逾期重复提醒间隔（天）', '0x10'],
    ];
    const { settings, findings } = parseSettings(grid);
    expect(findings.map((f) => [f.sheet, f.cell, f.severity])).toEqual(
      ['B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11'].map((cell) => ['设置', cell, 'error']),
    );
    const messages = findings.map((f) => findingText('zh', f));
    expect(messages[0]).toBe('提醒提前天数：“abc”不是整数');
    expect(messages[1]).toContain('统计截止日期：“2024-13-01”不是日期');
    expect(messages[2]).toBe('提醒时间（点）：应为 0 到 23 之间的整数');
    expect(messages[3]).toContain('7、x');
    expect(messages[4]).toBe('牵头领导邮箱：“书记”的邮箱“not-an-address”格式不正确');
    expect(messages[5]).toContain('“也许”应为“是”或“否”');
    expect(messages[6]).toContain('“待定”');
    expect(messages[7]).toBe('标题字体：不能为空');
    expect(messages[8]).toContain('“法语”应为 zh');
    expect(messages[9]).toContain('“0x10”不是整数');
    expect(settings).toMatchObject({
      leadDays: 7,
      reminderHour: 8,
      reminderStages: [7, 1],
      leaderEmails: {},
      pdfCopy: false,
      fontTitle: DEFAULT_SETTINGS.fontTitle,
      language: 'zh',
      overdueRepeatDays: 7,
    });
    expect(settings.asOf).toBeUndefined();
  });

  it('writes English messages for the English locale', () => {
    const { findings } = parseSettings([
      ['Lead days', '-1'],
      ['Reminder hour', 'x'],
    ]);
    expect(findings.map((f) => findingText('en', f))).toEqual([
      'Lead days: must be a whole number from 0 to 365',
      'Reminder hour: "x" is not a whole number',
    ]);
  });

  it('offsets rows by firstRow and lists unknown keys (a header row is not one)', () => {
    const { findings, unknownKeys } = parseSettings(
      [
        ['设置项', '值'],
        ['提醒提前天数', 'x'],
        ['联系人', '张三'],
      ],
      { firstRow: 3 },
    );
    expect(findings[0]).toMatchObject({ cell: 'B4', row: 4 });
    expect(unknownKeys).toEqual(['联系人']);
  });
});

describe('parseSettings: edge values', () => {
  it('keeps leader titles such as __proto__ and constructor as plain names', () => {
    const { settings, findings } = parseSettings([
      ['牵头领导邮箱', '__proto__=a@example.org；constructor=b@example.org；toString=c@example.org'],
    ]);
    expect(findings).toEqual([]);
    expect(Object.entries(settings.leaderEmails)).toEqual([
      ['__proto__', 'a@example.org'],
      ['constructor', 'b@example.org'],
      ['toString', 'c@example.org'],
    ]);
    // Nothing leaked onto Object.prototype, and the table has none of its members.
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
    expect(Object.getPrototypeOf(settings.leaderEmails)).toBeNull();
    const form = settingsFromForm({ leaderEmails: '__proto__=a@example.org' });
    expect(Object.keys(form.settings.leaderEmails)).toEqual(['__proto__']);
  });

  it('a leader entry without = says how to write it', () => {
    const { findings } = parseSettings([['牵头领导邮箱', '党组书记 a@example.org']]);
    expect(findingText('zh', findings[0])).toBe(
      '牵头领导邮箱：“党组书记 a@example.org”应写成 领导=邮箱，如 党组书记=a@example.org',
    );
  });

  it('reads a Date cell in the zone the adapter gives, not as a UTC instant', () => {
    // Midnight 30 October in Shanghai is 16:00 on 29 October UTC.
    const cell = new Date(Date.UTC(2024, 9, 29, 16));
    expect(parseSettings([['统计截止日期', cell]]).settings.asOf).toBe('2024-10-29');
    const zoned = parseSettings([['统计截止日期', cell]], { dateOf: () => '2024-10-30' });
    expect(zoned.settings.asOf).toBe('2024-10-30');
  });

  it('a cleared number cell falls back to the default without an error', () => {
    const { settings, findings } = parseSettings([
      ['提醒提前天数', ''],
      ['提醒时间（点）', null],
    ]);
    expect(findings).toEqual([]);
    expect(settings).toMatchObject({ leadDays: 7, reminderHour: 8 });
  });

  it('reads ✔ and × as yes and no, as the ledger does', () => {
    expect(parseSettings([['销号需审核', '✔']]).settings.closureReview).toBe(true);
    expect(parseSettings([['同时生成PDF', '×']]).findings).toEqual([]);
  });

  it('accepts one or several allowed domains and rejects what is not a domain', () => {
    expect(parseSettings([['允许的邮箱域名', '@Example.gov.cn；example.org']]).findings).toEqual([]);
    const { settings, findings } = parseSettings([['允许的邮箱域名', 'https://example.org']]);
    expect(settings.allowedDomain).toBe('');
    expect(findings.map((f) => findingText('zh', f))).toEqual([
      '允许的邮箱域名：应为邮箱域名，如 example.gov.cn（多个用分号隔开）',
    ]);
  });
});

describe('isAddressAllowed', () => {
  it('matches the domain and its subdomains in any case, never a look-alike', () => {
    expect(isAddressAllowed('a@example.gov.cn', 'example.gov.cn')).toBe(true);
    expect(isAddressAllowed('A@Dept.Example.GOV.cn', '@EXAMPLE.gov.cn')).toBe(true);
    expect(isAddressAllowed('a@badexample.gov.cn', 'example.gov.cn')).toBe(false);
    expect(isAddressAllowed('a@example.gov.cn.evil.com', 'example.gov.cn')).toBe(false);
    expect(isAddressAllowed('a@example.org', 'example.gov.cn；example.org')).toBe(true);
    expect(isAddressAllowed('a@gmail.com', '')).toBe(true);
  });
});

describe('settingsFromForm (the sidebar)', () => {
  it('accepts good values', () => {
    const { settings, issues } = settingsFromForm({
      leadDays: '3',
      asOf: '2024/10/30',
      language: 'en',
      reminderStages: '14、7、1',
      showResponsible: '否',
      issuer: '中共某某党组',
    });
    expect(issues).toEqual([]);
    expect(settings).toMatchObject({
      leadDays: 3,
      asOf: '2024-10-30',
      language: 'en',
      reminderStages: [14, 7, 1],
      showResponsible: false,
      issuer: '中共某某党组',
    });
  });

  it('gives one message per bad field, naming the field, and keeps the defaults there', () => {
    const { settings, issues } = settingsFromForm({
      leadDays: '-1',
      asOf: '30/10/2024',
      reminderHour: '7.5',
      overdueRepeatDays: '0',
      reminderStages: '7、400',
      leaderEmails: '书记=a@example',
      fontBody: ' ',
      pdfCopy: 'maybe',
    });
    const byKey = Object.fromEntries(issues.map((i) => [i.key, i.message]));
    expect(byKey).toEqual({
      leadDays: '提醒提前天数：应为 0 到 365 之间的整数',
      asOf: '统计截止日期：“30/10/2024”不是日期，请写成 2024-10-30',
      reminderHour: '提醒时间（点）：“7.5”不是整数',
      overdueRepeatDays: '逾期重复提醒间隔（天）：应为 1 到 365 之间的整数',
      reminderStages: '提醒阶段（到期前天数）：每个天数应在 0 到 365 之间',
      leaderEmails: '牵头领导邮箱：“书记”的邮箱“a@example”格式不正确',
      fontBody: '正文字体：不能为空',
      pdfCopy: '同时生成PDF：“maybe”应为“是”或“否”',
    });
    expect(settings).toMatchObject({
      leadDays: 7,
      reminderHour: 8,
      overdueRepeatDays: 7,
      fontBody: '仿宋_GB2312',
    });
    expect(settings.asOf).toBeUndefined();
  });

  it('speaks English when asked', () => {
    const { issues } = settingsFromForm({ leadDays: '400', asOf: 'x' }, 'en');
    expect(issues).toEqual([
      { key: 'asOf', message: 'As-of date: "x" is not a date; write 2024-10-30' },
      { key: 'leadDays', message: 'Lead days: must be a whole number from 0 to 365' },
    ]);
  });

  it('ignores keys the form does not send', () => {
    expect(settingsFromForm({}).settings).toEqual(DEFAULT_SETTINGS);
  });
});
