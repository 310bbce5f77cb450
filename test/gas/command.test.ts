// runCommand: the document lock, the "another operation" message, user errors as alerts, protections, and Services.
import { describe, expect, it } from '@jest/globals';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { commandTitle, runCommand } from '../../src/gas/platform/command';
import { UserError } from '../../src/gas/platform/errors';
import { defaultServices, resolveServices, withServices } from '../../src/gas/platform/services';
import { installGlobals, uninstallGlobals } from '../fakes';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

describe('runCommand', () => {
  it('takes the document lock and releases it afterwards', () => {
    const env = exampleEnv();
    let during = '';
    runCommand('colourLedger', servicesOf(env), () => {
      during = env.lock.state('document');
    });
    expect(during).toBe('self');
    expect(env.lock.state('document')).toBe('free');
    expect(env.lock.attempts[0]).toMatchObject({ method: 'tryLock', acquired: true });
  });

  it('tells a second click that another operation is running, and does not run', () => {
    const env = exampleEnv();
    env.lock.holdByOther('document');
    const before = env.snapshot('台账');
    expect(colourLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0].prompt).toBe('另一项操作正在进行，请稍后再试。');
    expect(env.ui.alerts[0].title).toBe('整改台账助手 · 标记逾期');
    expect(env.snapshot('台账')).toEqual(before);
  });

  it('waits for a command that finishes within the wait', () => {
    const env = exampleEnv();
    env.lock.holdByOther('document', { releasesAfterMs: 1000 });
    expect(colourLedger(servicesOf(env))?.counts.overdue).toBe(8);
  });

  it('says it in English for an English user', () => {
    const env = exampleEnv({ userLocale: 'en_GB' });
    env.lock.holdByOther('document');
    validateLedger(servicesOf(env));
    expect(env.ui.alerts[0].prompt).toBe(
      'Another Rectify operation is running; please try again in a moment.',
    );
  });

  it('shows a UserError as an alert, releases the lock, and lets other errors through', () => {
    const env = exampleEnv();
    const s = servicesOf(env);
    expect(
      runCommand('updateTotals', s, () => {
        throw new UserError('请先填写整改状态', 'x');
      }),
    ).toBeUndefined();
    expect(env.ui.alerts.at(-1)).toMatchObject({
      title: '整改台账助手 · 汇总统计',
      prompt: '请先填写整改状态',
    });
    expect(env.lock.state('document')).toBe('free');
    expect(() =>
      runCommand('updateTotals', s, () => {
        throw new TypeError('bug');
      }),
    ).toThrow('bug');
    expect(env.lock.state('document')).toBe('free');
  });

  it('turns Sheets’ protected-cell exception into an alert that says what to do', () => {
    const env = exampleEnv();
    runCommand('colourLedger', servicesOf(env), () => {
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
    });
    expect(env.ui.alerts.at(-1)!.prompt).toContain('取消保护');
  });

  it('refuses a range protected by someone else before writing, and changes nothing', () => {
    const env = exampleEnv({ owner: 'boss@example.org', activeUser: 'boss@example.org' });
    env.sheet('台账').getRange('A20:P25').protect();
    env.setActiveUser('clerk@example.org');
    const before = env.snapshot('台账');
    expect(colourLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('A20:P25');
    expect(env.snapshot('台账')).toEqual(before);
    // The owner may edit it, so the owner's run goes through.
    env.setActiveUser('boss@example.org');
    expect(colourLedger(servicesOf(env))?.counts.overdue).toBe(8);
  });

  it('ignores a protection the user may edit, and a warning-only one', () => {
    const env = exampleEnv({ owner: 'boss@example.org', activeUser: 'boss@example.org' });
    env.sheet('台账').protect().setWarningOnly(true);
    env.sheet('台账').getRange('A2:B3').protect().addEditor('clerk@example.org');
    env.setActiveUser('clerk@example.org');
    expect(updateTotals(servicesOf(env))?.totals.total).toBe(34);
  });
});

describe('Services', () => {
  it('reads the Apps Script globals only when a command uses them', () => {
    const s = defaultServices();
    expect(() => s.spreadsheet).toThrow(ReferenceError);
    const env = exampleEnv();
    installGlobals(env);
    try {
      expect(s.spreadsheet).toBe(env.SpreadsheetApp);
      // A menu click may pass Apps Script's own argument; the commands then use the globals.
      expect(resolveServices({ authMode: 'FULL' }).lock).toBe(env.LockService);
      expect(colourLedger({} as never)).toBeDefined();
    } finally {
      uninstallGlobals();
    }
  });

  it('lets a caller override one service and keep the rest', () => {
    const env = exampleEnv();
    const base = servicesOf(env);
    const pinned = withServices(base, { now: () => new Date('2024-12-26T09:00:00+08:00') });
    expect(pinned.spreadsheet).toBe(base.spreadsheet);
    expect(colourLedger(pinned)?.asOf).toBe('2024-12-26');
  });

  it('names each command by its menu caption', () => {
    expect(commandTitle('setupLedger', 'zh')).toBe('整改台账助手 · 初始化台账');
    expect(commandTitle('disableDailyReminders', 'en')).toBe('Rectify · Turn off daily reminders');
    expect(commandTitle('unknown', 'zh')).toBe('整改台账助手');
  });
});

it('keeps ledger values untouched when a command is refused', () => {
  const env = exampleEnv();
  env.lock.holdByOther('document');
  updateTotals(servicesOf(env));
  expect(env.values('台账')).toEqual(exampleGrid('ledger'));
  expect(env.spreadsheet.getSheetByName('汇总')).toBeNull();
});
