// Totals at an as-of date and the notice's summary sentence, on the example ledger and on small ledgers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../../src/cli/csv';
import { amount, computeTotals, type Problem, parseLedger, percent, yuan } from '../../src/core';
import { grid, row } from './grid';

const AS_OF = '2024-10-30';

function exampleProblems(): Problem[] {
  const text = readFileSync(join(__dirname, '..', '..', 'examples', 'ledger.csv'), 'utf8').replace(
    /^\uFEFF/,
    '',
  );
  const { ledger } = parseLedger(parseCsv(text), { asOf: AS_OF });
  if (!ledger) throw new Error('the example has no ledger');
  return ledger.problems;
}

/** Problems from rows given as [status, deadline] (plus optional overrides). */
function problems(...specs: [string, string, Parameters<typeof row>[0]?][]): Problem[] {
  const rows = specs.map(([status, deadline, extra], i) =>
    row(
      { 整改状态: status, 整改时限: deadline, 完成日期: status === '已完成' ? '2024-10-01' : '', ...extra },
      i + 1,
    ),
  );
  const { ledger } = parseLedger(grid(...rows), { asOf: AS_OF });
  if (!ledger) throw new Error('no ledger');
  return ledger.problems;
}

describe('computeTotals on the example ledger at 2024-10-30', () => {
  const totals = computeTotals(exampleProblems(), { asOf: AS_OF, leadDays: 7 });

  it('counts 34 problems: 15 done, 18 in progress, 1 not done, 3 long-term, 0.02 recovered', () => {
    expect(totals).toMatchObject({
      asOf: AS_OF,
      total: 34,
      byStatus: { done: 15, inProgress: 18, notDone: 1, longTerm: 0, unknown: 0 },
      longTermTasks: 3,
      completionRate: 0.4412,
      recovered: 0.02,
    });
  });

  it('counts 8 overdue (deadline before 30 October, not done) and 7 due within 7 days', () => {
    expect(totals.overdue).toBe(8);
    expect(totals.dueSoon).toBe(7);
    expect(computeTotals(exampleProblems(), { asOf: AS_OF, leadDays: 0 }).dueSoon).toBe(0);
    expect(computeTotals(exampleProblems(), { asOf: '2024-09-01', leadDays: 7 }).overdue).toBe(1);
  });

  it('writes the summary sentence of the notice', () => {
    expect(totals.sentence).toBe(
      '截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个，整改完成率44.1%，追赃挽损0.02万元。',
    );
  });

  it('writes the English sentence, with singular and plural verbs', () => {
    const en = computeTotals(exampleProblems(), { asOf: AS_OF, leadDays: 7, locale: 'en' });
    expect(en.sentence).toBe(
      'As of 30 October 2024, of the 34 problems raised by the inspection, 15 have been rectified, 18 are in progress, 1 is not done, 3 are long-term tasks; the completion rate is 44.1%, and CNY 200 in losses has been recovered.',
    );
  });

  it('groups by category and department, each group adding up to the whole', () => {
    for (const groups of [totals.byCategory, totals.byDepartment]) {
      const sum = (pick: (g: (typeof groups)[number]) => number) => groups.reduce((n, g) => n + pick(g), 0);
      expect(sum((g) => g.total)).toBe(34);
      expect(sum((g) => g.byStatus.done)).toBe(15);
      expect(sum((g) => g.overdue)).toBe(8);
      expect(sum((g) => g.dueSoon)).toBe(7);
      expect(sum((g) => g.longTermTasks)).toBe(3);
    }
    expect(totals.byCategory[0]).toMatchObject({
      name: '1. 学习贯彻习近平新时代中国特色社会主义思想',
      total: 1,
      byStatus: { inProgress: 1 },
      longTermTasks: 1,
      overdue: 1,
    });
    expect(totals.byDepartment.map((g) => g.name)).toContain('组织联络部');
  });
});

