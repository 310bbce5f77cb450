// 初始化台账's pure plan: one decided check per field, what a new or partial workbook lacks, and the summary.
import { describe, expect, it } from '@jest/globals';
import { ACCOUNTABILITY_FIELD_DEFS, FIELD_DEFS, SETTING_DEFS } from '../../src/core';
import { FIELD_RULES, ledgerLayout, ruleFor, setupPlan, setupSummary } from '../../src/core/setup-plan';

const ZH = FIELD_DEFS.map((d) => d.zh);

/** The plan for a workbook with this ledger grid (null: no sheet), 设置 values (null: none) and 通报正文. */
function plan(
  grid: string[][] | null,
  settings: string[][] | null = null,
  narrative = false,
  ruled: boolean[] = [],
) {
  const read = grid && { name: '台账', grid, maxRows: 1000, frozenRows: 0 };
  const layout = ledgerLayout(read, 'zh', false);
  if (!layout) throw new Error('no layout');
  return setupPlan({
    layout,
    ruled,
    settings: { values: settings, lastRow: settings?.length ?? 0 },
    narrativeExists: narrative,
    locale: 'zh',
  });
}

describe('ruleFor', () => {
  it('decides every field: a table over exactly the fields, so a new field must be given its rule', () => {
    const fields = [...FIELD_DEFS, ...ACCOUNTABILITY_FIELD_DEFS].map((d) => d.field);
    expect(Object.keys(FIELD_RULES).sort()).toEqual([...new Set(fields)].sort());
  });

  it('checks status, long-term, dates and the amount, and leaves free text free', () => {
    expect(ruleFor('status', 'zh')).toMatchObject({
      kind: 'list',
      values: ['已完成', '正在整改', '未完成', '长期坚持'],
    });
    expect(ruleFor('longTerm', 'en')).toMatchObject({ kind: 'list', values: ['yes', 'no'] });
    expect(ruleFor('doneDate', 'zh')).toMatchObject({ kind: 'date', help: '请填写完成日期，如 2024-09-30' });
    expect(ruleFor('closureDate', 'zh')?.kind).toBe('date');
    expect(ruleFor('recovered', 'zh')).toMatchObject({ kind: 'atLeast', min: 0 });
    // These fell through to the 追赃挽损 number rule before each field had its own entry.
    for (const field of [
      'extendedTo',
      'extensionApproval',
      'closureApprover',
      'longTermDeadline',
      'remarks',
    ] as const) {
      expect([field, ruleFor(field, 'zh')]).toEqual([field, null]);
    }
  });
});

describe('setupPlan', () => {
  it('on an empty workbook creates the three sheets, every column, every check and every setting', () => {
    const p = plan(null);
    expect(p.result).toEqual({
      createdSheets: ['台账', '设置', '通报正文'],
      addedColumns: [],
      addedSettings: [],
      addedValidations: [],
      frozeHeader: true,
    });
    expect(p.ledger.labels).toEqual(ZH);
    expect(p.ledger.checks.map((c) => [c.field, c.column, c.numberFormat])).toEqual([
      ['status', 10, null],
      ['longTerm', 12, null],
      ['doneDate', 11, 'yyyy-mm-dd'],
      ['recovered', 15, null],
    ]);
    expect(p.ledger.dataRows).toBe(999);
    expect(p.settings).toEqual({ create: '设置', add: SETTING_DEFS, at: 2 });
    expect(p.narrative).toEqual({ create: '通报正文', header: ['章节', '段落'] });
  });

  it('on a complete workbook adds nothing, and says so', () => {
    const settings = [['项目', '值'], ...SETTING_DEFS.map((d) => [d.label.zh, ''])];
    const p = plan(
      [ZH],
      settings,
      true,
      ZH.map(() => true),
    );
    expect(p.ledger.labels).toEqual([]);
    expect(p.ledger.checks).toEqual([]);
    expect(p.settings.add).toEqual([]);
    expect(setupSummary({ ...p.result, frozeHeader: false }, '台账', 'zh')).toBe(
      '台账、设置和通报正文都已齐全，本次没有做任何修改。',
    );
  });

  it('adds missing columns at the end, their checks, and a check an old column lacks', () => {
    const header = ZH.filter((h) => h !== '备注' && h !== '追赃挽损（万元）');
    const ruled = header.map((h) => h !== '整改状态');
    const p = plan([header], null, true, ruled);
    expect(p.ledger.labels).toEqual(['追赃挽损（万元）', '备注']);
    expect(p.ledger.firstNew).toBe(header.length + 1);
    expect(p.ledger.checks.map((c) => c.field)).toEqual(['status', 'recovered']);
    expect(p.result.addedValidations).toEqual(['整改状态', '追赃挽损（万元）']);
    expect(setupSummary(p.result, '台账', 'zh')).toContain(
      '已在“台账”末尾补充 2 列：追赃挽损（万元）、备注。',
    );
  });

  it('refuses a sheet with content but no header: no layout, so nothing is written', () => {
    const read = { name: '台账', grid: [['张三', '李四']], maxRows: 1000, frozenRows: 0 };
    expect(ledgerLayout(read, 'zh', false)).toBeNull();
  });
});
