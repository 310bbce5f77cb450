// Deadline grammar (docs/architecture.md): every text form, Date cells, serials, the 'X月前' reading and the errors.
import { describe, expect, it } from '@jest/globals';
import {
  cleanDeadlineText,
  type DeadlineOptions,
  findingText,
  type Locale,
  parseDeadline,
} from '../../src/core';

/** The result as a clerk reads it: a failure's or a warning's code with its text in `locale` (Chinese unless asked). */
function read(
  value: Parameters<typeof parseDeadline>[0],
  options: DeadlineOptions = {},
  locale: Locale = 'zh',
) {
  const r = parseDeadline(value, options);
  if (!r.ok) return { ok: false as const, code: r.error.code, message: findingText(locale, r.error) };
  const warning = r.warning && { code: r.warning.code, message: findingText(locale, r.warning) };
  return { ...r, warning };
}

function dateOf(value: Parameters<typeof parseDeadline>[0]): string | null {
  const r = read(value);
  return r.ok && r.deadline.kind === 'date' ? r.deadline.date : null;
}

describe('parseDeadline: exact days', () => {
  it.each([
    ['2024-09-30', '2024-09-30'],
    ['2024/9/30', '2024-09-30'],
    ['2024.9.30', '2024-09-30'],
    ['2024-9-3', '2024-09-03'],
    ['20240930', '2024-09-30'],
    ['2024年9月30日', '2024-09-30'],
    ['2024年9月30号', '2024-09-30'],
    ['2024年9月30日前', '2024-09-30'],
    ['2024年9月30日(前)', '2024-09-30'],
    ['2024年9月30日（前）', '2024-09-30'],
    ['2024年9月30日之前完成整改', '2024-09-30'],
    ['2024.9.30前', '2024-09-30'],
    ['（2024年9月30日前）', '2024-09-30'],
  ])('%s → %s, no warning', (text, expected) => {
    const r = read(text);
    expect(r).toEqual({ ok: true, deadline: { kind: 'date', date: expected } });
  });
});

describe('parseDeadline: months, years, halves and quarters', () => {
  it.each([
    ['2024年9月底', '2024-09-30'],
    ['2024年9月底前', '2024-09-30'],
    ['2024 年 9 月底前完成整改。', '2024-09-30'],
    ['2024年10月底前完成整改', '2024-10-31'],
    ['2024年9月底(前)', '2024-09-30'],
    ['2024年9月末', '2024-09-30'],
    ['2024年9月', '2024-09-30'],
    ['2024年2月底', '2024-02-29'],
    ['2023年2月底', '2023-02-28'],
    ['2024年9月上旬', '2024-09-10'],
    ['2024年9月中旬', '2024-09-20'],
    ['2024年9月下旬', '2024-09-30'],
    ['2024年底', '2024-12-31'],
    ['2024年底前', '2024-12-31'],
    ['2024年底(前)', '2024-12-31'],
    ['2024年年底前完成', '2024-12-31'],
    ['2024年末', '2024-12-31'],
    ['2024年上半年', '2024-06-30'],
    ['2024年下半年', '2024-12-31'],
    ['2024年上半年前完成整改', '2024-06-30'],
    ['2024年第一季度', '2024-03-31'],
    ['2024年第二季度', '2024-06-30'],
    ['2024年第三季度', '2024-09-30'],
    ['2024年第四季度', '2024-12-31'],
    ['2024年三季度末', '2024-09-30'],
    ['2024Q3', '2024-09-30'],
  ])('%s → %s', (text, expected) => {
    const r = read(text);
    expect(r).toEqual({ ok: true, deadline: { kind: 'date', date: expected } });
  });
});

