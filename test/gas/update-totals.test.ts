// updateTotals: the 汇总 sheet — sentence, tables, rates, run time, legend and chart — and ledger text kept as text.
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { generatedEnv } from './generated';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

/** Row of 汇总 whose first cell is label (values, uncounted). */
function rowOf(values: unknown[][], label: string): unknown[] {
  const row = values.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

describe('updateTotals on the example at 2024-10-30', () => {
  it('writes the sentence, the as-of date, the run time, the rates and the tables', () => {
    const env = exampleEnv();
    const result = updateTotals(servicesOf(env));
    const values = env.values('汇总');
    expect(values[0][0]).toBe('整改台账汇总');
    expect(values[1][0]).toBe(
      '截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个，整改完成率44.1%，追赃挽损0.02万元。',
    );
    // A real date (midnight in the spreadsheet's zone) shown as 2024-10-30, not text.
    expect(rowOf(values, '统计截止日期')[1]).toEqual(new Date('2024-10-30T00:00:00+08:00'));
    expect(rowOf(env.snapshot('汇总').displayValues, '统计截止日期')[1]).toBe('2024-10-30');
    expect(rowOf(values, '生成时间')[1]).toBe('2024-10-30 15:00 (Asia/Shanghai)');
    expect(rowOf(values, '问题总数')[1]).toBe(34);
    expect(rowOf(values, '整改完成率')[1]).toBeCloseTo(15 / 34, 4);
    expect(rowOf(values, '追赃挽损（万元）')[1]).toBe(0.02);
    expect(rowOf(values, '已逾期')[1]).toBe(8);
    expect(rowOf(values, '已完成')[1]).toBe(15);
    expect(rowOf(values, '正在整改')[1]).toBe(18);
    expect(rowOf(values, '未完成')[1]).toBe(1);
    // By category: 10. 选人用人 has 1 done, 3 in progress, 3 of them overdue.
    expect(rowOf(values, '10. 选人用人').slice(0, 8)).toEqual(['10. 选人用人', 1, 3, 0, 0, 4, 3, 0]);
    expect(rowOf(values, '问题类别')).toEqual([
      '问题类别',
      '已完成',
      '正在整改',
      '未完成',
      '长期坚持',
      '合计',
      '已逾期',
      '7天内到期',
    ]);
    expect(rowOf(values, '责任科室')[0]).toBe('责任科室');
    const departments = exampleGrid('ledger')
      .slice(1)
      .map((r) => r[6]);
    expect(rowOf(values, '办公室')[5]).toBe(departments.filter((d) => d === '办公室').length);
    expect(result?.totals.overdue).toBe(8);
    // The completion rate shows as a percentage.
    const snap = env.snapshot('汇总');
    const rateRow = values.findIndex((r) => r[0] === '整改完成率');
    expect(snap.displayValues[rateRow][1]).toBe('44.1%');
  });

  it('draws a stacked column chart of status by category from the category table', () => {
    const env = exampleEnv();
    updateTotals(servicesOf(env));
    const charts = env.sheet('汇总')._charts;
    expect(charts).toHaveLength(1);
    const spec = charts[0]._spec;
    expect(spec.type).toBe('COLUMN');
    expect(spec.options.isStacked).toBe(true);
    const range = spec.ranges[0];
    const values = env.values('汇总');
    const header = values.findIndex((r) => r[0] === '问题类别') + 1;
    const categories = new Set(
      exampleGrid('ledger')
        .slice(1)
        .map((r) => r[1]),
    ).size;
    expect(range.getA1Notation()).toBe(`A${header}:E${header + categories}`);
  });

  it('rewrites 汇总 on a rerun: one chart, no stale rows', () => {
    const env = exampleEnv();
    updateTotals(servicesOf(env));
    const first = env.values('汇总').length;
    env.sheet('台账').deleteRows(20, 16); // the last problems are gone
    updateTotals(servicesOf(env));
    expect(env.sheet('汇总')._charts).toHaveLength(1);
    expect(env.values('汇总').length).toBeLessThanOrEqual(first);
    expect(rowOf(env.values('汇总'), '问题总数')[1]).toBe(18);
  });

  it('writes ledger text starting with = + - @ as text, not formulas', () => {
    const grid = exampleGrid('ledger').slice(0, 5);
    grid[1][1] = '=IMPORTXML("http://evil.example","//a")';
    grid[2][1] = '+86 专项';
    grid[3][6] = '-财务室';
    grid[4][6] = '@办公室';
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    updateTotals(servicesOf(env));
    const snap = env.snapshot('汇总');
    expect(snap.formulas.flat().every((f) => f === '')).toBe(true);
    const names = snap.values.map((r) => r[0]);
    for (const text of ['=IMPORTXML("http://evil.example","//a")', '+86 专项', '-财务室', '@办公室']) {
      expect(names).toContain(text);
    }
    expect(env.values('台账')).toEqual(grid);
  });

  it('shows the legend with the palette fills', () => {
    const env = exampleEnv();
    updateTotals(servicesOf(env));
    const snap = env.snapshot('汇总');
    const legendAt = snap.values.findIndex((r) => r[0] === '台账行底色图例');
    expect(snap.backgrounds.slice(legendAt + 1, legendAt + 5).map((r) => r[0])).toEqual([
      PALETTE.overdue,
      PALETTE.dueSoon,
      PALETTE.longTerm,
      PALETTE.done,
    ]);
    expect(snap.values[legendAt + 1][1]).toContain('已逾期');
  });

  it('leaves the ledger’s values, fills and notes exactly as they were', () => {
    const env = exampleEnv();
    const before = env.snapshot('台账');
    updateTotals(servicesOf(env));
    expect(env.snapshot('台账')).toEqual(before);
  });

  it('asks for the missing columns instead of writing totals of an incomplete ledger', () => {
    const grid = exampleGrid('ledger').map((r) => r.filter((_, c) => c !== 8)); // no 整改时限
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    expect(updateTotals(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('整改时限');
    expect(env.ui.alerts.at(-1)!.prompt).toContain('初始化台账');
    expect(env.spreadsheet.getSheetByName('汇总')).toBeNull();
  });
});

describe('updateTotals: the accountability figures', () => {
  const HEADER = [
    '编号',
    '问题描述',
    '整改措施',
    '责任科室',
    '整改时限',
    '整改状态',
    '完成日期',
    '佐证材料',
    '延期至',
    '延期批准',
    '销号审核人',
    '审核日期',
  ];
  // At 2024-10-30: 1 closed on time and approved; 2 closed late, not approved; 3 extended with approval (not
  // overdue); 4 extension without approval (30 days overdue); 5 past 2024-06-30 (122 days overdue).
  const LEDGER = [
    HEADER,
    [
      '1',
      '问题一',
      '措施一',
      '办公室',
      '2024-09-30',
      '已完成',
      '2024-09-20',
      '纪要.pdf',
      '',
      '',
      '纪检组长',
      '2024-09-25',
    ],
    ['2', '问题二', '措施二', '办公室', '2024-09-30', '已完成', '2024-10-10', '纪要.pdf', '', '', '', ''],
    [
      '3',
      '问题三',
      '措施三',
      '宣传部',
      '2024年9月底前',
      '正在整改',
      '',
      '',
      '2024-12-31',
      '党组会议纪要5号',
      '',
      '',
    ],
    ['4', '问题四', '措施四', '宣传部', '2024年9月底前', '正在整改', '', '', '2024-12-31', '', '', ''],
    ['5', '问题五', '措施五', '=财务室', '2024-06-30', '未完成', '', '', '', '', '', ''],
  ];
  const envWith = (review: boolean, extra: string[][] = []) =>
    exampleEnv({
      ledger: { name: '台账', values: LEDGER },
      settings: [['项目', '值'], ['销号需审核', review ? '是' : '否'], ...extra],
    });
  /** Rows under a heading, up to the next blank row. */
  const section = (values: unknown[][], heading: string) => {
    const at = values.findIndex((r) => r[0] === heading);
    if (at < 0) throw new Error(`no section ${heading}`);
    const end = values.findIndex((r, i) => i > at && r.every((c) => c === ''));
    return values.slice(at + 1, end < 0 ? values.length : end);
  };

  it('with 销号需审核 on: pending approval, extensions, on-time rate, ageing, completions by month, overdue list', () => {
    const env = envWith(true);
    updateTotals(servicesOf(env));
    const values = env.values('汇总');
    const display = env.snapshot('汇总').displayValues;
    expect(values[1][0]).toContain('待审核1个');
    const done = values.findIndex((r) => r[0] === '已完成');
    expect(values[done + 1].slice(0, 2)).toEqual(['其中待审核', 1]);
    expect(rowOf(values, '经批准延期')[1]).toBe(1);
    expect(rowOf(values, '延期未获批准（仍按原时限）')[1]).toBe(1);
    // 1 of the 2 dated completions met its deadline.
    const onTime = values.findIndex((r) => r[0] === '按期完成率');
    expect(values[onTime][1]).toBe(0.5);
    expect(display[onTime][1]).toBe('50.0%');
    // The extension with approval keeps 3 out of overdue; the unapproved one leaves 4 in.
    expect(rowOf(values, '已逾期')[1]).toBe(2);
    expect(section(values, '逾期账龄').map((r) => r.slice(0, 2))).toEqual([
      ['逾期天数', '问题数'],
      ['1–30天', 1],
      ['31–90天', 0],
      ['90天以上', 1],
    ]);
    expect(section(values, '按月完成数').map((r) => r.slice(0, 2))).toEqual([
      ['完成月份', '完成数'],
      ['2024-09', 1],
      ['2024-10', 1],
    ]);
    // Longest overdue first, deadline in force as a date, ledger text kept as text (no formula from =财务室).
    expect(section(values, '逾期问题明细').map((r) => r.slice(0, 5))).toEqual([
      ['编号', '责任科室', '整改时限（现行）', '逾期天数', '台账行'],
      ['5', '=财务室', new Date('2024-06-30T00:00:00+08:00'), 122, 6],
      ['4', '宣传部', new Date('2024-09-30T00:00:00+08:00'), 30, 5],
    ]);
    expect(section(display, '逾期问题明细').map((r) => r[2])).toEqual([
      '整改时限（现行）',
      '2024-06-30',
      '2024-09-30',
    ]);
    expect(
      env
        .snapshot('汇总')
        .formulas.flat()
        .every((f) => f === ''),
    ).toBe(true);
    expect(env.values('台账')).toEqual(LEDGER);
  });

  it('with 销号需审核 off: no 待审核 row, and both completions count as closed', () => {
    const env = envWith(false);
    updateTotals(servicesOf(env));
    const values = env.values('汇总');
    expect(values.some((r) => r[0] === '其中待审核')).toBe(false);
    expect(values[1][0]).not.toContain('待审核');
    expect(rowOf(values, '整改完成率')[1]).toBeCloseTo(2 / 5, 4);
  });

  it('shows a dash, not 0%, when no completion can be judged, and says when nothing is overdue', () => {
    const open = [
      HEADER,
      ['1', '问题一', '措施一', '办公室', '2025-06-30', '正在整改', '', '', '', '', '', ''],
    ];
    const env = exampleEnv({ ledger: { name: '台账', values: open }, settings: [['项目', '值']] });
    updateTotals(servicesOf(env));
    const values = env.values('汇总');
    expect(rowOf(values, '按期完成率')[1]).toBe('—');
    expect(
      section(values, '逾期问题明细')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['无逾期问题']);
    expect(
      section(values, '按月完成数')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['尚无填写完成日期的已完成问题']);
  });

  it('uses English labels for an English ledger', () => {
    const env = envWith(true, [['语言', 'en']]);
    const result = updateTotals(servicesOf(env));
    expect(result?.sheetName).toBe('Totals');
    const values = env.values('Totals');
    for (const label of [
      'of which awaiting approval',
      'Extended with approval',
      'On-time completion',
      'Overdue ageing',
      'Completions by month',
      'Overdue problems',
    ]) {
      expect(values.map((r) => r[0])).toContain(label);
    }
    expect(section(values, 'Overdue ageing')[0].slice(0, 2)).toEqual(['Days overdue', 'Problems']);
  });

  it('grows 汇总 past a new sheet’s 1,000 rows when the overdue list is longer', () => {
    const env = generatedEnv(6_000);
    const result = updateTotals(servicesOf(env));
    const overdue = result!.totals.overdueDays;
    expect(overdue.length).toBeGreaterThan(1_000);
    const list = section(env.values('汇总'), '逾期问题明细');
    expect(list).toHaveLength(overdue.length + 1);
    expect(list.at(-1)![4]).toBe(overdue.at(-1)!.row);
  });
});

describe('updateTotals: tables that add up, and the on-time rate without flagged dates', () => {
  it('gives 搁置 its own row and column, charts it, and leaves a done date after the as-of date out of the rate', () => {
    const grid = exampleGrid('ledger')
      .slice(0, 5)
      .map((r) => [...r]);
    const header = grid[0];
    const status = header.indexOf('整改状态');
    const done = header.indexOf('完成日期');
    const deadline = header.indexOf('整改时限');
    grid[1][status] = '搁置';
    grid[2][status] = '已完成';
    grid[2][deadline] = '2024-09-30';
    grid[2][done] = '2024-09-20';
    grid[3][status] = '已完成';
    grid[3][deadline] = '2024-09-30';
    grid[3][done] = '2024-11-15'; // after the as-of date 2024-10-30: a check error
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    updateTotals(servicesOf(env));
    const values = env.values('汇总');
    expect(rowOf(values, '状态未填或无法识别')[1]).toBe(1);
    expect(rowOf(values, '合计')[1]).toBe(4);
    const categories = values.findIndex((r) => r[0] === '问题类别');
    expect(values[categories].slice(0, 7)).toEqual([
      '问题类别',
      '已完成',
      '正在整改',
      '未完成',
      '长期坚持',
      '状态未识别',
      '合计',
    ]);
    const chart = env.sheet('汇总')._charts[0]._spec.ranges[0].getA1Notation();
    expect(chart).toMatch(/^A\d+:F\d+$/);
    // One on time, one flagged: 100%, not 50%, and 汇总 says one was left out.
    expect(rowOf(values, '按期完成率')[1]).toBe(1);
    expect(rowOf(values, '完成日期有误、未计入按期完成率')[1]).toBe(1);
  });
});
