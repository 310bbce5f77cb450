// The sidebar's server functions on the fakes: dashboard data, selection, commands reported in place, settings saved.
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, PALETTE, parseLedger, parseSettings } from '../../src/core';
import { withServices } from '../../src/gas/platform/services';
import { runMenuCommand } from '../../src/gas/sidebar/commands';
import { buildDashboard, MAX_FINDINGS, MAX_ITEMS, MAX_MONTHS } from '../../src/gas/sidebar/model';
import {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  SIDEBAR_FILE,
  selectCell,
  selectRow,
  showSidebar,
} from '../../src/gas/sidebar/server';
import { saveSettings, settingsWritePlan } from '../../src/gas/sidebar/settings';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { htmlFilesFromDir, loadBundle } from '../fakes/vm';
import { generatedEnv } from './generated';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

/** The pages as the build writes them (build/Sidebar.html has its script inlined), as clasp pushes them. */
const UI_DIR = join(__dirname, '../../build');

/** The example at 2024-10-30 with the sidebar page available to HtmlService. */
function sidebarEnv(options: Parameters<typeof exampleEnv>[0] = {}): FakeEnv {
  return exampleEnv({ htmlFiles: htmlFilesFromDir(UI_DIR), ...options });
}

function activeA1(env: FakeEnv): string {
  return env.calls.untracked(() => {
    const ss = env.gas.SpreadsheetApp.getActiveSpreadsheet();
    return `${ss.getActiveSheet().getName()}!${ss.getActiveRange()!.getA1Notation()}`;
  });
}

/** The form as the page sends it: every field's current text. */
function formOf(env: FakeEnv): Record<string, string> {
  const form = getSettingsForm(servicesOf(env));
  const values: Record<string, string> = {};
  for (const f of form.fields) {
    values[f.key] = f.options
      ? f.options
          .filter((o) => o.checked)
          .map((o) => o.value)
          .join('、')
      : f.value;
  }
  return values;
}

describe('showSidebar', () => {
  it('opens Sidebar.html as a titled sidebar', () => {
    const env = sidebarEnv();
    showSidebar(servicesOf(env));
    const [sidebar] = env.ui.sidebars;
    expect(sidebar.title).toBe('整改台账助手');
    expect(sidebar.content).toBe(htmlFilesFromDir(UI_DIR)[SIDEBAR_FILE]);
    // The page has no scriptlets: ledger data reaches it only through google.script.run.
    expect(sidebar.content).not.toMatch(/<\?/);
  });
});

