// Deadline extensions: an approved one moves the deadline in force, an unapproved one does not and is reported.
import { describe, expect, it } from '@jest/globals';
import {
  computeTotals,
  deadlineInForce,
  deadlineLine,
  dueDateOf,
  fieldOfHeader,
  parseLedger,
  setupFields,
  urgencyOf,
} from '../../src/core';
import { AS_OF, accGrid, brief, parse } from './accountability-grid';
import { HEADER } from './grid';

// Due 2024-09-30, still in progress at 2024-10-30: overdue by 30 days unless an extension is in force.
const LATE = { 整改时限: '2024年9月底前完成整改', 整改状态: '正在整改' } as const;

describe('approved and unapproved extensions', () => {
  it('an approved extension moves the problem out of overdue', () => {
    const { problems, findings } = parse([
      { ...LATE, 延期至: '2024-12-31', 延期批准: '党组会议纪要〔2024〕5号' },
    ]);
    expect(findings).toEqual([]);
    const p = problems[0];
    expect(p.extendedTo).toBe('2024-12-31');
    expect(p.extensionApproval).toBe('党组会议纪要〔2024〕5号');
    expect(dueDateOf(p)).toBe('2024-12-31');
    expect(urgencyOf(p, AS_OF, 7)).toEqual({ urgency: 'none', due: '2024-12-31', daysLeft: 62 });
  });

  it('an extension date written as "X月前" is read as the month before, and the clerk is told', () => {
    const { problems, findings } = parse([{ ...LATE, 延期至: '2024年12月前', 延期批准: '纪要5号' }]);
    expect(problems[0].extendedTo).toBe('2024-11-30');
    expect(brief(findings)).toEqual(['Q2 warning deadline.before-month']);
  });

  it('an extension without approval leaves the problem overdue and says the original deadline stands', () => {
    const { problems, findings } = parse([{ ...LATE, 延期至: '2024-12-31' }]);
    expect(urgencyOf(problems[0], AS_OF, 7)).toEqual({
      urgency: 'overdue',
      due: '2024-09-30',
      daysLeft: -30,
    });
    expect(brief(findings)).toEqual(['R2 warning extension.unapproved']);
    expect(findings[0].message).toBe(
      '延期至2024年12月31日未填写延期批准，仍按原整改时限（2024年9月30日）计算',
    );
  });

  it('an approval without a new date changes nothing and asks for the date', () => {
    const { problems, findings } = parse([{ ...LATE, 延期批准: '经党组会同意' }]);
    expect(urgencyOf(problems[0], AS_OF, 7).urgency).toBe('overdue');
    expect(brief(findings)).toEqual(['Q2 warning extension.no-date']);
    expect(findings[0].message).toContain('经党组会同意');
  });

  it('reads the deadline grammar in 延期至 and rejects text that is not a day', () => {
    const ok = parse([{ ...LATE, 延期至: '2024年12月底前', 延期批准: '批复' }]);
    expect(ok.problems[0].extendedTo).toBe('2024-12-31');
    const bad = parse([{ ...LATE, 延期至: '待定', 延期批准: '批复' }]);
    expect(brief(bad.findings)).toEqual(['Q2 error extension.unreadable', 'Q2 warning extension.no-date']);
    expect(bad.findings[0].message).toContain('“待定”不是日期');
    expect(urgencyOf(bad.problems[0], AS_OF, 7).urgency).toBe('overdue');
    const longTerm = parse([{ ...LATE, 延期至: '长期坚持', 延期批准: '批复' }]);
    expect(brief(longTerm.findings)[0]).toBe('Q2 error extension.unreadable');
  });

  it('reads a Date cell in 延期至 through dateOf', () => {
    const { ledger } = parseLedger(
      accGrid([{ ...LATE, 延期至: new Date(Date.UTC(2024, 11, 30, 16)), 延期批准: '批复' }]),
      { asOf: AS_OF, dateOf: () => '2024-12-31' },
    );
    expect(ledger?.problems[0].extendedTo).toBe('2024-12-31');
  });

  it('warns when the new date is not later than the original, but the approval still rules', () => {
    const { problems, findings } = parse([{ ...LATE, 延期至: '2024-09-15', 延期批准: '批复' }]);
    expect(brief(findings)).toEqual(['Q2 warning extension.not-later']);
    expect(deadlineInForce(problems[0])).toBe('2024-09-15');
  });

  it('says nothing about the extension of a problem already done', () => {
    const { findings } = parse([
      { ...LATE, 整改状态: '已完成', 完成日期: '2024-10-20', 延期至: '2024-12-31' },
    ]);
    expect(findings).toEqual([]);
  });

  it('points at 延期至 when the ledger has no 延期批准 column', () => {
    const { findings } = parse([{ ...LATE, 延期至: '2024-12-31' }], { extras: ['延期至'] });
    expect(brief(findings)).toEqual(['Q2 warning extension.unapproved']);
  });

  it('speaks English on an English ledger', () => {
    const { findings } = parse([{ ...LATE, 延期至: '2024-12-31' }], { locale: 'en' });
    expect(findings[0].message).toBe(
      'The extension to 31 December 2024 has no approval, so the original deadline (30 September 2024) stands',
    );
    expect(fieldOfHeader('Extended to')).toBe('extendedTo');
    expect(fieldOfHeader('Extension approval')).toBe('extensionApproval');
  });

  it('leaves a ledger without the columns exactly as before: no new keys on the problems', () => {
    const { ledger } = parseLedger([[...HEADER], accGrid([LATE])[1].slice(0, HEADER.length)], {
      asOf: AS_OF,
    });
    expect(Object.keys(ledger!.problems[0])).not.toContain('extendedTo');
    expect(dueDateOf(ledger!.problems[0])).toBe('2024-09-30');
  });
});

