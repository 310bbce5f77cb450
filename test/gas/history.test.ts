// Edit history in Sheets on the fakes: one trigger after set-up, single edits and pastes logged, ledger untouched.
import { describe, expect, it } from '@jest/globals';
import { HISTORY_SHEET } from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { ensureEditTrigger, onLedgerEdit, SNAPSHOT_SHEET } from '../../src/gas/history/edits';
import { showProblemHistory } from '../../src/gas/history/view';
import type { FakeEnv, FakeRange } from '../fakes';
import { EditEvents, type Editor } from '../fakes/edits';
import { EXAMPLE_NOW, exampleEnv, servicesOf } from './helpers';

type EditEvent = GoogleAppsScript.Events.SheetsOnEdit;

/** A person types or pastes into the ledger: stored as Sheets parses typed input, and not counted. */
function personEdits(env: FakeEnv, a1: string, values: unknown[][], sheet = '台账'): FakeRange {
  return env.calls.untracked(() => {
    const range = env.sheet(sheet).getRange(a1);
    range.setValues(values);
    return range;
  });
}

const CLERK: Editor = { email: 'clerk@example.org', kind: 'sameDomain' };

/** A hand-made event for a range (edits on other sheets, rows inserted outside an edit). */
function event(env: FakeEnv, range: FakeRange): EditEvent {
  return { range, source: env.spreadsheet, authMode: 'FULL' } as unknown as EditEvent;
}

/** The example ledger after 初始化台账 by its owner; a clerk of the owner's domain edits. */
function setUp(): { env: FakeEnv; s: ReturnType<typeof servicesOf>; edits: EditEvents } {
  const env = exampleEnv();
  const s = servicesOf(env);
  setupLedger(s);
  env.lock.endExecution();
  return { env, s, edits: new EditEvents(env, 'owner@example.org') };
}

/** A person edits the ledger and Google delivers that edit's event to the trigger at once. */
function editNow(
  ctx: { s: ReturnType<typeof servicesOf>; edits: EditEvents },
  a1: string,
  values: unknown[][],
  editor: Editor = CLERK,
) {
  ctx.edits.edit(editor, '台账', a1, values);
  return ctx.edits.deliver((e: EditEvent) => onLedgerEdit(e, ctx.s));
}

const editTriggers = (env: FakeEnv) => env.triggers.all().filter((t) => t.handler === 'onLedgerEdit');

describe('the onLedgerEdit trigger', () => {
  it('is created once: running set-up twice leaves one trigger', () => {
    const env = exampleEnv();
    setupLedger(servicesOf(env));
    setupLedger(servicesOf(env));
    expect(editTriggers(env)).toEqual([
      expect.objectContaining({
        eventType: 'ON_EDIT',
        source: 'SPREADSHEETS',
        sourceId: env.spreadsheet.getId(),
        owner: 'owner@example.org',
      }),
    ]);
  });

  it('is not doubled when another editor runs set-up, and duplicates of one owner are removed', () => {
    const env = exampleEnv();
    setupLedger(servicesOf(env));
    env.setActiveUser('clerk@example.org');
    setupLedger(servicesOf(env));
    expect(editTriggers(env)).toHaveLength(1);
    env.setActiveUser('owner@example.org');
    env.calls.untracked(() =>
      env.ScriptApp.newTrigger('onLedgerEdit').forSpreadsheet(env.spreadsheet).onEdit().create(),
    );
    const result = ensureEditTrigger(servicesOf(env));
    expect(result).toMatchObject({ created: false, removed: 1, owner: 'owner@example.org' });
    expect(editTriggers(env)).toHaveLength(1);
  });

  it('creates 修改记录 protected with a warning only, and a hidden snapshot equal to the ledger', () => {
    const { env } = setUp();
    const log = env.sheet(HISTORY_SHEET);
    expect(env.values(HISTORY_SHEET)).toEqual([['时间', '修改人', '单元格', '编号', '字段', '原值', '新值']]);
    const protections = log.getProtections('SHEET');
    expect(protections).toHaveLength(1);
    expect(protections[0].isWarningOnly()).toBe(true);
    expect(env.sheet(SNAPSHOT_SHEET).isSheetHidden()).toBe(true);
    expect(env.values(SNAPSHOT_SHEET)).toEqual(env.values('台账'));
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('台账');
  });
});