describe('parseDeadline: how clerks type', () => {
  it('folds full-width digits and punctuation', () => {
    expect(dateOf('２０２４年９月３０日')).toBe('2024-09-30');
    expect(dateOf('２０２４－０９－３０')).toBe('2024-09-30');
    expect(dateOf('２０２４／９／３０')).toBe('2024-09-30');
  });

  it('reads Chinese numerals', () => {
    expect(dateOf('二〇二四年十月')).toBe('2024-10-31');
    expect(dateOf('二〇二四年十二月三十一日')).toBe('2024-12-31');
    expect(dateOf('二〇二四年九月底前')).toBe('2024-09-30');
    expect(dateOf('二零二四年十一月十一日')).toBe('2024-11-11');
    expect(dateOf('2024年二月二十九日')).toBe('2024-02-29');
    expect(dateOf('二〇二四年第三季度')).toBe('2024-09-30');
  });

  it('ignores spaces anywhere, ideographic and no-break spaces included', () => {
    expect(dateOf('2024 年 9 月底前完成整改')).toBe('2024-09-30');
    expect(dateOf(' 2024\u3000年\u00a09 月 30 日 ')).toBe('2024-09-30');
    expect(dateOf('2024 - 09 - 30')).toBe('2024-09-30');
  });

  it('reads English forms', () => {
    expect(dateOf('end of 2024')).toBe('2024-12-31');
    expect(dateOf('September 2024')).toBe('2024-09-30');
    expect(dateOf('by end of Sept 2024')).toBe('2024-09-30');
    expect(dateOf('30 September 2024')).toBe('2024-09-30');
    expect(dateOf('September 30, 2024')).toBe('2024-09-30');
    expect(dateOf('Q3 2024')).toBe('2024-09-30');
    expect(dateOf('H1 2024')).toBe('2024-06-30');
  });
});

describe('parseDeadline: long-term and immediate', () => {
  it.each([
    '长期',
    '长期坚持',
    ' 长期 坚持 ',
    '持续整改',
    'long-term',
    'Ongoing',
    '立行立改、长期坚持',
    '立行立改并长期坚持',
  ])('%s is long-term', (text) => {
    expect(read(text)).toEqual({ ok: true, deadline: { kind: 'longTerm' } });
  });
  it.each(['立行立改', '立即整改', 'immediately'])('%s is immediate', (text) => {
    expect(read(text)).toEqual({ ok: true, deadline: { kind: 'immediate' } });
  });
});

describe('parseDeadline: "X月前" means before month X', () => {
  it('reads 2024年9月前 as 31 August with a warning naming that reading', () => {
    const r = read('2024年9月前');
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-08-31' });
    expect(r.ok && r.warning?.code).toBe('deadline.before-month');
    const message = (r.ok && r.warning?.message) || '';
    expect(message).toContain('2024年8月31日');
    expect(message).toContain('2024年9月底前');
  });

  it('accepts the bracketed and the full phrase forms', () => {
    for (const text of [
      '2024年9月(前)',
      '2024年9月（前）',
      '2024年9月前完成整改',
      '2024年9月之前',
      '2024年9月份前',
    ]) {
      const r = read(text);
      expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-08-31' });
      expect(r.ok && r.warning?.code).toBe('deadline.before-month');
    }
  });

  it('crosses the year for January', () => {
    const r = read('2025年1月前');
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-12-31' });
    expect(r.ok && r.warning?.message).toContain('2024年12月31日');
  });

  it('lands on 29 February in a leap year and 28 February otherwise', () => {
    const leap = read('2024年3月前');
    const common = read('2023年3月前');
    expect(leap.ok && leap.deadline).toEqual({ kind: 'date', date: '2024-02-29' });
    expect(common.ok && common.deadline).toEqual({ kind: 'date', date: '2023-02-28' });
  });

  it('warns in English when asked', () => {
    const r = read('2024年10月前', {}, 'en');
    expect(r.ok && r.warning?.message).toMatch(/before month 10, that is 2024-09-30/);
  });

  it('does not warn for 月底前', () => {
    const r = read('2024年9月底前');
    expect(r.ok && r.warning).toBeUndefined();
  });
});

