// The pure roll-up: unit rows from each ledger's totals, the totals row, ranks, 共性问题, the sentence, the check.
import { describe, expect, test } from '@jest/globals';
import {
  type Cell,
  computeTotals,
  parseLedger,
  percent2,
  RollupBuilder,
  reconcileRollup,
  type UnitSummary,
  unitFromTitle,
  unitNameOf,
  unitSummary,
} from '../../src/core';

const AS_OF = '2024-10-30';
const HEADER = ['编号', '问题类别', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '完成日期'];

/** A unit from rows [category, deadline, status, doneDate]. */
function unit(name: string, rows: [string, string, string, string][]): UnitSummary {
  const grid: Cell[][] = [
    HEADER,
    ...rows.map(([c, d, s, dd], i) => [String(i + 1), c, 'p', 'm', '办公室', d, s, dd]),
  ];
  const { ledger } = parseLedger(grid, { asOf: AS_OF });
  if (!ledger) throw new Error('no ledger');
  const totals = computeTotals(ledger.problems, { asOf: AS_OF, leadDays: 7 });
  return unitSummary({
    unit: name,
    unitSource: 'file',
    file: `${name}.csv`,
    totals,
    blankCategory: '（未填）',
    errors: 0,
  });
}

const done = (c = '1. 政治建设'): [string, string, string, string] => [
  c,
  '2024-09-30',
  '已完成',
  '2024-09-20',
];
const overdue = (c = '1. 政治建设'): [string, string, string, string] => [c, '2024-09-30', '正在整改', ''];
const open = (c = '1. 政治建设'): [string, string, string, string] => [c, '2025-06-30', '未完成', ''];

describe('the summary sentence', () => {
  test('reads as the published district round: 40 units, 697 problems, 688 done, 98.71%', () => {
    const b = new RollupBuilder({ asOf: AS_OF });
    // 40 units: 39 with 17 problems all done (663), one with 34: 25 done, 9 in progress → 697 and 688.
    for (let i = 1; i <= 39; i++)
      b.addUnit(
        unit(
          `单位${i}`,
          Array.from({ length: 17 }, () => done()),
        ),
      );
    b.addUnit(
      unit('单位40', [
        ...Array.from({ length: 25 }, () => done()),
        ...Array.from({ length: 9 }, () => open()),
      ]),
    );
    const r = b.finish();
    expect(r.sentence).toBe(
      '截至10月30日，40家被巡察党组织巡察反馈的697个问题，已完成整改688个，未完成9个，总体完成率98.71%。',
    );
    expect(reconcileRollup(r)).toEqual([]);
  });

  test('two decimals, never 100.00% with a problem open nor 0.00% with one closed', () => {
    expect(percent2(688 / 697)).toBe('98.71%');
    expect(percent2(9999 / 10000)).toBe('99.99%');
    expect(percent2(99999 / 100000)).toBe('99.99%');
    expect(percent2(1 / 100000)).toBe('0.01%');
    expect(percent2(1)).toBe('100.00%');
    expect(percent2(0)).toBe('0.00%');
  });

  test('English', () => {
    const b = new RollupBuilder({ asOf: AS_OF, locale: 'en' });
    b.addUnit(unit('Water', [done(), overdue()]));
    expect(b.finish().sentence).toBe(
      'As of 30 October 2024, of the 2 problems fed back to 1 inspected party organisation, 1 has been rectified, 1 is in progress; the overall completion rate is 50.00%.',
    );
  });
});

describe('the unit name', () => {
  test('设置 › 被巡察单位 first, then the title row, then the file name', () => {
    const grid: Cell[][] = [['中共××市财政局党组关于市委第一巡察组巡察反馈意见整改落实台账'], HEADER];
    expect(unitNameOf({ setting: '市财政局党组', grid, headerIndex: 1, fileName: 'a.xlsx' })).toEqual({
      unit: '市财政局党组',
      source: 'settings',
    });
    expect(unitNameOf({ setting: ' ', grid, headerIndex: 1, fileName: 'a.xlsx' })).toEqual({
      unit: '中共××市财政局党组',
      source: 'title',
    });
    expect(unitNameOf({ setting: '', grid: [HEADER], headerIndex: 0, fileName: 'dir/市卫健委.csv' })).toEqual(
      {
        unit: '市卫健委',
        source: 'file',
      },
    );
  });

  test('a title that names no unit falls through to the file name', () => {
    expect(unitFromTitle('巡察整改台账（2024年）')).toBeNull();
    expect(unitFromTitle('市教育局党组巡察整改台账')).toBe('市教育局党组');
    expect(unitFromTitle('City Water Bureau — rectification ledger')).toBe('City Water Bureau');
  });
});

