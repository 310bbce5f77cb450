// Deadlines in the notice the official way: a plain date as 2024年12月31日, a phrase as typed, a setting to turn it off.
import { describe, expect, test } from '@jest/globals';
import {
  buildNotice,
  type Cell,
  deadlineInWords,
  layoutNotice,
  noticeItems,
  paragraphText,
  parseLedger,
  parseSettings,
  plainDate,
} from '../../src/core';
import { grid, row } from './grid';
import { exampleInput } from './notice-example';

/** The 整改时限 line the notice prints for each deadline cell, with the given 设置 rows. */
function deadlineLines(deadlines: Cell[], settingsRows: Cell[][] = []): string[] {
  const rows = deadlines.map((d, i) => row({ 整改时限: d, 问题类别: '1. 学习' }, i + 1));
  const { ledger } = parseLedger(grid(...rows), { asOf: '2024-10-30' });
  const { settings } = parseSettings([['项目', '值'], ...settingsRows]);
  const { notice } = buildNotice({ ...exampleInput(), problems: ledger!.problems, settings });
  return layoutNotice(notice)
    .map(paragraphText)
    .filter((l) => l.startsWith('整改时限：'));
}

describe('a deadline typed as a plain date prints as 2024年12月31日', () => {
  test('slashes, dots, dashes, full-width digits, eight digits and a date cell; one 。 after each', () => {
    expect(
      deadlineLines([
        '2024/12/31',
        '2024.11.5',
        '2024-12-31',
        '２０２４／１２／３１',
        '20241231',
        '2024.11.5.',
        new Date(Date.UTC(2024, 11, 31)),
      ]),
    ).toEqual([
      '整改时限：2024年12月31日。',
      '整改时限：2024年11月5日。',
      '整改时限：2024年12月31日。',
      '整改时限：2024年12月31日。',
      '整改时限：2024年12月31日。',
      '整改时限：2024年11月5日。',
      '整改时限：2024年12月31日。',
    ]);
  });

  test('a phrase stays exactly as typed', () => {
    expect(
      deadlineLines([
        '9月底前完成整改',
        '2024年9月底前完成整改',
        '2024/12/31前',
        '2024年12月31日',
        '长期坚持',
      ]),
    ).toEqual([
      '整改时限：9月底前完成整改。',
      '整改时限：2024年9月底前完成整改。',
      '整改时限：2024/12/31前。',
      '整改时限：2024年12月31日。',
      '整改时限：长期坚持。',
    ]);
  });

  test('设置 › 时限日期写作年月日 = 否 prints every deadline as typed', () => {
    expect(
      deadlineLines(['2024/12/31', '2024.11.5', '2024年9月底前完成整改'], [['时限日期写作年月日', '否']]),
    ).toEqual(['整改时限：2024/12/31。', '整改时限：2024.11.5。', '整改时限：2024年9月底前完成整改。']);
    const { settings } = parseSettings([
      ['Setting', 'Value'],
      ['Deadline dates in words', 'no'],
    ]);
    expect(settings.officialDates).toBe(false);
    expect(parseSettings([]).settings.officialDates).toBe(true);
  });

  test('an English notice writes the day in English words', () => {
    const { ledger } = parseLedger(grid(row({ 整改时限: '2024/12/31' }, 1)), { asOf: '2024-10-30' });
    const { notice } = buildNotice({ ...exampleInput(), problems: ledger!.problems, locale: 'en' });
    expect(noticeItems(notice)[0].fields.find((f) => f.label === 'Deadline')?.text).toBe('31 December 2024.');
  });

  test('plainDate reads only whole dates that exist', () => {
    expect(plainDate('2024/2/29')).toBe('2024-02-29');
    expect(plainDate('2023/2/29')).toBeNull();
    expect(plainDate('2024/12')).toBeNull();
    expect(plainDate('2024-12/31')).toBeNull();
    expect(deadlineInWords(' 2024.9.30 ', 'zh', true)).toBe('2024年9月30日');
    expect(deadlineInWords(' 2024.9.30 ', 'zh', false)).toBe('2024.9.30');
  });
});
