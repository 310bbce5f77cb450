// Every sheet Rectify appends to grows before it writes: 提醒记录, 修改记录, 汇总, _台账快照 and 设置 past 1,000 and 10,000 rows.
import { describe, expect, it } from '@jest/globals';
import { HISTORY_SHEET, logHeader, logRow, REMINDER_LOG_SHEET } from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { onLedgerEdit, SNAPSHOT_SHEET } from '../../src/gas/history/edits';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { enableDailyReminders } from '../../src/gas/reminders/trigger';
import { saveSettings } from '../../src/gas/sidebar/settings';
import { generatedEnv } from './generated';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

/** A sheet filled to its very last row, as one that has been appended to for years would be. */
function fullSheet(name: string, header: unknown[], row: (i: number) => unknown[], rows: number) {
  const values = [header, ...Array.from({ length: rows - 1 }, (_v, i) => row(i))];
  return { name, values, maxRows: rows };
}

describe.each([1_000, 10_000])('a sheet already %i rows long, every row used', (rows) => {
  it('提醒记录: the daily run appends its rows below, and a second run the same day sends nothing again', () => {
    const old = (i: number) =>
      logRow(
        {
          date: '2020-01-01',
          recipient: `old${i}@example.org`,
          kind: 'office',
          status: 'sent',
          items: [],
          note: '',
        },
        '2020-01-01 08:00',
        'zh',
      );
    const env = exampleEnv({ extraSheets: [fullSheet(REMINDER_LOG_SHEET, logHeader('zh'), old, rows)] });
    const s = servicesOf(env);
    enableDailyReminders(s);
    env.lock.endExecution();
    const first = dailyReminders(undefined, s);
    expect(first.status).toBe('done');
    expect(first.sent.length).toBeGreaterThan(0);
    const log = env.values(REMINDER_LOG_SHEET);
    expect(log.length).toBe(rows + first.sent.length);
    expect(log[rows].slice(2, 3)).toEqual([first.sent[0]]);
    env.lock.endExecution();
    const second = dailyReminders(undefined, s);
    expect(second.sent).toEqual([]);
    expect(env.sentMail).toHaveLength(first.sent.length);
  });

  it('修改记录: an edit is appended below the last row instead of being refused', () => {
    const header = ['时间', '修改人', '单元格', '编号', '字段', '原值', '新值'];
    const old = (i: number) => ['2020-01-01', 'old@example.org', 'A2', `${i}`, '备注', '', 'x'];
    const env = exampleEnv({ extraSheets: [fullSheet(HISTORY_SHEET, header, old, rows)] });
    const s = servicesOf(env);
    setupLedger(s);
    env.lock.endExecution();
    const range = env.calls.untracked(() => env.sheet('台账').getRange('J3'));
    env.calls.untracked(() => range.setValue('已完成'));
    const e = {
      range,
      source: env.spreadsheet,
      authMode: 'FULL',
      value: '已完成',
      oldValue: '正在整改',
      user: env.Session.getActiveUser(),
    };
    expect(onLedgerEdit(e as unknown as GoogleAppsScript.Events.SheetsOnEdit, s).logged).toBe(1);
    const log = env.values(HISTORY_SHEET);
    expect(log.length).toBe(rows + 1);
    expect(log[rows].slice(2, 7)).toEqual(['J3', '2-1', '整改状态', '正在整改', '已完成']);
  });

  it('设置: set-up appends the missing settings below, and the form saves a new one below that', () => {
    const filler = (i: number) => [`（备注${i}）`, '', ''];
    const present = exampleGrid('settings').filter((r) => r[0] !== '提醒时间（点）');
    const values = [...present, ...Array.from({ length: rows - present.length }, (_v, i) => filler(i))];
    const env = exampleEnv({ settings: values });
    expect(env.sheet('设置')._maxRows).toBe(rows);
    const s = servicesOf(env);
    expect(setupLedger(s)?.addedSettings).toContain('提醒时间（点）');
    env.lock.endExecution();
    const settings = env.values('设置');
    expect(settings.length).toBeGreaterThan(rows);
    expect(settings.slice(rows).map((r) => r[0])).toContain('提醒时间（点）');
    const saved = saveSettings({ reminderHour: '9' }, s);
    expect(saved.ok).toBe(true);
    expect(env.values('设置').find((r) => r[0] === '提醒时间（点）')?.[1]).toBe(9);
  });
});

describe.each([1_001, 10_001])('a ledger of %i rows', (rows) => {
  it('_台账快照: set-up grows the snapshot to hold every row', () => {
    const env = generatedEnv(rows);
    setupLedger(servicesOf(env));
    expect(env.values(SNAPSHOT_SHEET).length).toBe(env.values('台账').length);
    expect(env.sheet(SNAPSHOT_SHEET).getMaxRows()).toBeGreaterThanOrEqual(rows);
  });

  it('汇总: with every problem overdue, the overdue list runs past the sheet’s first rows', () => {
    const ledger = exampleGrid('ledger');
    const header = ledger[0];
    const col = (name: string) => header.indexOf(name);
    const overdue = Array.from({ length: rows }, (_v, i) => {
      const r = [...ledger[1 + (i % (ledger.length - 1))]];
      r[col('编号')] = `G${i + 1}`;
      r[col('整改时限')] = '2024-01-31';
      r[col('整改状态')] = '未完成';
      r[col('完成日期')] = '';
      r[col('长期坚持')] = '';
      return r;
    });
    const env = exampleEnv({ ledger: { name: '台账', values: [header, ...overdue] } });
    const result = updateTotals(servicesOf(env))!;
    expect(result.totals.overdueDays.length).toBe(rows);
    const totals = env.values(result.sheetName);
    expect(totals.length).toBeGreaterThan(rows);
    expect(totals.at(-1)?.[0]).toBe(`G${rows}`);
  });
});