describe('logging edits', () => {
  it('logs a single edit with time, user, cell, 编号, field, old and new value', () => {
    const ctx = setUp();
    const { env } = ctx;
    const result = editNow(ctx, 'J3', [['已完成']]);
    expect(result).toEqual({ logged: 1, resynced: false });
    const rows = env.values(HISTORY_SHEET);
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(1)).toEqual(['clerk@example.org', 'J3', '2-1', '整改状态', '正在整改', '已完成']);
    expect((rows[1][0] as Date).getTime()).toBe(EXAMPLE_NOW.getTime());
    expect(env.snapshot(HISTORY_SHEET, 'A2').displayValues[0][0]).toBe('2024-10-30 15:00:00');
  });

  it('logs a pasted range cell by cell with the old values it overwrote; Google’s event cannot say who pasted what', () => {
    const ctx = setUp();
    const { env } = ctx;
    const logged = editNow(ctx, 'J3:K4', [
      ['已完成', '2024-10-20'],
      ['已完成', '2024-10-21'],
    ]).logged;
    expect(logged).toBe(4);
    expect(
      env
        .values(HISTORY_SHEET)
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([
      // A paste's event carries no values, so a later edit of the same cells before the trigger ran could not
      // be told apart: the cells are logged as found, and nobody is named.
      ['编辑者未知', 'J3', '2-1', '整改状态', '正在整改', '已完成'],
      ['编辑者未知', 'K3', '2-1', '完成日期', '', '2024-10-20'],
      ['编辑者未知', 'J4', '2-2', '整改状态', '正在整改', '已完成'],
      ['编辑者未知', 'K4', '2-2', '完成日期', '', '2024-10-21'],
    ]);
    // The next edit of the same cells diffs against what the paste left, not the original.
    editNow(ctx, 'J3', [['正在整改']]);
    expect(env.values(HISTORY_SHEET).at(-1)!.slice(1)).toEqual([
      'clerk@example.org',
      'J3',
      '2-1',
      '整改状态',
      '已完成',
      '正在整改',
    ]);
  });

  it('never changes the ledger: values, fills, notes and formats are as the person left them', () => {
    const { env, s } = setUp();
    const range = personEdits(env, 'J3:O5', [
      ['已完成', '2024-10-20', '是', '长效机制', 1.5, 'http://drive/x'],
      ['已完成', '2024-10-21', '否', '', 0, '=不是公式'],
      ['未完成', '', '', '', '', ''],
    ]);
    const before = env.snapshot('台账');
    onLedgerEdit(event(env, range), s);
    expect(env.snapshot('台账')).toEqual(before);
  });

  it('keeps text that looks like a formula or number as text in the log', () => {
    const { env, s } = setUp();
    const range = personEdits(env, 'P2:P3', [["'+86 0812 5503651"], ["'007"]]);
    onLedgerEdit(event(env, range), s);
    const log = env.snapshot(HISTORY_SHEET, 'A2:G3');
    expect(log.values.map((r) => r[6])).toEqual(['+86 0812 5503651', '007']);
    expect(log.formulas.flat().every((f) => f === '')).toBe(true);
  });

  it('names the editor only when Google vouches for them: consumer, other-domain and anonymous editors are unknown', () => {
    const ctx = setUp();
    const { env } = ctx;
    editNow(ctx, 'J3', [['已完成']], { email: 'someone@gmail.com', kind: 'consumer' });
    editNow(ctx, 'J4', [['已完成']], { email: 'auditor@other.gov.cn', kind: 'otherDomain' });
    // An anonymous editor's e.user is the trigger's owner, who did not make this edit.
    editNow(ctx, 'J5', [['已完成']], { email: '', kind: 'anonymous' });
    editNow(ctx, 'J6', [['已完成']], { email: 'owner@example.org', kind: 'consumer' });
    editNow(ctx, 'J7', [['已完成']], CLERK);
    expect(
      env
        .values(HISTORY_SHEET)
        .slice(1)
        .map((r) => [r[1], r[2]]),
    ).toEqual([
      ['编辑者未知', 'J3'],
      ['编辑者未知', 'J4'],
      ['编辑者未知', 'J5'],
      ['owner@example.org', 'J6'],
      ['clerk@example.org', 'J7'],
    ]);
  });

  it('finds the old value by 编号 after a row was inserted (which fires no onEdit), then resynchronises', () => {
    const ctx = setUp();
    const { env } = ctx;
    env.calls.untracked(() => env.sheet('台账').insertRowsBefore(3, 1));
    expect(editNow(ctx, 'J4', [['已完成']])).toEqual({ logged: 1, resynced: true });
    expect(env.values(HISTORY_SHEET)[1].slice(1)).toEqual([
      'clerk@example.org',
      'J4',
      '2-1',
      '整改状态',
      '正在整改',
      '已完成',
    ]);
    expect(env.values(SNAPSHOT_SHEET)).toEqual(env.values('台账'));
  });

  it('ignores edits on other sheets and edits that change nothing', () => {
    const ctx = setUp();
    const { env, s } = ctx;
    const other = personEdits(env, 'B2', [['新单位']], '设置');
    expect(onLedgerEdit(event(env, other), s).logged).toBe(0);
    expect(editNow(ctx, 'J3', [['正在整改']]).logged).toBe(0);
    expect(env.values(HISTORY_SHEET)).toHaveLength(1);
  });

  it('makes the same service calls for one cell as for a 30-row paste, but for reading the one cell’s place', () => {
    const counts = (a1: string, values: unknown[][]) => {
      const ctx = setUp();
      ctx.edits.edit(CLERK, '台账', a1, values);
      ctx.env.calls.reset();
      ctx.edits.deliver((e: EditEvent) => onLedgerEdit(e, ctx.s));
      return ctx.env.calls.snapshot();
    };
    const one = counts('J3', [['已完成']]);
    const many = counts(
      'J3:K32',
      Array.from({ length: 30 }, (_, i) => ['已完成', `2024-10-${String((i % 28) + 1).padStart(2, '0')}`]),
    );
    // Utilities.formatDate runs once per distinct date written (in memory, not a spreadsheet call).
    const sheetsCalls = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => !k.startsWith('Utilities.')));
    // A one-cell event's shape and place are read to match it with e.value: getNumColumns, getRow, getColumn.
    const {
      'Range.getNumColumns': _c,
      'Range.getRow': _r,
      'Range.getColumn': _k,
      ...rest
    } = sheetsCalls(one);
    expect([_c, _r, _k]).toEqual([1, 1, 1]);
    expect(sheetsCalls(many)).toEqual(rest);
    expect(many['Utilities.formatDate']).toBeLessThanOrEqual(28);
    expect(one['Range.getValues']).toBe(2);
    expect(one['Range.setValues']).toBe(2);
  });
});

describe('showProblemHistory', () => {
  it('shows the selected row’s history, newest first, with every value escaped', () => {
    const ctx = setUp();
    const { env, s } = ctx;
    editNow(ctx, 'J3', [['已完成']]);
    editNow(ctx, 'P3', [['<img src=x onerror=alert(1)>']]);
    editNow(ctx, 'J4', [['已完成']]);
    env.calls.untracked(() => env.sheet('台账').setActiveSelection('B3'));
    const result = showProblemHistory(s);
    expect(result?.id).toBe('2-1');
    expect(result?.entries.map((e) => e.cell)).toEqual(['P3', 'J3']);
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('修改记录 · 编号 2-1');
    expect(dialog.content).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(dialog.content).not.toContain('<img');
    expect(dialog.content).toContain('2024-10-30 15:00');
  });

  it('asks for a ledger row when the selection is elsewhere', () => {
    const { env, s } = setUp();
    env.calls.untracked(() => env.sheet('设置').activate());
    expect(showProblemHistory(s)).toBeUndefined();
    expect(env.ui.alerts.at(-1)!.prompt).toContain('请先在“台账”中点选');
  });
});
