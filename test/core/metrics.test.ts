// On-time completion, days overdue, ageing buckets and completions per month, alone and inside Totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../../src/cli/csv';
import { computeMetrics, computeTotals, parseLedger } from '../../src/core';
import { AS_OF, parse } from './accountability-grid';

const done = (date: string, deadline: string, extra = {}) => ({
  整改状态: '已完成',
  完成日期: date,
  整改时限: deadline,
  ...extra,
});
const open = (deadline: string, extra = {}) => ({ 整改状态: '正在整改', 整改时限: deadline, ...extra });

describe('on-time completion', () => {
  it('judges done problems against the deadline in force, approved extensions included', () => {
    const { problems } = parse([
      done('2024-09-20', '2024-09-30'), // on time
      done('2024-09-30', '2024-09-30'), // on the day: on time
      done('2024-10-05', '2024-09-30'), // late
      done('2024-10-05', '2024-09-30', { 延期至: '2024-10-31', 延期批准: '批复' }), // on time by the extension
      done('2024-10-05', '2024-09-30', { 延期至: '2024-10-31' }), // unapproved: late
      done('', '2024-09-30'), // no done date: cannot be judged
      done('2024-10-01', '长期坚持'), // no dated deadline: cannot be judged
    ]);
    const m = computeMetrics(problems, { asOf: AS_OF, leadDays: 7 });
    expect(m.onTime).toEqual({ measured: 5, onTime: 3, late: 2, undated: 1, flaggedDates: 0, rate: 0.6 });
  });

  it('leaves a done date after the as-of date (a check error) out of the rate and the months, and counts it', () => {
    const { problems, findings } = parse([
      done('2024-09-20', '2024-09-30'), // on time
      done('2024-10-05', '2024-09-30'), // late
      done('2024-11-15', '2024-09-30'), // after the as-of date 2024-10-30: a typo, not a late completion
    ]);
    expect(findings.filter((f) => f.code === 'done.future').map((f) => f.row)).toEqual([4]);
    const m = computeMetrics(problems, { asOf: AS_OF, leadDays: 7 });
    // Counted as late, the typo would give 1 of 3 (33.3%); left out, the rate is 1 of 2.
    expect(m.onTime).toEqual({ measured: 2, onTime: 1, late: 1, undated: 0, flaggedDates: 1, rate: 0.5 });
    expect(m.completionsByMonth).toEqual([
      { month: '2024-09', count: 1 },
      { month: '2024-10', count: 1 },
    ]);
  });

  it('gives no rate rather than 0% when nothing can be measured', () => {
    const { problems } = parse([open('2024-12-31')]);
    expect(computeMetrics(problems, { asOf: AS_OF, leadDays: 7 }).onTime.rate).toBeNull();
  });
});

describe('days overdue and ageing', () => {
  it('lists each open overdue problem, longest first, and buckets 1–30, 31–90, over 90 days', () => {
    const { problems } = parse([
      open('2024-10-29'), // 1 day
      open('2024-09-30'), // 30
      open('2024-09-29'), // 31
      open('2024-08-01'), // 90
      open('2024-07-31'), // 91
      open('2024-10-30'), // due today: not overdue
      open('2024-09-30', { 延期至: '2024-12-31', 延期批准: '批复' }), // extended: not overdue
      done('2024-10-01', '2024-07-31'), // done: not open
      { 整改状态: '长期坚持', 整改时限: '长期坚持' },
    ]);
    const m = computeMetrics(problems, { asOf: AS_OF, leadDays: 7 });
    expect(m.overdueDays.map((o) => [o.row, o.daysOverdue])).toEqual([
      [6, 91],
      [5, 90],
      [4, 31],
      [3, 30],
      [2, 1],
    ]);
    expect(m.overdueDays[0]).toEqual({
      row: 6,
      id: '5',
      department: '办公室',
      due: '2024-07-31',
      daysOverdue: 91,
    });
    expect(m.ageing).toEqual({ days1to30: 2, days31to90: 2, over90: 1 });
  });
});

describe('completions per month', () => {
  it('counts done dates by month with no gaps, across a year end', () => {
    const { problems } = parse([
      done('2023-12-15', '2024-09-30'),
      done('2024-02-01', '2024-09-30'),
      done('2024-02-20', '2024-09-30'),
      done('', '2024-09-30'),
      open('2024-12-31'),
    ]);
    expect(computeMetrics(problems, { asOf: AS_OF, leadDays: 7 }).completionsByMonth).toEqual([
      { month: '2023-12', count: 1 },
      { month: '2024-01', count: 0 },
      { month: '2024-02', count: 2 },
    ]);
  });

  it('is empty when nothing is done', () => {
    const { problems } = parse([open('2024-12-31')]);
    expect(computeMetrics(problems, { asOf: AS_OF, leadDays: 7 }).completionsByMonth).toEqual([]);
  });
});

describe('Totals carry the metrics (rectify totals --json)', () => {
  it('on the example ledger: every overdue problem is listed and bucketed', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'ledger.csv'), 'utf8');
    const { ledger } = parseLedger(parseCsv(text.replace(/^\uFEFF/, '')), { asOf: AS_OF });
    const t = computeTotals(ledger!.problems, { asOf: AS_OF, leadDays: 7 });
    expect(t.overdueDays).toHaveLength(t.overdue);
    expect(t.ageing.days1to30 + t.ageing.days31to90 + t.ageing.over90).toBe(t.overdue);
    expect(t.onTime.measured + t.onTime.undated).toBeLessThanOrEqual(t.byStatus.done);
    const json = JSON.parse(JSON.stringify(t));
    for (const key of [
      'onTime',
      'overdueDays',
      'ageing',
      'completionsByMonth',
      'extended',
      'pendingApproval',
    ]) {
      expect(json).toHaveProperty(key);
    }
  });
});