describe('getDashboard', () => {
  it('sends the example figures at 2024-10-30 as plain data, with the overdue rows most late first', () => {
    const env = sidebarEnv();
    const d = getDashboard(servicesOf(env));
    expect(d.tiles).toEqual({
      total: 34,
      done: 15,
      inProgress: 18,
      notDone: 1,
      unknown: 0,
      longTerm: 3,
      overdue: 8,
      dueSoon: 7,
      completionRate: '44.1%',
      recovered: '0.02',
    });
    expect(d.asOf).toBe('2024-10-30');
    expect(d.sheetName).toBe('台账');
    expect(d.overdue).toHaveLength(8);
    expect(d.overdue[0]).toMatchObject({ id: '4-3', due: '2024-08-31', daysLeft: -60 });
    const grid = exampleGrid('ledger');
    for (const item of [...d.overdue, ...d.dueSoon]) expect(grid[item.row - 1][0]).toBe(item.id);
    expect(d.dueSoon.every((i) => i.daysLeft >= 0 && i.daysLeft <= 7)).toBe(true);
    expect(d.categories.reduce((n, c) => n + c.total, 0)).toBe(34);
    expect(d.errors).toBe(0);
    expect(d.findings[0]).toMatchObject({ target: 'I8', cell: 'I8', sheet: '台账', severity: 'warning' });
    // google.script.run passes only plain values: no Dates, functions or undefined survive the trip.
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(env.ui.alerts).toEqual([]);
  });

  it('counts an unreadable status (搁置) in its own tile, so the status tiles add up to the total', () => {
    const ledger = exampleGrid('ledger').map((r) => [...r]);
    const status = ledger[0].indexOf('整改状态');
    ledger[2][status] = '搁置';
    const d = getDashboard(servicesOf(sidebarEnv({ ledger: { name: '台账', values: ledger } })));
    const t = d.tiles;
    expect(t.unknown).toBe(1);
    // No status of the example is 长期坚持, so these four are all the statuses there are.
    expect(t.done + t.inProgress + t.notDone + t.unknown).toBe(t.total);
    expect(d.statusLabels.unknown).toBe('状态未填或无法识别');
  });

  it('sends the accountability figures of the example: no rate without done dates, no 待审核 unless asked', () => {
    const d = getDashboard(servicesOf(sidebarEnv()));
    expect(d.accountability).toEqual({
      onTimeRate: null,
      onTime: 0,
      measured: 0,
      undated: 15,
      flaggedDates: 0,
      extended: 0,
      extensionsUnapproved: 0,
      pendingApproval: null,
      ageing: { days1to30: 7, days31to90: 1, over90: 0 },
      completionsByMonth: [],
      monthsOmitted: 0,
    });
  });

  it('with 销号需审核 = 是 counts unapproved done problems as 待审核 and leaves them out of the completion rate', () => {
    const settings = [...exampleGrid('settings'), ['销号需审核', '是']];
    const d = getDashboard(servicesOf(sidebarEnv({ settings })));
    expect(d.accountability.pendingApproval).toBe(15);
    // The status column still says 15 are done; none of them is closed until approved, as 汇总 says.
    expect(d.tiles.done).toBe(15);
    expect(d.tiles.completionRate).toBe('0%');
  });

  it('points a 设置 finding at its own sheet', () => {
    const settings = exampleGrid('settings');
    settings.push(['提醒时间（点）', '25']);
    const env = sidebarEnv({ settings });
    const d = getDashboard(servicesOf(env));
    const finding = d.findings.find((f) => f.sheet === '设置')!;
    expect(finding).toMatchObject({ target: "'设置'!B15", severity: 'error' });
    expect(finding.message).toContain('0 到 23');
    expect(d.errors).toBe(1);
  });

  it('reports a missing ledger in place of the tiles instead of failing', () => {
    const env = createFakeEnv({ sheets: [{ name: '设置', values: exampleGrid('settings') }] });
    const d = getDashboard(servicesOf(env));
    expect(d.notice).toContain('找不到台账');
    expect(d.tiles.total).toBe(0);
    expect(d.overdue).toEqual([]);
    expect(d.asOf).toBe('2024-10-30');
  });

  it('makes the same service calls at 10, 1,000 and 10,000 rows, and its payload stays bounded', () => {
    const run = (rows: number) => {
      const env = generatedEnv(rows);
      env.calls.reset();
      const d = getDashboard(servicesOf(env));
      const calls = env.calls.snapshot();
      // formatDate runs once per distinct done date, a property of the data, not of the sheet calls.
      delete calls['Utilities.formatDate'];
      return { calls, d, bytes: JSON.stringify(d).length };
    };
    const small = run(10);
    const large = run(10_000);
    expect(run(1_000).calls).toEqual(small.calls);
    expect(large.calls).toEqual(small.calls);
    expect(large.d.tiles.total).toBe(10_000);
    expect(large.d.overdue).toHaveLength(MAX_ITEMS);
    expect(large.d.tiles.overdue).toBeGreaterThan(MAX_ITEMS);
    expect(large.d.findings.length).toBeLessThanOrEqual(MAX_FINDINGS);
    expect(large.bytes).toBeLessThan(200_000);
  });

  it('reads the sheets once and writes nothing', () => {
    const env = sidebarEnv();
    env.calls.reset();
    getDashboard(servicesOf(env));
    const calls = env.calls.snapshot();
    expect(calls['Range.getValues']).toBe(2);
    expect(Object.keys(calls).filter((k) => /\.(set|insert|clear|delete)/.test(k))).toEqual([]);
  });
});

