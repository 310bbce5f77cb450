// The one path both adapters open a ledger by: which language wins, which as-of date, and how the grid is parsed.
import {
  type Cell,
  DEFAULT_SETTINGS,
  type Locale,
  languageFilledIn,
  openLedger,
  openSettings,
} from '../../src/core';
import { grid, row } from './grid';

/** A platform locale that counts how often it was asked (on Apps Script each ask is a service call). */
function platform(locale: Locale | null) {
  const asked = { count: 0 };
  const platformLocale = () => {
    asked.count++;
    return locale;
  };
  return { asked, platformLocale };
}

const settingsOf = (...rows: Cell[][]): Cell[][] => [['项目', '值'], ...rows];

describe('the language of 设置 › 语言', () => {
  /** The language a run gets from 设置 alone, where the platform would say English. */
  const languageOf = (grid: Cell[][]) =>
    openSettings({ settingsGrid: grid, platformLocale: () => 'en' }).locale;

  it('is the filled-in 语言, in Chinese or English key and any of its spellings', () => {
    expect(languageOf(settingsOf(['语言', 'en']))).toBe('en');
    expect(languageOf(settingsOf(['Language', '英文']))).toBe('en');
    expect(languageOf(settingsOf(['语言', '中文']))).toBe('zh');
  });

  it('leaves the choice to the platform when 语言 is missing or blank', () => {
    expect(languageFilledIn(settingsOf(['提醒提前天数', '7']))).toBe(false);
    expect(languageFilledIn(settingsOf(['语言', '  ']))).toBe(false);
    expect(languageOf(settingsOf(['语言', '  ']))).toBe('en');
    expect(languageOf([])).toBe('en');
  });

  it('is the default (Chinese) for a 语言 that names no language: the cell is filled in, just wrongly', () => {
    expect(languageFilledIn(settingsOf(['语言', 'français']))).toBe(true);
    expect(languageOf(settingsOf(['语言', 'français']))).toBe('zh');
  });
});

describe('openSettings', () => {
  it('takes the run’s language over 设置 › 语言, and never asks the platform then', () => {
    const p = platform('zh');
    const opened = openSettings({ settingsGrid: settingsOf(['语言', 'zh']), lang: 'en', ...p });
    expect(opened.locale).toBe('en');
    expect(p.asked.count).toBe(0);
  });

  it('takes a filled-in 语言 over the platform’s locale, without asking the platform', () => {
    const p = platform('zh');
    expect(openSettings({ settingsGrid: settingsOf(['语言', 'en']), ...p }).locale).toBe('en');
    expect(p.asked.count).toBe(0);
  });

  it('asks the platform once when 语言 is blank or absent, and falls back to Chinese when it has no answer', () => {
    const english = platform('en');
    expect(openSettings({ settingsGrid: settingsOf(['语言', '']), ...english }).locale).toBe('en');
    expect(english.asked.count).toBe(1);
    expect(openSettings({ settingsGrid: null, ...platform(null) }).locale).toBe('zh');
  });

  it('reads every setting and reports each bad one against its 设置 row', () => {
    const opened = openSettings({
      settingsGrid: settingsOf(['语言', 'en'], ['提醒提前天数', 'soon'], ['销号需审核', '是']),
      ...platform('zh'),
    });
    expect(opened.settings.closureReview).toBe(true);
    expect(opened.settings.leadDays).toBe(DEFAULT_SETTINGS.leadDays);
    expect(opened.settingsFindings.map((f) => [f.code, f.row, f.sheet])).toEqual([
      ['setting.invalid', 3, '设置'],
    ]);
  });

  it('uses settings already validated as they are, in their language unless the run names one', () => {
    const settings = { ...DEFAULT_SETTINGS, language: 'en' as const, leadDays: 3 };
    const p = platform('zh');
    const opened = openSettings({ settingsGrid: settingsOf(['提醒提前天数', 'soon']), settings, ...p });
    expect(opened).toEqual({ settings, settingsFindings: [], locale: 'en' });
    expect(openSettings({ settingsGrid: null, settings, lang: 'zh', ...p }).locale).toBe('zh');
    expect(p.asked.count).toBe(0);
  });
});

describe('openLedger', () => {
  const done = row({ 整改状态: '已完成', 完成日期: '2024-10-20' });

  it('counts from the run’s as-of date, else 设置 › 统计截止日期, else today', () => {
    const open = (settingsGrid: Cell[][], asOf?: string) =>
      openLedger({ grid: grid(done), settingsGrid, today: '2024-12-01', asOf, ...platform('zh') }).asOf;
    expect(open(settingsOf(['统计截止日期', '2024-10-30']), '2024-11-15')).toBe('2024-11-15');
    expect(open(settingsOf(['统计截止日期', '2024-10-30']))).toBe('2024-10-30');
    expect(open(settingsOf())).toBe('2024-12-01');
  });

  it('parses the ledger as of that date: a done date after it is an error on its sheet row', () => {
    const opened = openLedger({
      grid: grid(done),
      settingsGrid: settingsOf(['统计截止日期', '2024-10-10']),
      today: '2024-12-01',
      ...platform('zh'),
    });
    expect(opened.parsed.ledger?.problems).toHaveLength(1);
    expect(opened.parsed.findings.map((f) => [f.code, f.row])).toEqual([['done.future', 2]]);
  });

  it('places findings on the sheet rows the platform says the grid starts at', () => {
    const opened = openLedger({
      grid: grid(done),
      settingsGrid: null,
      today: '2024-10-01',
      parse: { firstRow: 5 },
      ...platform('zh'),
    });
    expect(opened.parsed.findings.map((f) => [f.code, f.row])).toEqual([['done.future', 6]]);
  });

  it('applies 销号需审核 from the settings to the ledger’s rows', () => {
    const withApproval = [...grid(), [...row({ 整改状态: '已完成', 完成日期: '2024-10-20' }), '', '']];
    withApproval[0] = [...(withApproval[0] ?? []), '销号审核人', '审核日期'];
    const codes = (review: string) =>
      openLedger({
        grid: withApproval,
        settingsGrid: settingsOf(['销号需审核', review]),
        today: '2024-10-30',
        ...platform('zh'),
      }).parsed.findings.map((f) => f.code);
    expect(codes('是')).toEqual(['closure.no-approver', 'closure.no-date']);
    expect(codes('否')).toEqual([]);
  });

  it('tells the caller the language once, just before parsing, and carries the narrative through', () => {
    const told: Locale[] = [];
    const narrative: Cell[][] = [['开头', '为深入贯彻…']];
    const opened = openLedger({
      grid: grid(done),
      settingsGrid: settingsOf(['语言', 'en']),
      narrative,
      today: '2024-10-30',
      beforeParse: (locale) => told.push(locale),
      ...platform('zh'),
    });
    expect(told).toEqual(['en']);
    expect(opened.locale).toBe('en');
    expect(opened.narrative).toBe(narrative);
    expect(
      openLedger({ grid: grid(), settingsGrid: null, today: '2024-10-30', ...platform('zh') }).narrative,
    ).toBeNull();
  });

  it('reports a sheet with no ledger header as no ledger, with the header finding', () => {
    const opened = openLedger({
      grid: [['会议纪要']],
      settingsGrid: null,
      today: '2024-10-30',
      ...platform('zh'),
    });
    expect(opened.parsed.ledger).toBeNull();
    expect(opened.parsed.findings[0]?.code).toMatch(/^header\./);
  });
});
