// Closing a problem (销号): done needs a done date and evidence; with 销号需审核 also an approver and date.
import { describe, expect, it } from '@jest/globals';
import { computeTotals, isPendingApproval, parseLedger } from '../../src/core';
import { AS_OF, brief, parse } from './accountability-grid';
import { grid, HEADER, row } from './grid';

const DONE = { 整改状态: '已完成', 完成日期: '2024-09-20', 佐证材料: '会议纪要.pdf' } as const;
const APPROVED = { ...DONE, 销号审核人: '纪检组长', 审核日期: '2024-09-25' } as const;

describe('closing rules without review (销号需审核 = 否)', () => {
  it('accepts a done row with a done date and evidence, and needs no approval', () => {
    expect(parse([DONE]).findings).toEqual([]);
  });

  it('reports a done row without evidence and one without a done date', () => {
    const { findings } = parse([
      { ...DONE, 佐证材料: '' },
      { ...DONE, 完成日期: '' },
    ]);
    expect(brief(findings)).toEqual(['O2 warning closure.no-evidence', 'K3 warning done.no-date']);
    expect(findings[0].message).toBe('整改状态为“已完成”，但未填佐证材料（证明整改到位的文件名或链接）');
  });

  it('counts every done row as closed', () => {
    const { problems } = parse([DONE, { ...LATE_OPEN }]);
    const t = computeTotals(problems, { asOf: AS_OF, leadDays: 7 });
    expect(t.pendingApproval).toBe(0);
    expect(t.completionRate).toBe(0.5);
  });

  it('says once, at the header, when the ledger has no 佐证材料 column', () => {
    const header = HEADER.filter((h) => h !== '佐证材料');
    const cells = row(DONE).filter((_, i) => HEADER[i] !== '佐证材料');
    const { findings } = parseLedger([[...header], cells, cells.map((c, i) => (i === 0 ? '2' : c))], {
      asOf: AS_OF,
    });
    expect(brief(findings).filter((f) => f.includes('closure'))).toEqual([
      'A1 warning closure.evidence-column',
    ]);
  });
});

const LATE_OPEN = { 整改时限: '2024年12月底前', 整改状态: '正在整改' } as const;

describe('closing rules with review (销号需审核 = 是)', () => {
  it('requires approver and approval date on a done row, and counts it as 待审核 until then', () => {
    const { problems, findings } = parse([DONE, APPROVED, LATE_OPEN], { closureReview: true });
    expect(brief(findings)).toEqual(['S2 warning closure.no-approver', 'T2 warning closure.no-date']);
    expect(findings[0].message).toBe('销号需审核：已完成但未填销号审核人，按“待审核”统计');
    expect(problems.map((p) => isPendingApproval(p, true))).toEqual([true, false, false]);
    const t = computeTotals(problems, { asOf: AS_OF, leadDays: 7, closureReview: true });
    expect(t.byStatus.done).toBe(2);
    expect(t.pendingApproval).toBe(1);
    expect(t.completionRate).toBe(0.3333);
    expect(t.byDepartment[0].pendingApproval).toBe(1);
    expect(t.sentence).toBe(
      '截至10月30日，巡察反馈的3个具体问题，已完成整改1个，待审核1个，正在整改1个，整改完成率33.3%。',
    );
  });

  it('says 待审核 even when nothing is approved yet, and in English', () => {
    const { problems } = parse([DONE, LATE_OPEN], { closureReview: true });
    const zh = computeTotals(problems, { asOf: AS_OF, leadDays: 7, closureReview: true });
    expect(zh.sentence).toBe('截至10月30日，巡察反馈的2个具体问题，待审核1个，正在整改1个，整改完成率0%。');
    const en = computeTotals(problems, { asOf: AS_OF, leadDays: 7, closureReview: true, locale: 'en' });
    expect(en.sentence).toContain('1 awaits closure approval');
  });

  it('an approved ledger reads as all done', () => {
    const { problems, findings } = parse([APPROVED], { closureReview: true });
    expect(findings).toEqual([]);
    const t = computeTotals(problems, { asOf: AS_OF, leadDays: 7, closureReview: true });
    expect(t.sentence).toContain('已全部完成整改');
  });

  it('a ledger lacking the approval columns gets one header finding, and done rows stay pending', () => {
    const { problems, findings } = parse([DONE], { closureReview: true, extras: [] });
    expect(brief(findings)).toEqual(['A1 warning closure.columns-missing']);
    expect(findings[0].message).toContain('销号审核人、审核日期');
    expect(computeTotals(problems, { asOf: AS_OF, leadDays: 7, closureReview: true }).pendingApproval).toBe(
      1,
    );
  });

  it('checks the approval date: unreadable, in the future, or before the done date', () => {
    const { problems, findings } = parse(
      [
        { ...APPROVED, 审核日期: '下周' },
        { ...APPROVED, 审核日期: '2024-11-05' },
        { ...APPROVED, 审核日期: '2024-09-01' },
      ],
      { closureReview: true },
    );
    expect(brief(findings)).toEqual([
      'T2 error closure.unreadable',
      'T2 warning closure.no-date',
      'T3 error closure.future',
      'T4 warning closure.before-done',
    ]);
    expect(isPendingApproval(problems[0], true)).toBe(true);
  });

  it('flags an approval on a row that is not done', () => {
    const { findings } = parse([{ ...LATE_OPEN, 销号审核人: '纪检组长' }]);
    expect(brief(findings)).toEqual(['S2 warning closure.not-done']);
  });
});

describe('parsing never changes a value a person typed', () => {
  it('leaves the grid exactly as given', () => {
    const cells = grid(row({ ...DONE, 佐证材料: '' }));
    const copy = cells.map((r) => [...r]);
    parseLedger(cells, { asOf: AS_OF, closureReview: true });
    expect(cells).toEqual(copy);
  });
});
