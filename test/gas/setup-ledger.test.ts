// setupLedger: creates what is missing, adds only missing columns at the end, never overwrites, and is idempotent.
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, FIELD_DEFS, parseSettings, SETTING_DEFS } from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

const ZH_HEADERS = FIELD_DEFS.map((d) => d.zh);

function allSheets(env: FakeEnv) {
  return Object.fromEntries(env.spreadsheet._sheets.map((s) => [s.getName(), env.snapshot(s.getName())]));
}

describe('setupLedger on a new spreadsheet', () => {
  it('creates 台账 with the headers, frozen header, widths and dropdowns, then 设置 and 通报正文', () => {
    const env = createFakeEnv();
    const result = setupLedger(servicesOf(env));
    expect(result?.createdSheets).toEqual(['台账', '设置', '通报正文']);
    const ledger = env.sheet('台账');
    expect(env.values('台账')).toEqual([ZH_HEADERS]);
    expect(ledger.getIndex()).toBe(1);
    expect(ledger._frozenRows).toBe(1);
    expect(ledger.getColumnWidth(4)).toBe(FIELD_DEFS[3].width);
    const status = ledger.getRange('J2').getDataValidation()!;
    expect(status.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(status.getCriteriaValues()[0]).toEqual(['已完成', '正在整改', '未完成', '长期坚持']);
    expect(ledger.getRange('J1000').getDataValidation()?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(ledger.getRange('L2').getDataValidation()!.getCriteriaValues()[0]).toEqual(['是', '否']);
    expect(ledger.getRange('K2').getDataValidation()!.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    // 长期举措时限 (N) sits after 长期举措 and takes phrases (2024年12月底前), so it has no check.
    expect(env.values('台账')[0].slice(12, 14)).toEqual(['长期举措', '长期举措时限']);
    expect(ledger.getRange('N2').getDataValidation()).toBeNull();
    expect(ledger.getRange('O2').getDataValidation()!.getCriteriaType()).toBe(
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    );
    expect(ledger.getRange('J1').getDataValidation()).toBeNull();
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('台账');
    expect(env.values('通报正文')).toEqual([['章节', '段落']]);
    expect(env.ui.alerts.at(-1)!.prompt).toContain('已新建工作表：台账、设置、通报正文');
  });

  it('writes every setting with its default and explanation, and reading 设置 back gives the defaults', () => {
    const env = createFakeEnv();
    setupLedger(servicesOf(env));
    const grid = env.values('设置');
    expect(grid[0]).toEqual(['项目', '值', '说明']);
    expect(grid.find((r) => r[0] === '提醒提前天数')).toEqual([
      '提醒提前天数',
      7,
      expect.stringContaining('即将到期'),
    ]);
    const { settings, findings } = parseSettings(grid as string[][]);
    expect(findings).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    // Every setting, once, in the registry's order, with its explanation in column C.
    expect(grid.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.label.zh));
    for (const def of SETTING_DEFS) {
      const row = grid.find((r) => r[0] === def.label.zh)!;
      expect([def.key, row[2]]).toEqual([def.key, def.help.zh]);
      expect([def.key, String(row[2]).length > 0]).toEqual([def.key, true]);
    }
  });

  it('wraps and top-aligns the data cells, so long problem texts stay readable', () => {
    const env = createFakeEnv();
    setupLedger(servicesOf(env));
    const ledger = env.sheet('台账');
    expect(ledger.getRange('D2').getWrap()).toBe(true);
    expect(ledger.getRange('E1000').getWrap()).toBe(true);
    expect(ledger.getRange('D2').getVerticalAlignment()).toBe('top');
    expect(ledger.getRange('A1').getFontWeight()).toBe('bold');
  });

  it('changes nothing when run a second time', () => {
    const env = createFakeEnv();
    setupLedger(servicesOf(env));
    const before = allSheets(env);
    const again = setupLedger(servicesOf(env));
    expect(again).toEqual({
      createdSheets: [],
      addedColumns: [],
      addedSettings: [],
      addedValidations: [],
      frozeHeader: false,
    });
    expect(allSheets(env)).toEqual(before);
    expect(env.ui.alerts.at(-1)!.prompt).toBe('台账、设置和通报正文都已齐全，本次没有做任何修改。');
  });

  it('uses English sheet names and headers for an English user', () => {
    const env = createFakeEnv({ userLocale: 'en_US' });
    const result = setupLedger(servicesOf(env));
    expect(result?.createdSheets).toEqual(['Ledger', 'Settings', 'Narrative']);
    expect(env.values('Ledger')[0]).toEqual(FIELD_DEFS.map((d) => d.en));
    expect(env.sheet('Ledger').getRange('J2').getDataValidation()!.getCriteriaValues()[0]).toEqual([
      'Done',
      'In progress',
      'Not done',
      'Long-term',
    ]);
  });
});

describe('setupLedger on an existing ledger', () => {
  it('adds only the missing columns, at the end, and reports them; values stay', () => {
    // A ledger under a title row, without 长期举措 and 备注, columns in its own order.
    const full = exampleGrid('ledger');
    const keep = full[0].map((_, c) => c).filter((c) => c !== 12 && c !== 16);
    const body = full.map((r) => keep.map((c) => r[c]));
    const grid = [['市文联巡察整改台账', ...new Array(body[0].length - 1).fill('')], ...body];
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    const result = setupLedger(servicesOf(env));
    expect(result?.addedColumns).toEqual(['长期举措', '备注']);
    expect(result?.createdSheets).toEqual([]);
    const after = env.values('台账');
    expect(after[1]).toEqual([...grid[1], '长期举措', '备注']);
    expect(after.map((r) => r.slice(0, grid[0].length))).toEqual(grid);
    expect(after[0].slice(grid[0].length)).toEqual(['', '']);
    expect(env.sheet('台账')._frozenRows).toBe(2);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      '已在“台账”末尾补充 2 列：长期举措、备注。原有列和数据未改动。',
    );
    // And again: nothing more to add.
    const again = setupLedger(servicesOf(env));
    expect(again?.addedColumns).toEqual([]);
    expect(again?.addedValidations).toEqual([]);
  });

  it('keeps a person’s own dropdown on an existing column', () => {
    const env = exampleEnv();
    const mine = env.SpreadsheetApp.newDataValidation().requireValueInList(['已完成', '未完成']).build();
    env.sheet('台账').getRange('J2:J1000').setDataValidation(mine);
    const result = setupLedger(servicesOf(env));
    expect(result?.addedValidations).not.toContain('整改状态');
    expect(env.sheet('台账').getRange('J5').getDataValidation()!.getCriteriaValues()[0]).toEqual([
      '已完成',
      '未完成',
    ]);
  });

  it('refuses a sheet named 台账 that has content but no header, changing nothing', () => {
    const env = createFakeEnv({
      sheets: [
        {
          name: '台账',
          values: [
            ['张三', '李四'],
            ['1', '2'],
          ],
        },
      ],
    });
    const before = allSheets(env);
    expect(setupLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('找不到台账表头');
    expect(allSheets(env)).toEqual(before);
  });

  it('refuses a protected ledger before writing anything', () => {
    const grid = exampleGrid('ledger').map((r) => r.slice(0, 14));
    const env = exampleEnv({
      owner: 'boss@example.org',
      activeUser: 'boss@example.org',
      ledger: { name: '台账', values: grid },
    });
    env.sheet('台账').protect();
    env.setActiveUser('clerk@example.org');
    const before = allSheets(env);
    expect(setupLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('工作表“台账”受保护');
    expect(allSheets(env)).toEqual(before);
  });
});

describe('setupLedger and 长期举措时限', () => {
  it('adds 长期举措时限 at the end of a ledger made before it existed, like 长期举措; values stay', () => {
    const full = exampleGrid('ledger');
    const grid = full.map((r) => r.filter((_, c) => c !== 13));
    expect(grid[0]).not.toContain('长期举措时限');
    const env = exampleEnv({ ledger: { name: '台账', values: grid } });
    const result = setupLedger(servicesOf(env));
    expect(result?.addedColumns).toEqual(['长期举措时限']);
    const after = env.values('台账');
    expect(after[0]).toEqual([...grid[0], '长期举措时限']);
    expect(after.map((r) => r.slice(0, grid[0].length))).toEqual(grid);
    expect(after.slice(1).every((r) => r[grid[0].length] === '')).toBe(true);
  });
});

describe('setupLedger with 销号需审核 = 是', () => {
  /** The example 设置 with 销号需审核 turned on. */
  const reviewSettings = () => [...exampleGrid('settings'), ['销号需审核', '是']];

  it('adds exactly 销号审核人 and 审核日期 at the end of an existing ledger, and a second run changes nothing', () => {
    const grid = exampleGrid('ledger');
    const env = exampleEnv({ settings: reviewSettings() });
    const result = setupLedger(servicesOf(env));
    expect(result?.addedColumns).toEqual(['销号审核人', '审核日期']);
    expect(result?.createdSheets).toEqual([]);
    const after = env.values('台账');
    expect(after[0]).toEqual([...grid[0], '销号审核人', '审核日期']);
    // Every value a person typed is where it was; the new columns are empty.
    expect(after.map((r) => r.slice(0, grid[0].length))).toEqual(grid);
    expect(after.slice(1).every((r) => r[17] === '' && r[18] === '')).toBe(true);
    // 审核日期 (column S) checks for a date; 销号审核人 (R) is free text.
    const ledger = env.sheet('台账');
    expect(ledger.getRange('S2').getDataValidation()!.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(ledger.getRange('R2').getDataValidation()).toBeNull();
    expect(result?.addedValidations).toContain('审核日期');
    expect(result?.addedValidations).not.toContain('销号审核人');
    expect(env.ui.alerts.at(-1)!.prompt).toContain('已在“台账”末尾补充 2 列：销号审核人、审核日期。');

    const before = allSheets(env);
    const again = setupLedger(servicesOf(env));
    expect(again).toMatchObject({ addedColumns: [], addedValidations: [], addedSettings: [] });
    expect(allSheets(env)).toEqual(before);
  });

  it('with 销号需审核 = 否 adds no approval columns to the example ledger', () => {
    const env = exampleEnv({ settings: [...exampleGrid('settings'), ['销号需审核', '否']] });
    const result = setupLedger(servicesOf(env));
    expect(result?.addedColumns).toEqual([]);
    expect(env.values('台账')[0]).toEqual(exampleGrid('ledger')[0]);
  });

  it('keeps approval columns a ledger already has, under their aliases, and adds only the missing one', () => {
    const grid = exampleGrid('ledger').map((r, i) => [...r, i === 0 ? '销号日期' : '']);
    const env = exampleEnv({ ledger: { name: '台账', values: grid }, settings: reviewSettings() });
    const result = setupLedger(servicesOf(env));
    expect(result?.addedColumns).toEqual(['销号审核人']);
    expect(env.values('台账')[0]).toEqual([...grid[0], '销号审核人']);
  });

  it('puts them before 备注 on a new ledger, counted as created, not added', () => {
    const env = createFakeEnv({
      sheets: [
        {
          name: '设置',
          values: [
            ['项目', '值'],
            ['销号需审核', '是'],
          ],
        },
      ],
    });
    const result = setupLedger(servicesOf(env));
    expect(result?.createdSheets).toEqual(['台账', '通报正文']);
    expect(result?.addedColumns).toEqual([]);
    expect(result?.addedValidations).toEqual([]);
    const header = env.values('台账')[0];
    expect(header.slice(-3)).toEqual(['销号审核人', '审核日期', '备注']);
    expect(header).toHaveLength(FIELD_DEFS.length + 2);
    // The status dropdown still lands on 整改状态 (J), and 审核日期 (R) gets its date check.
    expect(env.sheet('台账').getRange('J2').getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(env.sheet('台账').getRange('R2').getDataValidation()!.getCriteriaType()).toBe(
      'DATE_IS_VALID_DATE',
    );
  });
});
