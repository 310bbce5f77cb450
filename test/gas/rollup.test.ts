// The Sheets roll-up on the fakes: units opened by link, batch reads, a continuation across two runs, the overview sheets.
import { describe, expect, test } from '@jest/globals';
import { type Services, withServices } from '../../src/gas/platform/services';
import { CONTINUE_AFTER_MS, continueRollup, RUN_BUDGET_MS, rollupUnits } from '../../src/gas/rollup/run';
import { unitRows } from '../cli/rollup-fixtures';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { requiredScopes } from '../fakes/scopes';
import { servicesOf } from './helpers';
import { HEADER, manifestScopes, PER_UNIT_MS, rollupEnv, START, url } from './rollup-env';

/** Services whose clock advances by PER_UNIT_MS each time a unit's spreadsheet is opened. */
function clocked(env: FakeEnv): { services: Services; clock: { now: number } } {
  const clock = { now: START };
  const base = servicesOf(env);
  const app = env.gas.SpreadsheetApp;
  const spreadsheet = new Proxy(app, {
    get(target, key) {
      if (key === 'openByUrl')
        return (u: string) => {
          clock.now += PER_UNIT_MS;
          return target.openByUrl(u);
        };
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { services: withServices(base, { spreadsheet, now: () => new Date(clock.now) }), clock };
}

const continuations = (env: FakeEnv) => env.triggers.all().filter((t) => t.handler === 'continueRollup');

describe('汇总各单位台账 across two runs', () => {
  test('the first run reads what fits its budget, saves a cursor and schedules one follow-up', () => {
    const env = rollupEnv();
    const { services } = clocked(env);
    env.calls.reset();
    const run = rollupUnits(services);
    expect(run).toMatchObject({ status: 'paused', read: 3, count: 5, runs: 1 });
    expect(3 * PER_UNIT_MS).toBeGreaterThanOrEqual(RUN_BUDGET_MS);
    // One one-off trigger a minute later; nothing of the overview written yet.
    expect(continuations(env)).toEqual([
      expect.objectContaining({ eventType: 'CLOCK', schedule: { after: CONTINUE_AFTER_MS } }),
    ]);
    expect(env.spreadsheet._sheet('各单位汇总')).toBeNull();
    expect(env.toasts.at(-1)?.message).toContain('已读取 3/5 家单位的台账');
    // Batch reads: one getValues a sheet. The roll-up's 设置; 财政局's 设置 and 台账; 教育局 has no 设置, and its
    // ledger is found by header behind a cover sheet (封面, Sheet1); the link no one can open reads nothing.
    expect(env.calls.count('SpreadsheetApp.openByUrl')).toBe(3);
    expect(env.calls.count('Range.getValues')).toBe(1 + 2 + 2);
    expect(env.calls.count('Range.setValues')).toBe(1);
  });

  test('the follow-up run reads the rest, writes the overview, and leaves no trigger, cursor or progress behind', () => {
    const env = rollupEnv();
    const { services, clock } = clocked(env);
    const settingsBefore = env.snapshot('设置');
    rollupUnits(services);
    clock.now += CONTINUE_AFTER_MS;
    // The trigger's run: no UI, and the spreadsheet opened by the saved id.
    env.ui.available = false;
    env.calls.reset();
    const run = continueRollup(services);
    expect(run).toMatchObject({ status: 'done', read: 5, count: 5, runs: 2 });
    expect(env.calls.count('SpreadsheetApp.openById')).toBe(1);
    expect(env.calls.count('SpreadsheetApp.openByUrl')).toBe(2);
    expect(continuations(env)).toEqual([]);
    expect(env.properties.script.size).toBe(0);
    expect(env.spreadsheet._sheet('_汇总进度')).toBeNull();
    // The 设置 the office typed is only read.
    expect(env.snapshot('设置')).toEqual(settingsBefore);

    const units = env.values('各单位汇总');
    expect(units[1][0]).toBe(
      '截至10月30日，4家被巡察党组织巡察反馈的41个问题，已完成整改26个，正在整改9个，未完成3个，长期坚持3个，总体完成率63.41%，追赃挽损1.75万元。',
    );
    expect(units[2].slice(0, 4)).toEqual(['序号', '单位', '问题数', '已完成']);
    expect(units.slice(3, 7).map((r) => [r[1], r[2], r[3], r[10]])).toEqual([
      ['市财政局党组', 13, 8, 2],
      ['市教育局党组', 9, 5, 0],
      ['市卫健委', 8, 3, 3],
      ['Water Bureau', 11, 10, 1],
    ]);
    expect(units[7].slice(1, 5)).toEqual(['合计', 41, 26, 9]);
    expect(
      env
        .values('按逾期排名')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['市卫健委', '市财政局党组', 'Water Bureau', '市教育局党组']);
    expect(env.values('逾期问题')).toHaveLength(1 + 6);
    expect(env.values('共性问题')[1].slice(0, 3)).toEqual(['政治建设', 4, 15]);
    expect(env.values('未汇总')).toEqual([
      ['文件', '原因'],
      [url('unitNobody'), expect.stringContaining('无法打开')],
    ]);
    const charts = env.sheet('图表').getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getOptions().get('isStacked')).toBe(true);
  });

  test('a second click while the follow-up is pending continues from the cursor instead of starting over', () => {
    const env = rollupEnv();
    const { services } = clocked(env);
    rollupUnits(services);
    env.calls.reset();
    const run = rollupUnits(services);
    expect(run).toMatchObject({ status: 'done', runs: 2 });
    expect(env.calls.count('SpreadsheetApp.openByUrl')).toBe(2);
  });

  test('a list changed between runs starts the roll-up again rather than mixing two lists', () => {
    const env = rollupEnv();
    const { services } = clocked(env);
    rollupUnits(services);
    env.sheet('设置')._grid.values.set(4, 1, url('unitWater'));
    env.calls.reset();
    const run = continueRollup(services);
    expect(run).toMatchObject({ status: 'paused', read: 3, runs: 1 });
  });
});

describe('scopes', () => {
  test('under the unit add-on manifest (spreadsheets.currentonly) no other spreadsheet can be opened', () => {
    expect(manifestScopes('appsscript.json')).toContain(
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(manifestScopes('appsscript.json')).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    const env = rollupEnv(manifestScopes('appsscript.json'));
    expect(rollupUnits(servicesOf(env))).toMatchObject({ status: 'done', read: 5 });
    expect(
      env
        .values('未汇总')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(
      Array(5).fill(
        expect.stringContaining(
          'You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: https://www.googleapis.com/auth/spreadsheets',
        ),
      ),
    );
  });
});

describe('appsscript.rollup.json', () => {
  test('covers every method the two runs and the menu call, and asks for no scope none of them needs', () => {
    const env = rollupEnv();
    const { services, clock } = clocked(env);
    rollupUnits(services);
    clock.now += CONTINUE_AFTER_MS;
    env.ui.available = false;
    continueRollup(services);
    const called = Object.keys(env.calls.snapshot()).filter((m) => !m.startsWith('console.'));
    const granted = manifestScopes('appsscript.rollup.json');
    const uncovered = called.filter((m) => {
      const scopes = requiredScopes(m) ?? [];
      return scopes.length > 0 && !scopes.some((s) => granted.includes(s));
    });
    expect(uncovered).toEqual([]);
    // Menus, alerts and toasts need no scope of their own in Google's reference: no script.container.ui.
    const used = granted.filter((s) => called.some((m) => (requiredScopes(m) ?? []).includes(s)));
    expect(used).toEqual(granted);
    expect(granted).toEqual([
      'https://www.googleapis.com/auth/spreadsheets',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });
});

describe('large roll-ups', () => {
  test('an overdue list longer than a new sheet’s 1,000 rows is written whole (the sheet grows first)', () => {
    const env = createFakeEnv({
      scopes: manifestScopes('appsscript.rollup.json'),
      sheets: [{ name: '设置', values: [['单位台账', url('big')]] }],
    });
    env.addSpreadsheet({
      id: 'big',
      name: '大单位',
      sheets: [
        {
          name: '台账',
          values: [HEADER, ...unitRows({ done: 1, overdue: 1200, dueSoon: 0, notDone: 0, longTerm: 0 })],
        },
      ],
    });
    expect(rollupUnits(servicesOf(env))).toMatchObject({ status: 'done' });
    expect(env.values('逾期问题')).toHaveLength(1 + 1200);
    expect(env.sheet('逾期问题').getMaxRows()).toBeGreaterThanOrEqual(1201);
  });
});

describe('the reconciliation check in Sheets', () => {
  test('a saved unit whose figures no longer add up stops the roll-up before any overview sheet is written', () => {
    const env = rollupEnv();
    const { services, clock } = clocked(env);
    rollupUnits(services);
    // Someone edits the hidden progress sheet between the runs: 财政局's problems become 14 (its statuses add to 13).
    const progress = env.sheet('_汇总进度')._grid.values;
    const json = String(progress.raw(0, 0));
    expect(json).toContain('"unit":"市财政局党组"');
    progress.set(0, 0, json.replace('"total":13', '"total":14'));
    clock.now += CONTINUE_AFTER_MS;
    env.ui.available = false;
    // A follow-up run has no one to alert: the execution fails with the message, which Apps Script logs and mails.
    expect(() => continueRollup(services)).toThrow('市财政局党组：“各状态之和”为13，应为14');
    expect(env.spreadsheet._sheet('各单位汇总')).toBeNull();
    // Nothing is left to run again on its own.
    expect(continuations(env)).toEqual([]);
  });
});
