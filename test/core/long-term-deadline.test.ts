// 长期举措时限: the optional column read under its Chinese and English names, and printed in section 四 only.
import { describe, expect, test } from '@jest/globals';
import { buildNotice, type Cell, fieldOfHeader, parseLedger } from '../../src/core';
import { exampleInput } from './notice-example';

/** Section 四's deadline lines for a two-row ledger whose long-term deadline cells are given. */
function fourDeadlines(header: string, cells: Cell[]): (string | undefined)[] {
  const grid: Cell[][] = [
    ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '长期坚持', header],
    ...cells.map((c, i) => [
      String(i + 1),
      `问题${i + 1}`,
      '措施',
      '办公室',
      '2024年9月底前',
      '正在整改',
      '是',
      c,
    ]),
  ];
  const { ledger } = parseLedger(grid, { asOf: '2024-10-30' });
  const { notice } = buildNotice({ ...exampleInput(), problems: ledger!.problems });
  return notice.sections
    .find((s) => s.kind === 'longTerm')!
    .groups[0].items.map((i) => i.fields.find((f) => f.label === '整改时限')?.text);
}

describe('长期举措时限', () => {
  test('is found under 长期举措时限 and Long-term deadline', () => {
    expect(fieldOfHeader('长期举措时限')).toBe('longTermDeadline');
    expect(fieldOfHeader('Long-term deadline')).toBe('longTermDeadline');
    expect(fieldOfHeader('long-term  DEADLINE')).toBe('longTermDeadline');
  });

  test('prints in 四 as typed, or as a date in words for a date cell, a serial or 2024/12/31', () => {
    expect(
      fourDeadlines('Long-term deadline', [
        '2024年12月底前完成整改',
        new Date(Date.UTC(2024, 11, 31)),
        45657,
        '2024/12/31',
      ]),
    ).toEqual(['2024年12月底前完成整改。', '2024年12月31日。', '2024年12月31日。', '2024年12月31日。']);
  });

  test('a ledger without the column prints 整改时限 in 四, with no warning', () => {
    const grid: Cell[][] = [
      ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '长期坚持', '长期举措'],
      ['1', '问题', '措施', '办公室', '2024年9月底前', '正在整改', '是', '长效机制'],
    ];
    const { ledger } = parseLedger(grid, { asOf: '2024-10-30' });
    expect(ledger!.problems[0]).not.toHaveProperty('longTermDeadline');
    const { notice, warnings } = buildNotice({ ...exampleInput(), problems: ledger!.problems });
    expect(notice.sections.find((s) => s.kind === 'longTerm')!.groups[0].items[0].fields[1].text).toBe(
      '2024年9月底前。',
    );
    expect(warnings.filter((w) => w.code === 'notice.noLongTermDeadline')).toEqual([]);
  });
});