describe('buildDashboard accountability', () => {
  const asOf = '2024-10-30';
  const onTimeDates = ['2023-05-10', '2023-09-01', '2024-01-15', '2024-03-03', '2024-06-01', '2024-06-30'];
  const lateDates = ['2024-07-01', '2024-07-20', '2024-08-02', '2024-08-30', '2024-09-15'];
  const grid = [
    ['编号', '问题描述', '整改时限', '整改状态', '完成日期', '延期至', '延期批准'],
    ...[...onTimeDates, ...lateDates].map((d, i) => [`D${i + 1}`, '问题', '2024-06-30', '已完成', d, '', '']),
    ['U1', '未填完成日期', '2024-06-30', '已完成', '', '', ''],
    ['E1', '批准延期', '2024-06-30', '正在整改', '', '2024-12-31', '文联党组〔2024〕5号'],
    ['E2', '未获批准', '2024-10-15', '正在整改', '', '2024-12-31', ''],
    ['O1', '逾期已久', '2024-06-30', '正在整改', '', '', ''],
  ];
  const problems = parseLedger(grid, { asOf }).ledger!.problems;
  const dashboard = (closureReview: boolean) =>
    buildDashboard({
      problems,
      findings: [],
      settings: { ...DEFAULT_SETTINGS, closureReview },
      asOf,
      locale: 'zh',
      sheetName: '台账',
    }).accountability;

  it('shows the completion rate rounded once from the counts: 6 done of 11 reads 54.5%, as the notice says', () => {
    const rows = Array.from({ length: 11 }, (_, i) => [
      `R${i + 1}`,
      '问题',
      '2024-12-31',
      i < 6 ? '已完成' : '正在整改',
    ]);
    const eleven = parseLedger([['编号', '问题描述', '整改时限', '整改状态'], ...rows], { asOf }).ledger!
      .problems;
    const board = buildDashboard({
      problems: eleven,
      findings: [],
      settings: DEFAULT_SETTINGS,
      asOf,
      locale: 'zh',
      sheetName: '台账',
    });
    expect(JSON.stringify(board)).toContain('"54.5%"');
    expect(JSON.stringify(board)).not.toContain('54.6%');
  });

  it('rates on-time completion from the counts, so 6 of 11 reads 54.5%, and says how many were undated', () => {
    const a = dashboard(false);
    expect(a).toMatchObject({ onTimeRate: '54.5%', onTime: 6, measured: 11, undated: 1 });
  });

  it('counts an approved extension apart from an unapproved one, and ages the overdue by the deadline in force', () => {
    const a = dashboard(false);
    expect(a).toMatchObject({ extended: 1, extensionsUnapproved: 1, pendingApproval: null });
    // E1's extension takes it out of overdue; E2's does not (15 days), and O1 is 122 days late.
    expect(a.ageing).toEqual({ days1to30: 1, days31to90: 0, over90: 1 });
  });

  it('charts the latest MAX_MONTHS months without gaps and says how many earlier ones are left out', () => {
    const a = dashboard(false);
    // 2023-05 to 2024-09 is 17 months; the sidebar shows the last 12.
    expect(a.completionsByMonth).toHaveLength(MAX_MONTHS);
    expect(a.monthsOmitted).toBe(17 - MAX_MONTHS);
    expect(a.completionsByMonth[0]).toEqual({ month: '2023-10', count: 0 });
    expect(a.completionsByMonth.slice(-3)).toEqual([
      { month: '2024-07', count: 2 },
      { month: '2024-08', count: 2 },
      { month: '2024-09', count: 1 },
    ]);
    expect(a.completionsByMonth.find((m) => m.month === '2024-06')!.count).toBe(2);
  });

  it('shows 待审核 only with 销号需审核 on, where every done problem here awaits approval', () => {
    expect(dashboard(false).pendingApproval).toBeNull();
    expect(dashboard(true).pendingApproval).toBe(12);
  });
});

