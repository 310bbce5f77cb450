// One command, two presenters: the menu shows the report as a dialog or toast, the sidebar returns it as JSON.
import { describe, expect, it } from '@jest/globals';
import { say } from '../../src/core/messages/bilingual';
import { commandCaptions, SIDEBAR_BUTTONS } from '../../src/core/messages/commands';
import { helpHtml } from '../../src/gas/commands/show-help';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { menuItems } from '../../src/gas/menu';
import { runOutcome } from '../../src/gas/platform/command';
import { sidebarPresenter } from '../../src/gas/platform/presenters';
import { withServices } from '../../src/gas/platform/services';
import { runMenuCommand } from '../../src/gas/sidebar/commands';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

/** A report whose dialog has paragraphs and a closing word, and whose brief is one sentence. */
const REPORT = {
  show: 'alert',
  locale: 'zh',
  lines: ['第一段：共 3 条。', '', '第二段，改写过的措辞。', '', '结尾的说明。'],
  brief: ['第一段：共 3 条。'],
} as const;

describe('presenters', () => {
  it('the menu shows the whole dialog under the command’s caption; the sidebar shows the brief it was given', () => {
    const env = exampleEnv();
    const s = servicesOf(env);
    const command = () => ({ writes: { blocks: [] }, report: REPORT, value: 1 });
    expect(runOutcome('validateLedger', s, command)).toBe(1);
    expect(env.ui.alerts.at(-1)).toMatchObject({
      title: '整改台账助手 · 校验台账',
      prompt: REPORT.lines.join('\n'),
    });
    const presenter = sidebarPresenter(s);
    runOutcome('validateLedger', withServices(s, { presenter }), command);
    expect(presenter.result()).toEqual({ ok: true, message: '第一段：共 3 条。' });
    expect(env.ui.alerts).toHaveLength(1);
  });

  it('rewording the dialog does not change what the sidebar shows: it never reads the dialog', () => {
    const env = exampleEnv();
    const s = servicesOf(env);
    const presenter = sidebarPresenter(s);
    const reworded = { ...REPORT, lines: ['完全不同的措辞\n\n另起一段'] };
    runOutcome('validateLedger', withServices(s, { presenter }), () => ({
      writes: { blocks: [] },
      report: reworded,
      value: 1,
    }));
    expect(presenter.result()).toEqual({ ok: true, message: '第一段：共 3 条。' });
    // Without a brief the sidebar shows every line: no paragraph is cut off at a blank line.
    const whole = sidebarPresenter(s);
    const lines = ['甲\n\n乙'];
    runOutcome('colourLedger', withServices(s, { presenter: whole }), () => ({
      writes: { blocks: [] },
      report: { show: 'toast', locale: 'zh', lines },
      value: 1,
    }));
    expect(whole.result()).toEqual({ ok: true, message: '甲\n\n乙' });
  });

  it('success is said, not guessed: a command with no value that reports is ok; a refusal is not', () => {
    const env = exampleEnv();
    const s = servicesOf(env);
    const done = sidebarPresenter(s);
    runOutcome('updateTotals', withServices(s, { presenter: done }), () => ({
      writes: { blocks: [] },
      report: { show: 'toast', locale: 'zh', lines: ['好'] },
      value: undefined,
    }));
    expect(done.result()).toEqual({ ok: true, message: '好' });
    env.lock.holdByOther('document');
    expect(runMenuCommand('colour', s)).toEqual({ ok: false, message: '另一项操作正在进行，请稍后再试。' });
  });

  it('validate from the sidebar answers with the counts only; the menu’s dialog also lists the cells', () => {
    const grid = exampleGrid('ledger');
    grid[2][8] = '尽快';
    const menu = exampleEnv({ ledger: { name: '台账', values: grid } });
    const side = exampleEnv({ ledger: { name: '台账', values: grid } });
    validateLedger(servicesOf(menu));
    const dialog = menu.ui.alerts.at(-1)!.prompt;
    const result = runMenuCommand('validate', servicesOf(side));
    expect(dialog).toContain('I3  错误');
    expect(result.message).toBe(dialog.split('\n')[0]);
    expect(result.message).not.toContain('I3');
  });
});

describe('one caption per command', () => {
  it('the menu, the help dialog and the sidebar buttons take the caption from commandCaptions', () => {
    for (const locale of ['zh', 'en'] as const) {
      const items = menuItems(locale).items.flatMap((i) => (i.submenu ? i.submenu.items : [i]));
      for (const item of items.filter((i) => i.fn)) {
        expect(item.caption).toBe(say(locale, commandCaptions[item.fn as keyof typeof commandCaptions]));
      }
      const help = helpHtml(locale, 7);
      for (const fn of [
        'setupLedger',
        'validateLedger',
        'colourLedger',
        'updateTotals',
        'generateNotice',
      ] as const) {
        expect(help).toContain(`<b>${say(locale, commandCaptions[fn])}</b>`);
      }
    }
    // Every sidebar button runs a command of the menu, so its caption is the menu's (预览今日提醒, not 预览提醒).
    const menuFns = menuItems('zh')
      .items.flatMap((i) => (i.submenu ? i.submenu.items : [i]))
      .map((i) => i.fn);
    for (const fn of Object.values(SIDEBAR_BUTTONS)) expect(menuFns).toContain(fn);
    expect(say('zh', commandCaptions[SIDEBAR_BUTTONS.reminders])).toBe('预览今日提醒');
  });
});
