// Urgency at an as-of date (done, long-term, overdue, due soon, none), the lead days, and the palette.
import { describe, expect, it } from '@jest/globals';
import { legend, PALETTE, type Problem, parseLedger, urgencyLabel, urgencyOf } from '../../src/core';
import { grid, row } from './grid';

const AS_OF = '2024-10-30';

function problem(overrides: Parameters<typeof row>[0]): Problem {
  const { ledger } = parseLedger(grid(row(overrides)), { asOf: AS_OF });
  if (!ledger) throw new Error('no ledger');
  return ledger.problems[0];
}

describe('urgencyOf', () => {
  it('done is done, even long past its deadline', () => {
    expect(
      urgencyOf(problem({ 整改时限: '2024-01-31', 整改状态: '已完成', 完成日期: '2024-01-20' }), AS_OF, 7),
    ).toEqual({
      urgency: 'done',
      due: '2024-01-31',
      daysLeft: -273,
    });
  });

  it('a long-term status or deadline is long-term', () => {
    expect(urgencyOf(problem({ 整改状态: '长期坚持', 整改时限: '' }), AS_OF, 7).urgency).toBe('longTerm');
    expect(urgencyOf(problem({ 整改状态: '正在整改', 整改时限: '长期' }), AS_OF, 7)).toEqual({
      urgency: 'longTerm',
      due: null,
      daysLeft: null,
    });
  });

  it('past its date and not done is overdue', () => {
    expect(urgencyOf(problem({ 整改时限: '2024-10-29' }), AS_OF, 7)).toEqual({
      urgency: 'overdue',
      due: '2024-10-29',
      daysLeft: -1,
    });
    expect(urgencyOf(problem({ 整改时限: '2024年9月底前', 整改状态: '未完成' }), AS_OF, 7).urgency).toBe(
      'overdue',
    );
  });

  it('due today is due soon, not overdue', () => {
    expect(urgencyOf(problem({ 整改时限: AS_OF }), AS_OF, 7)).toEqual({
      urgency: 'dueSoon',
      due: AS_OF,
      daysLeft: 0,
    });
    expect(urgencyOf(problem({ 整改时限: AS_OF }), AS_OF, 0).urgency).toBe('dueSoon');
  });

  it('counts the lead days inclusively, and follows the setting', () => {
    expect(urgencyOf(problem({ 整改时限: '2024-11-06' }), AS_OF, 7).urgency).toBe('dueSoon');
    expect(urgencyOf(problem({ 整改时限: '2024-11-07' }), AS_OF, 7).urgency).toBe('none');
    expect(urgencyOf(problem({ 整改时限: '2024-11-07' }), AS_OF, 8).urgency).toBe('dueSoon');
    expect(urgencyOf(problem({ 整改时限: '2024-10-31' }), AS_OF, 0).urgency).toBe('none');
  });

  it('a long-term flag beside a date is long-term until the date passes, then overdue', () => {
    const p = problem({ 整改时限: '2024-12-31', 长期坚持: '是' });
    expect(urgencyOf(p, AS_OF, 7).urgency).toBe('longTerm');
    expect(urgencyOf(p, '2024-12-28', 7).urgency).toBe('dueSoon');
    expect(urgencyOf(p, '2025-01-01', 7).urgency).toBe('overdue');
  });

  it('an immediate deadline (立行立改) or an unreadable one is not coloured', () => {
    expect(urgencyOf(problem({ 整改时限: '立行立改' }), AS_OF, 7)).toEqual({
      urgency: 'none',
      due: null,
      daysLeft: null,
    });
    expect(urgencyOf(problem({ 整改时限: '尽快' }), AS_OF, 7).urgency).toBe('none');
  });

  it('crosses months and leap days correctly', () => {
    expect(urgencyOf(problem({ 整改时限: '2024-03-01' }), '2024-02-28', 1).daysLeft).toBe(2);
    expect(urgencyOf(problem({ 整改时限: '2023-03-01' }), '2023-02-28', 1).daysLeft).toBe(1);
    expect(urgencyOf(problem({ 整改时限: '2025-01-01' }), '2024-12-31', 7).daysLeft).toBe(1);
  });
});

describe('palette and legend', () => {
  it('gives each urgency a distinct fill', () => {
    expect(new Set(Object.values(PALETTE)).size).toBe(4);
    for (const colour of Object.values(PALETTE)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lists overdue, due soon, long-term and done with the lead days', () => {
    expect(legend('zh', 5)).toEqual([
      { colour: PALETTE.overdue, label: urgencyLabel('overdue') },
      { colour: PALETTE.dueSoon, label: '5天内到期' },
      { colour: PALETTE.longTerm, label: '长期坚持' },
      { colour: PALETTE.done, label: '已完成' },
    ]);
    expect(legend('en', 3)[1].label).toBe('Due within 3 days');
  });
});