describe('parseDeadline: Date cells and serials', () => {
  it('reads a Date by its UTC fields unless the adapter gives the zone', () => {
    expect(dateOf(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
    const r = read(new Date(Date.UTC(2024, 8, 29, 16)), { dateOf: () => '2024-09-30' });
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-09-30' });
  });

  it('reads spreadsheet serials (days since 1899-12-30)', () => {
    expect(dateOf(45565)).toBe('2024-09-30');
    expect(dateOf(45565.75)).toBe('2024-09-30');
    expect(dateOf(45351)).toBe('2024-02-29');
  });

  it('rejects numbers that are not plausible dates', () => {
    for (const n of [0, -3, 5, 2024, Number.NaN, Number.POSITIVE_INFINITY, 1e12]) {
      const r = read(n);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(String(n));
    }
  });

  it('rejects an invalid Date, booleans and empty values', () => {
    expect(read(new Date('nonsense')).ok).toBe(false);
    expect(read(true).ok).toBe(false);
    expect(read(null).ok).toBe(false);
    expect(read(undefined).ok).toBe(false);
  });
});

describe('parseDeadline: errors', () => {
  it.each(['2024-02-30', '2023-02-29', '2024年9月31日', '2024年13月', '2024/13/1', '2024年0月'])(
    '%s is a day that does not exist',
    (text) => {
      const r = read(text);
      expect(r).toMatchObject({ ok: false, code: 'deadline.no-such-date' });
      expect(!r.ok && r.message).toContain(text);
    },
  );

  it('accepts 29 February only in leap years', () => {
    expect(dateOf('2024-02-29')).toBe('2024-02-29');
    expect(dateOf('2000-02-29')).toBe('2000-02-29');
    expect(dateOf('1900-02-29')).toBeNull();
    expect(dateOf('2100-02-29')).toBeNull();
  });

  it.each(['尽快', '下个月', '2024', '待定', 'hello', '整改', '2024年国庆节前', '2024年12月底前已完成'])(
    '%s is not a deadline, and the message shows the text and the forms',
    (text) => {
      const r = read(text);
      expect(r).toMatchObject({ ok: false, code: 'deadline.unreadable' });
      expect(!r.ok && r.message).toContain(text);
      expect(!r.ok && r.message).toContain('2024年9月底');
      expect(!r.ok && r.message).toContain('长期坚持');
    },
  );

  it('shows the accepted forms for numbers, booleans and invalid dates too', () => {
    for (const value of [5, true, new Date('nonsense')]) {
      const r = read(value);
      expect(!r.ok && r.message).toContain('2024年9月底前');
    }
    const en = read('soon', {}, 'en');
    expect(!en.ok && en.message).toContain('end of September 2024');
  });

  it('writes English messages for the English locale', () => {
    const r = read('soon', {}, 'en');
    expect(!r.ok && r.message).toMatch(/"soon" is not a deadline/);
  });
});

describe('parseDeadline: realistic clerk variants', () => {
  it.each([
    ['2024年9月30日前完成', '2024-09-30'],
    ['2024年12月31日以前', '2024-12-31'],
    ['2024年9月30日止', '2024-09-30'],
    ['2024年9月30', '2024-09-30'],
    ['2024年第3季度', '2024-09-30'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toEqual({ ok: true, deadline: { kind: 'date', date: expected } });
  });

  it.each([
    ['2024.09', '2024-09-30'],
    ['2024-9', '2024-09-30'],
    ['2024/9', '2024-09-30'],
    ['２０２４．９', '2024-09-30'],
  ])('reads the month form %s as the end of that month, like 2024年9月', (text, expected) => {
    expect(read(text)).toEqual({ ok: true, deadline: { kind: 'date', date: expected } });
  });

  it('reads 2024.10前 as before October, with the same warning as 2024年10月前', () => {
    const r = read('2024.10前');
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-09-30' });
    expect(r.ok && r.warning?.code).toBe('deadline.before-month');
  });

  it('reads 即时整改 as immediate', () => {
    expect(read('即时整改')).toEqual({ ok: true, deadline: { kind: 'immediate' } });
  });
});

describe('parseDeadline: a date plus 长期坚持', () => {
  // The date is when the fix is due (it can be overdue); "并长期坚持" makes it a long-term task as well.
  it.each([
    ['2024年9月底前完成整改并长期坚持', '2024-09-30'],
    ['2024年12月31日前完成整改，并长期坚持', '2024-12-31'],
    ['2024年9月底前完成整改；长期坚持。', '2024-09-30'],
    ['2024 年 12 月底前完成整改。\n长期坚持。', '2024-12-31'],
    ['2024年底前完成整改并持续整改', '2024-12-31'],
  ])('%s → %s, flagged long-term', (text, expected) => {
    expect(read(text)).toEqual({
      ok: true,
      deadline: { kind: 'date', date: expected, longTerm: true },
    });
  });

  it('keeps the X月前 warning of the dated part', () => {
    const r = read('2024年10月前完成整改并长期坚持');
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: '2024-09-30', longTerm: true });
    expect(r.ok && r.warning?.code).toBe('deadline.before-month');
  });

  it('reports an impossible date in the dated part', () => {
    expect(read('2024年9月31日前完成并长期坚持')).toMatchObject({
      ok: false,
      code: 'deadline.no-such-date',
    });
  });
});

describe('parseDeadline: periods are read as their end, with a warning', () => {
  it.each([
    ['2024年9-10月', '2024-10-31', '2024年10月31日'],
    ['2024年9月至10月', '2024-10-31', '2024年10月31日'],
    ['2024年9月—12月底前完成整改', '2024-12-31', '2024年12月31日'],
    ['2024年9月30日-2024年12月31日', '2024-12-31', '2024年12月31日'],
    ['2024年9月1日至30日', '2024-09-30', '2024年9月30日'],
    ['2024年11月~2025年1月', '2025-01-31', '2025年1月31日'],
  ])('%s → %s', (text, expected, words) => {
    const r = read(text);
    expect(r.ok && r.deadline).toEqual({ kind: 'date', date: expected });
    expect(r.ok && r.warning?.code).toBe('deadline.range');
    expect(r.ok && r.warning?.message).toContain(words);
  });

  it('does not read an ISO date as a period', () => {
    expect(read('2024-09-10')).toEqual({ ok: true, deadline: { kind: 'date', date: '2024-09-10' } });
  });

  it('rejects a period that ends before it starts', () => {
    expect(read('2024年12月至9月')).toMatchObject({ ok: false, code: 'deadline.unreadable' });
  });
});

describe('parseDeadline: a deadline without its year', () => {
  it.each([
    ['9月底前', '2024年9月底前'],
    ['9月30日', '2024年9月30日'],
    ['十月底前完成整改', '2024年十月底前完成整改'],
    ['年底前', '2024年底前'],
    ['今年年底前', '2024年底前'],
    ['第三季度', '2024年第三季度'],
  ])('%s is an error naming the missing year, with %s as the example', (text, example) => {
    const r = read(text);
    expect(r).toMatchObject({ ok: false, code: 'deadline.no-year' });
    expect(!r.ok && r.message).toContain('没有写年份');
    expect(!r.ok && r.message).toContain(`“${example}”`);
  });

  it("takes the example's year from the as-of date", () => {
    const r = read('9月底前', { asOf: '2025-03-01' });
    expect(!r.ok && r.message).toContain('“2025年9月底前”');
  });

  it('says so in English', () => {
    const r = read('end of September', {}, 'en');
    expect(r).toMatchObject({ ok: false, code: 'deadline.no-year' });
    expect(!r.ok && r.message).toMatch(/has no year/);
  });
});

describe('cleanDeadlineText', () => {
  it('drops spaces, folds widths and turns numerals into digits', () => {
    expect(cleanDeadlineText('二〇二四 年 十二 月')).toBe('2024年12月');
    expect(cleanDeadlineText('２０２４年十月')).toBe('2024年10月');
    expect(cleanDeadlineText('二十一')).toBe('21');
    expect(cleanDeadlineText('十')).toBe('10');
  });
});
