// onOpen's menu (add-on vs bound, Chinese vs English) and the 帮助 dialog with the legend.
import { describe, expect, it } from '@jest/globals';
import { escapeHtml, PALETTE } from '../../src/core';
import { helpHtml, showHelp } from '../../src/gas/commands/show-help';
import { onInstall, onOpen } from '../../src/gas/main';
import { addMenu } from '../../src/gas/menu';
import { createFakeEnv, installGlobals, uninstallGlobals } from '../fakes';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

describe('onOpen', () => {
  it('adds 整改台账 with the commands, a 提醒 submenu and 帮助, using createMenu when bound', () => {
    const env = createFakeEnv();
    installGlobals(env);
    try {
      onOpen({ authMode: env.ScriptApp.AuthMode.LIMITED } as never);
    } finally {
      uninstallGlobals();
    }
    expect(env.ui.menus).toHaveLength(1);
    expect(env.ui.menus[0]).toMatchObject({ caption: '整改台账', addon: false });
    const items = env.ui.menuItems();
    expect(items.slice(0, 4).map((i) => i.caption)).toEqual([
      '初始化台账',
      '校验台账',
      '标记逾期',
      '汇总统计',
    ]);
    expect(items.filter((i) => i.path.length === 2).map((i) => i.functionName)).toEqual([
      'previewReminders',
      'enableDailyReminders',
      'disableDailyReminders',
    ]);
    expect(items.at(-1)).toMatchObject({ caption: '帮助', functionName: 'showHelp' });
  });

  it('uses createAddonMenu when running as an add-on, and English captions for an English account', () => {
    const env = createFakeEnv({ userLocale: 'en_US' });
    installGlobals(env);
    try {
      // Only an installed add-on opens in AuthMode.NONE.
      addMenu({ authMode: env.ScriptApp.AuthMode.NONE } as never, env.gas.SpreadsheetApp.getUi(), 'en');
    } finally {
      uninstallGlobals();
    }
    expect(env.ui.menus[0].addon).toBe(true);
    expect(env.ui.menuItems()[0]).toMatchObject({ caption: 'Set up ledger', functionName: 'setupLedger' });
  });

  it('onInstall shows the menu at once, touching no data', () => {
    const env = createFakeEnv();
    installGlobals(env);
    try {
      env.calls.reset();
      onInstall({ authMode: env.ScriptApp.AuthMode.FULL } as never);
    } finally {
      uninstallGlobals();
    }
    expect(env.ui.menus).toHaveLength(1);
    expect(env.calls.total('Range.') + env.calls.total('Sheet.')).toBe(0);
  });
});

describe('showHelp', () => {
  it('opens a modal dialog explaining each command, with the legend in the palette colours', () => {
    const env = exampleEnv({ settings: [...exampleGrid('settings'), ['提醒提前天数', 5]] });
    showHelp(servicesOf(env));
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('整改台账助手 · 帮助');
    for (const word of ['初始化台账', '校验台账', '标记逾期', '汇总统计', '5天内到期', '【整改台账助手】']) {
      expect(dialog.content).toContain(word);
    }
    for (const colour of Object.values(PALETTE)) expect(dialog.content).toContain(`background:${colour}`);
  });

  it('opens on a brand-new spreadsheet and in English', () => {
    const env = createFakeEnv({ userLocale: 'en_US' });
    showHelp(servicesOf(env));
    expect(env.ui.dialogs.at(-1)!.content).toContain('What the Rectify menu does');
  });

  it('escapes everything it puts into HTML', () => {
    expect(escapeHtml(`<b onclick="x">'&'</b>`)).toBe(
      '&#60;b onclick=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/b&#62;',
    );
    expect(helpHtml('zh', 7)).not.toContain('<?');
  });
});
