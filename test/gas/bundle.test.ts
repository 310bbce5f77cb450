// The built bundle (build/Code.js) in a bare node:vm context whose only globals are the fakes: what Apps Script runs.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PALETTE } from '../../src/core';
import { BUNDLE as CODE, loadBuiltBundle } from './bundle';
import { exampleEnv, exampleGrid } from './helpers';

describe('build/Code.js', () => {
  it('is self-contained: no require(, no process., under 224 KB', () => {
    const code = readFileSync(CODE, 'utf8');
    expect(code).not.toContain('require(');
    expect(code).not.toMatch(/\bprocess\./);
    expect(statSync(CODE).size).toBeLessThan(224 * 1024);
  });

  it('declares the stable global functions as top-level functions', () => {
    const code = readFileSync(CODE, 'utf8');
    for (const name of [
      'onOpen',
      'onInstall',
      'setupLedger',
      'validateLedger',
      'colourLedger',
      'updateTotals',
      'showHelp',
    ]) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });
});

describe('the commands inside the bundle', () => {
  // The bundle reads the real clock, so the example's pinned as-of date (2024-10-30) decides.
  function load() {
    const env = exampleEnv({ pinAsOf: true });
    const context = loadBuiltBundle(env);
    return { env, g: context };
  }

  it('onOpen in AuthMode.NONE (an add-on not yet used here) builds the Extensions menu without reading data', () => {
    const { env, g } = load();
    env.calls.reset();
    g.onOpen({ authMode: 'NONE' });
    const items = env.ui.menuItems();
    expect(env.ui.menus[0].addon).toBe(true);
    expect(items.map((i) => i.functionName)).toEqual(
      expect.arrayContaining(['setupLedger', 'validateLedger', 'colourLedger', 'updateTotals', 'showHelp']),
    );
    expect(env.calls.total('Range.')).toBe(0);
    expect(env.calls.total('Sheet.')).toBe(0);
    expect(env.calls.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
    expect(env.calls.total('PropertiesService.')).toBe(0);
  });

  it('onOpen in a bound script (AuthMode.LIMITED) adds the top-level 整改台账 menu', () => {
    const { env, g } = load();
    g.onOpen({ authMode: 'LIMITED' });
    expect(env.ui.menus[0]).toMatchObject({ caption: '整改台账', addon: false });
  });

  it('validateLedger, colourLedger and updateTotals work on the example as Apps Script would run them', () => {
    const { env, g } = load();
    const before = env.values('台账');
    g.validateLedger();
    expect(env.ui.alerts.at(-1)!.prompt).toMatch(
      /^发现 0 个错误、\d+ 个提醒（共 34 条整改事项，统计日期 2024-10-30）/,
    );
    g.colourLedger();
    const fills = env.snapshot('台账').backgrounds;
    expect([2, 8, 11, 27, 28, 29, 34, 35].map((r) => fills[r - 1][0])).toEqual(
      new Array(8).fill(PALETTE.overdue),
    );
    expect(fills[8][0]).toBe(PALETTE.done);
    g.updateTotals();
    const totals = env.values('汇总');
    expect(totals[1][0]).toMatch(/^截至10月30日，巡察反馈的34个具体问题，已完成整改15个/);
    expect(env.sheet('汇总')._charts).toHaveLength(1);
    expect(env.values('台账')).toEqual(before);
    expect(env.lock.state('document')).toBe('free');
  });

  it('setupLedger and showHelp run from the bundle, and a locked document gets the message', () => {
    const { env, g } = load();
    g.setupLedger();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('已在“设置”中补充');
    expect(env.values('台账')[0]).toEqual(exampleGrid('ledger')[0]);
    g.showHelp();
    expect(env.ui.dialogs.at(-1)!.title).toBe('整改台账助手 · 帮助');
    env.lock.holdByOther('document');
    g.colourLedger();
    expect(env.ui.alerts.at(-1)!.prompt).toBe('另一项操作正在进行，请稍后再试。');
  });
});