describe('selectRow and selectCell', () => {
  it('select the row of an item and the cell of a finding, on the sheet it names', () => {
    const env = sidebarEnv();
    const s = servicesOf(env);
    expect(selectRow(7, s)).toBe('A7:Q7'); // the example's 17 columns, A to Q
    expect(activeA1(env)).toBe('台账!A7:Q7');
    expect(selectCell('I8', s)).toBe('I8');
    expect(activeA1(env)).toBe('台账!I8');
    selectCell("'设置'!B5", s);
    expect(activeA1(env)).toBe('设置!B5');
  });

  it('refuse what is not a row or a cell with a message, not a stack trace', () => {
    const env = sidebarEnv();
    const s = servicesOf(env);
    expect(() => selectRow('7; drop', s)).toThrow('第 7; drop 行不在台账中，请刷新面板。');
    expect(() => selectRow(0, s)).toThrow('行不在台账中');
    expect(() => selectCell('=HYPERLINK()', s)).toThrow('“=HYPERLINK()”不是单元格地址。');
    expect(() => selectCell("'没有'!A1", s)).toThrow('找不到工作表“没有”');
  });
});

describe('runMenuCommand', () => {
  it('runs validate and hands back its summary instead of showing a dialog over the sidebar', () => {
    const env = sidebarEnv();
    const result = runMenuCommand('validate', servicesOf(env));
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^发现 0 个错误、35 个提醒（共 34 条整改事项，统计日期 2024-10-30）。$/);
    expect(env.ui.alerts).toEqual([]);
    // It really ran: the findings are notes on their cells.
    expect(env.snapshot('台账').notes[7][8]).toContain('10月前');
  });

  it('reports colour and totals by their toasts, and the reminders preview in full', () => {
    const env = sidebarEnv();
    const s = servicesOf(env);
    expect(runMenuCommand('colour', s).message).toMatch(/^已按 2024-10-30 标色：逾期 8，7天内到期 7/);
    expect(runMenuCommand('totals', s).message).toMatch(/^汇总已更新：截至10月30日/);
    expect(runMenuCommand('reminders', s).message).toContain('预览不发送任何邮件');
    expect(env.toasts).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
    expect(env.sheet('台账')._grid.backgrounds.raw(7, 0)).toBe(PALETTE.overdue);
  });

  it('generates the notice and links it instead of opening the dialog', () => {
    const env = sidebarEnv();
    const s = withServices(servicesOf(env), { document: env.gas.DocumentApp, drive: env.gas.Drive });
    const result = runMenuCommand('notice', s);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^通报已生成：中共攀枝花市文联党组关于/);
    const [id] = [...env.documents.docs.keys()];
    expect(result.url).toBe(`https://docs.google.com/open?id=${id}`);
    expect(env.documents.texts(id)[0]).toContain('巡察');
    expect(env.ui.dialogs).toEqual([]);
  });

  it('says another command is running, or what to fix, as a failed result', () => {
    const env = sidebarEnv();
    env.lock.holdByOther('document');
    const busy = runMenuCommand('colour', servicesOf(env));
    expect(busy).toEqual({ ok: false, message: '另一项操作正在进行，请稍后再试。' });
    const empty = createFakeEnv({ sheets: [{ name: '设置', values: exampleGrid('settings') }] });
    const missing = runMenuCommand('totals', servicesOf(empty));
    expect(missing.ok).toBe(false);
    expect(missing.message).toContain('找不到台账');
  });

  it('runs nothing the page names outside its list', () => {
    const env = sidebarEnv();
    for (const name of ['setupLedger', 'constructor', '__proto__', 42]) {
      expect(() => runMenuCommand(name, servicesOf(env))).toThrow('面板不支持命令');
    }
  });
});