describe('summary sentence', () => {
  it('leaves out zero counts', () => {
    const t = computeTotals(
      problems(['已完成', '2024-12-31'], ['已完成', '2024-12-31'], ['正在整改', '2024-12-31']),
      {
        asOf: AS_OF,
        leadDays: 7,
      },
    );
    expect(t.sentence).toBe(
      '截至10月30日，巡察反馈的3个具体问题，已完成整改2个，正在整改1个，整改完成率66.7%。',
    );
  });

  it('says when all are done', () => {
    const t = computeTotals(problems(['已完成', '2024-12-31'], ['已销号', '2024-12-31']), {
      asOf: AS_OF,
      leadDays: 7,
    });
    expect(t.sentence).toBe('截至10月30日，巡察反馈的2个具体问题，已全部完成整改，整改完成率100%。');
    const en = computeTotals(problems(['已完成', '2024-12-31']), { asOf: AS_OF, leadDays: 7, locale: 'en' });
    expect(en.sentence).toBe(
      'As of 30 October 2024, of the 1 problem raised by the inspection, it has been rectified; the completion rate is 100%.',
    );
  });

  it('says when none is done yet', () => {
    const t = computeTotals(problems(['未完成', '2024-12-31']), { asOf: AS_OF, leadDays: 7 });
    expect(t.sentence).toBe(
      '截至10月30日，巡察反馈的1个具体问题，尚无已完成整改的问题，未完成1个，整改完成率0%。',
    );
  });

  it('says when the ledger is empty', () => {
    expect(computeTotals([], { asOf: AS_OF, leadDays: 7 })).toMatchObject({
      total: 0,
      completionRate: 0,
      sentence: '截至10月30日，台账中暂无巡察反馈问题。',
    });
    expect(computeTotals([], { asOf: AS_OF, leadDays: 7, locale: 'en' }).sentence).toBe(
      'As of 30 October 2024, the ledger lists no problems.',
    );
  });

  it('rounds the rate once, from the exact ratio (6 of 11 is 54.5%, not 54.6%)', () => {
    const specs: [string, string][] = [];
    for (let i = 0; i < 11; i++) specs.push([i < 6 ? '已完成' : '正在整改', '2024-12-31']);
    const t = computeTotals(problems(...specs), { asOf: AS_OF, leadDays: 7 });
    expect(t.sentence).toContain('整改完成率54.5%');
  });

  it('sums recovered amounts without float noise', () => {
    const t = computeTotals(
      problems(
        ['正在整改', '2024-12-31', { '追赃挽损（万元）': '0.1' }],
        ['正在整改', '2024-12-31', { '追赃挽损（万元）': '0.2' }],
      ),
      { asOf: AS_OF, leadDays: 7 },
    );
    expect(t.recovered).toBe(0.3);
    expect(t.sentence).toContain('追赃挽损0.3万元');
  });

  it('counts blank or unknown statuses apart', () => {
    const t = computeTotals(problems(['待定', '2024-12-31'], ['', '2024-12-31']), {
      asOf: AS_OF,
      leadDays: 7,
    });
    expect(t.byStatus.unknown).toBe(2);
    expect(t.byCategory[0].byStatus.unknown).toBe(2);
  });

  it('says how many have no readable status, so the counts add up to the total', () => {
    const specs: [string, string][] = [
      ['已完成', '2024-12-31'],
      ['正在整改', '2024-12-31'],
      ['待定', '2024-12-31'],
    ];
    const t = computeTotals(problems(...specs), { asOf: AS_OF, leadDays: 7 });
    const s = t.byStatus;
    expect(s.done + s.inProgress + s.notDone + s.longTerm + s.unknown).toBe(t.total);
    expect(t.sentence).toBe(
      '截至10月30日，巡察反馈的3个具体问题，已完成整改1个，正在整改1个，整改状态未填或无法识别1个，整改完成率33.3%。',
    );
    const en = computeTotals(problems(...specs), { asOf: AS_OF, leadDays: 7, locale: 'en' });
    expect(en.sentence).toContain('1 has no recognised status');
  });

  it('reads naturally when every problem is a long-term task', () => {
    const t = computeTotals(problems(['长期坚持', '长期坚持'], ['长期坚持', '长期']), {
      asOf: AS_OF,
      leadDays: 7,
    });
    expect(t.byStatus.longTerm).toBe(2);
    expect(t.sentence).toBe(
      '截至10月30日，巡察反馈的2个具体问题，尚无已完成整改的问题，长期坚持2个，整改完成率0%。',
    );
  });

  it('names a blank category or department (未填)', () => {
    const t = computeTotals(problems(['正在整改', '2024-12-31', { 问题类别: '' }]), {
      asOf: AS_OF,
      leadDays: 7,
    });
    expect(t.byCategory.map((g) => g.name)).toEqual(['（未填）']);
  });

  it('lists groups in ledger order with the unnamed group last, and merges spellings that differ by spaces', () => {
    const t = computeTotals(
      problems(
        ['正在整改', '2024-12-31', { 问题类别: '', 责任科室: '办公室' }],
        ['正在整改', '2024-12-31', { 问题类别: '1. 理论学习', 责任科室: '组织联络部' }],
        ['已完成', '2024-10-01', { 问题类别: '1.理论学习', 责任科室: '办公室 ' }],
        ['未完成', '2024-12-31', { 问题类别: '２. 改革', 责任科室: '' }],
      ),
      { asOf: AS_OF, leadDays: 7 },
    );
    expect(t.byCategory.map((g) => [g.name, g.total])).toEqual([
      ['1. 理论学习', 2],
      ['２. 改革', 1],
      ['（未填）', 1],
    ]);
    expect(t.byDepartment.map((g) => [g.name, g.total])).toEqual([
      ['办公室', 2],
      ['组织联络部', 1],
      ['（未填）', 1],
    ]);
  });
});

describe('percent and amount', () => {
  it('formats rates with one decimal, dropping .0', () => {
    expect(percent(0.4412)).toBe('44.1%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
    expect(percent(2 / 3)).toBe('66.7%');
  });

  it('never shows 100% while a problem is open, nor 0% once one is closed', () => {
    expect(percent(1999 / 2000)).toBe('99.9%');
    expect(percent(1 / 2000)).toBe('0.1%');
    const specs: [string, string][] = [];
    for (let i = 0; i < 2000; i++) specs.push([i === 0 ? '未完成' : '已完成', '2024-12-31']);
    expect(computeTotals(problems(...specs), { asOf: AS_OF, leadDays: 7 }).sentence).toContain(
      '未完成1个，整改完成率99.9%',
    );
  });

  it('formats 万元 amounts without float noise', () => {
    expect(amount(0.1 + 0.2)).toBe('0.3');
    expect(amount(12)).toBe('12');
    expect(amount(1.23456)).toBe('1.2346');
  });

  it('states 万元 in yuan for English readers, with thousands separators', () => {
    expect(yuan(0.02)).toBe('CNY 200');
    expect(yuan(12.5)).toBe('CNY 125,000');
    expect(yuan(0.1 + 0.2)).toBe('CNY 3,000');
    expect(yuan(0.000123)).toBe('CNY 1.23');
    expect(yuan(1234.5678)).toBe('CNY 12,345,678');
  });
});