describe('the roll-up', () => {
  const finance = unit('财政局', [done(), overdue(), overdue('2. 作风建设'), open('')]);
  const health = unit('卫健委', [done('一、政治建设'), done('（二）作风建设'), overdue()]);
  const water = unit('水务局', [done(), done()]);

  test('ranks by overdue and by completion, equal figures sharing a rank', () => {
    const b = new RollupBuilder({ asOf: AS_OF });
    for (const u of [finance, health, water]) b.addUnit(u);
    const r = b.finish();
    expect(r.byOverdue.map((x) => [x.rank, x.unit.unit, x.unit.overdue])).toEqual([
      [1, '财政局', 2],
      [2, '卫健委', 1],
      [3, '水务局', 0],
    ]);
    const tie = new RollupBuilder({ asOf: AS_OF });
    for (const u of [finance, unit('审计局', [overdue(), overdue()]), water]) tie.addUnit(u);
    expect(tie.finish().byOverdue.map((x) => x.rank)).toEqual([1, 1, 3]);
    expect(r.byCompletion.map((x) => x.unit.unit)).toEqual(['水务局', '卫健委', '财政局']);
  });

  test('共性问题 merges a category however each unit numbers it; the blank category comes last', () => {
    const b = new RollupBuilder({ asOf: AS_OF });
    for (const u of [finance, health, water]) b.addUnit(u);
    const r = b.finish();
    expect(r.byCategory.map((c) => [c.name, c.units, c.total, c.overdue])).toEqual([
      ['政治建设', ['财政局', '卫健委', '水务局'], 6, 2],
      ['作风建设', ['财政局', '卫健委'], 2, 1],
      ['（未填）', ['财政局'], 1, 0],
    ]);
    expect(r.overdue.map((o) => [o.unit, o.id, o.daysOverdue])).toEqual([
      ['财政局', '2', 30],
      ['财政局', '3', 30],
      ['卫健委', '3', 30],
    ]);
  });

  test('two rows of one unit (however spaced or wide) are set apart, not added', () => {
    const b = new RollupBuilder({ asOf: AS_OF });
    b.addUnit(finance);
    b.addUnit({ ...water, unit: '财政局 ', file: 'copy.xlsx' });
    b.addUnit(health);
    const r = b.finish();
    expect(r.duplicates).toEqual([{ unit: '财政局', files: ['财政局.csv', 'copy.xlsx'] }]);
    expect(r.units.map((u) => u.unit)).toEqual(['卫健委']);
    expect(r.totals.total).toBe(3);
  });
});

describe('reconcileRollup', () => {
  const build = () => {
    const b = new RollupBuilder({ asOf: AS_OF });
    b.addUnit(unit('财政局', [done(), overdue(), open()]));
    b.addUnit(unit('水务局', [done(), done()]));
    return b.finish();
  };

  test('passes a roll-up that adds up', () => {
    expect(reconcileRollup(build())).toEqual([]);
  });

  test('names the totals figure that differs from the sum of the unit rows', () => {
    const r = build();
    r.totals.overdue = 2;
    expect(reconcileRollup(r)).toEqual([
      { field: 'overdue', expected: 1, actual: 2 },
      { field: 'overdueList', expected: 2, actual: 1 },
    ]);
  });

  test('names the unit whose statuses do not add up to its problems', () => {
    const r = build();
    r.units[1].total = 3;
    r.totals.total = 6;
    expect(reconcileRollup(r)).toEqual([{ field: 'statusSum', unit: '水务局', expected: 3, actual: 2 }]);
  });
});