describe('getSettingsForm and saveSettings', () => {
  it('fills the form from 设置, and shows a rejected value as typed with its message', () => {
    const settings = exampleGrid('settings').map((r) =>
      r[0] === '提醒提前天数' ? ['提醒提前天数', 'abc'] : r,
    );
    const env = sidebarEnv({ settings });
    const form = getSettingsForm(servicesOf(env));
    const field = (key: string) => form.fields.find((f) => f.key === key)!;
    expect(field('issuer').value).toBe('中共攀枝花市文联党组');
    expect(field('asOf')).toMatchObject({ value: '2024-10-30', control: 'date', label: '统计截止日期' });
    expect(field('leadDays').value).toBe('abc');
    expect(form.issues).toEqual([{ key: 'leadDays', message: '提醒提前天数：“abc”不是整数' }]);
    expect(form.fields.map((f) => f.key)).toHaveLength(new Set(form.fields.map((f) => f.key)).size);
  });

  it('rejects bad values with a message per field and writes nothing', () => {
    const env = sidebarEnv();
    const before = env.snapshot('设置');
    const form = {
      ...formOf(env),
      leadDays: 'abc',
      reminderHour: '25',
      leaderEmails: '党组书记=not-an-address',
    };
    env.calls.reset();
    const result = saveSettings(form, servicesOf(env));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { key: 'leadDays', message: '提醒提前天数：“abc”不是整数' },
      { key: 'reminderHour', message: '提醒时间（点）：应为 0 到 23 之间的整数' },
      { key: 'leaderEmails', message: '牵头领导邮箱：“党组书记”的邮箱“not-an-address”格式不正确' },
    ]);
    expect(env.snapshot('设置')).toEqual(before);
    expect(env.calls.snapshot()['Range.setValues']).toBeUndefined();
    expect(env.lock.state('document')).toBe('free');
  });

  it('writes only what changed, in one setValues, keeping explanations and typed text as text', () => {
    const settings = exampleGrid('settings').map((r) => [...r, r[0] === '联系电话' ? '对外公布的号码' : '']);
    const env = sidebarEnv({ settings });
    const form = {
      ...formOf(env),
      leadDays: '5',
      reminderStages: '1, 7 ,3',
      contactEmail: '=IMPORTXML("http://x")',
      fontBody: '仿宋',
    };
    env.calls.reset();
    const result = saveSettings(form, servicesOf(env));
    expect(result.ok).toBe(true);
    expect(result.message).toBe(
      '已保存到“设置”表：电子邮箱、提醒提前天数、正文字体、提醒阶段（到期前天数）。',
    );
    const calls = env.calls.snapshot();
    expect(calls['Range.setValues']).toBe(1);
    expect(Object.keys(calls).filter((k) => /\.(set(?!Active)|insert|clear|delete)/.test(k))).toEqual([
      'Range.setValues',
    ]);
    const after = env.snapshot('设置');
    const row = (key: string) => after.values.find((r) => r[0] === key)!;
    expect(row('提醒提前天数')[1]).toBe(5);
    expect(row('电子邮箱')[1]).toBe('=IMPORTXML("http://x")');
    expect(after.formulas.flat().filter(Boolean)).toEqual([]);
    expect(row('联系电话')).toEqual(['联系电话', '0812—5503651', '对外公布的号码']);
    expect(row('正文字体')).toEqual(['正文字体', '仿宋', '公文正文用仿宋']);
    expect(row('提醒阶段（到期前天数）')[1]).toBe('7、3、1');
    // Untouched rows keep their exact values, and the sheet now reads back as saved.
    expect(row('发文单位')).toEqual(['发文单位', '中共攀枝花市文联党组', '']);
    const reread = parseSettings(after.values as string[][]).settings;
    expect(reread).toMatchObject({ leadDays: 5, reminderStages: [7, 3, 1], fontBody: '仿宋' });
    expect(result.form!.fields.find((f) => f.key === 'reminderStages')!.value).toBe('7、3、1');
  });

  it('saving the form unchanged writes nothing', () => {
    const env = sidebarEnv();
    const before = env.snapshot('设置');
    env.calls.reset();
    const result = saveSettings(formOf(env), servicesOf(env));
    expect(result).toMatchObject({ ok: true, message: '没有改动。', written: [] });
    expect(env.calls.snapshot()['Range.setValues']).toBeUndefined();
    expect(env.snapshot('设置')).toEqual(before);
  });

  it('creates 设置 with its header when the spreadsheet has none', () => {
    const env = createFakeEnv({ sheets: [{ name: '台账', values: exampleGrid('ledger') }] });
    const result = saveSettings({ leadDays: '3', issuer: '市文联党组' }, servicesOf(env));
    expect(result.ok).toBe(true);
    expect(env.values('设置')).toEqual([
      ['项目', '值', '说明'],
      ['发文单位', '市文联党组', '通报落款，如：中共××市文联党组'],
      ['提醒提前天数', 3, '到期前多少天标为“即将到期”（0–365）'],
    ]);
  });

  it('refuses while another command holds the lock', () => {
    const env = sidebarEnv();
    env.lock.holdByOther('document');
    expect(() => saveSettings({ leadDays: '3' }, servicesOf(env))).toThrow(
      '另一项操作正在进行，请稍后再保存。',
    );
  });

  it('plans one block from the first changed row to the last appended one', () => {
    const grid = [
      ['项目', '值'],
      ['发文单位', 'A'],
      ['备注', '=1+1'],
      ['提醒提前天数', 7],
    ];
    const formulas = [
      ['', ''],
      ['', ''],
      ['', '=1+1'],
      ['', ''],
    ];
    const plan = settingsWritePlan(
      grid,
      formulas,
      [
        { def: { key: 'leadDays', label: { zh: '提醒提前天数' } } as never, value: 3 },
        {
          def: { key: 'reminderHour', label: { zh: '提醒时间（点）' }, help: { zh: '几点' } } as never,
          value: 9,
        },
      ],
      'zh',
    );
    expect(plan).toEqual({
      row: 4,
      // Text is marked as text (a leading apostrophe Sheets does not store), so nothing becomes a formula.
      values: [
        ["'提醒提前天数", 3, ''],
        ["'提醒时间（点）", 9, "'几点"],
      ],
    });
    const plan2 = settingsWritePlan(grid, formulas, [{ def: { key: 'issuer' } as never, value: 'B' }], 'zh');
    // A person's formula in an untouched row inside the block is written back as the formula.
    expect(plan2!.values).toEqual([
      ["'发文单位", 'B', ''],
      ["'备注", '=1+1', ''],
      ["'提醒提前天数", 7, ''],
    ]);
  });
});

describe('getNoticePreview', () => {
  it('sends the notice as paragraphs of plain text runs', () => {
    const env = sidebarEnv();
    const preview = getNoticePreview(servicesOf(env));
    expect(preview.paragraphs[0].role).toBe('title');
    expect(preview.paragraphs[0].runs.map((r) => r.text).join('')).toContain('巡察');
    const text = preview.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
    expect(text).toContain('截至10月30日');
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  });
});

describe('the bundle', () => {
  it('serves the dashboard and the form from build/Code.js with only the fakes as globals', () => {
    const env = exampleEnv({ pinAsOf: true, htmlFiles: htmlFilesFromDir(UI_DIR) });
    const context = loadBundle(env);
    const d = context.getDashboard();
    expect(d.tiles.overdue).toBe(8);
    expect(d.asOf).toBe('2024-10-30');
    const form = context.getSettingsForm();
    expect(form.fields.find((f: { key: string }) => f.key === 'leadDays').value).toBe('7');
    context.showSidebar();
    expect(env.ui.sidebars).toHaveLength(1);
    expect(context.saveSettings({ reminderHour: '25' }).issues[0].key).toBe('reminderHour');
  });
});