describe('totals count extensions', () => {
  it('counts approved and unapproved extensions, and overdue by the deadline in force', () => {
    const { problems } = parse([
      { ...LATE, 延期至: '2024-12-31', 延期批准: '批复' },
      { ...LATE, 延期至: '2024-12-31' },
      { ...LATE },
    ]);
    const t = computeTotals(problems, { asOf: AS_OF, leadDays: 7 });
    expect(t).toMatchObject({ extended: 1, extensionsUnapproved: 1, overdue: 2 });
  });
});

describe('deadlineLine for the notice', () => {
  it('prints the original deadline and the approved extension', () => {
    const { problems } = parse([
      { ...LATE, 延期至: '2024-12-31', 延期批准: '批复' },
      { ...LATE, 延期至: '2024-12-31' },
      { ...LATE, 整改时限: '2024-09-30', 延期至: '2024-12-31', 延期批准: '批复' },
    ]);
    expect(deadlineLine(problems[0])).toBe('整改时限：2024年9月底前（经批准延期至2024年12月31日）');
    expect(deadlineLine(problems[1])).toBe('整改时限：2024年9月底前完成整改');
    expect(deadlineLine(problems[2])).toBe('整改时限：2024年9月30日（经批准延期至2024年12月31日）');
    expect(deadlineLine(problems[0], 'en')).toBe(
      'Deadline: 2024年9月底前完成整改 (extended with approval to 31 December 2024)',
    );
  });
});

describe('set-up columns', () => {
  it('adds approval columns only when closure review is on, extension columns only when asked', () => {
    const plain = setupFields().map((d) => d.zh);
    expect(plain).not.toContain('延期至');
    expect(plain).not.toContain('销号审核人');
    const review = setupFields({ closureReview: true }).map((d) => d.zh);
    expect(review.slice(-4)).toEqual(['佐证材料', '销号审核人', '审核日期', '备注']);
    const ext = setupFields({ extensions: true }).map((d) => d.zh);
    expect(ext.slice(ext.indexOf('整改时限'), ext.indexOf('整改时限') + 4)).toEqual([
      '整改时限',
      '延期至',
      '延期批准',
      '整改状态',
    ]);
  });
});
