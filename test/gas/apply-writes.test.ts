// applyWrites, the one executor: refuses before any write, checks exactly what is written, grows, creates, batches.
import { describe, expect, it } from '@jest/globals';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { appendImported } from '../../src/gas/import/append-rows';
import { applyWrites } from '../../src/gas/platform/apply-writes';
import type { NewSheet, Writes } from '../../src/gas/platform/outcome';
import { NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { createFakeEnv } from '../fakes';
import { exampleEnv, servicesOf } from './helpers';

/** A workbook the boss owns with 台账 and 设置, run by a clerk once the test has protected what it wants. */
function workbook() {
  const env = createFakeEnv({
    owner: 'boss@example.org',
    activeUser: 'boss@example.org',
    sheets: [
      {
        name: '台账',
        values: [
          ['编号', '问题'],
          ['1', 'a'],
          ['2', 'b'],
        ],
      },
      { name: '设置', values: [['项目', '值']] },
    ],
  });
  const s = servicesOf(env);
  const ss = s.spreadsheet.getActiveSpreadsheet();
  return { env, s, ledger: ss.getSheetByName('台账')!, settings: ss.getSheetByName('设置')! };
}

describe('applyWrites', () => {
  it('refuses before the first write when any block, on any sheet, is protected', () => {
    const { env, s, ledger, settings } = workbook();
    env.sheet('设置').getRange('A5:C5').protect();
    env.setActiveUser('clerk@example.org');
    const before = [env.snapshot('台账'), env.snapshot('设置')];
    const writes: Writes = {
      blocks: [
        { sheet: ledger, row: 2, column: 3, numRows: 1, numColumns: 1, values: [['x']] },
        { sheet: settings, row: 5, column: 1, numRows: 1, numColumns: 3, values: [['a', 'b', 'c']] },
      ],
    };
    expect(() => applyWrites(s, writes, 'zh')).toThrow('工作表“设置”的 A5:C5 区域受保护');
    expect([env.snapshot('台账'), env.snapshot('设置')]).toEqual(before);
  });

  it('checks exactly the areas written: a protection beside them does not stop the run', () => {
    const { env, s, ledger } = workbook();
    env.sheet('台账').getRange('A1:B1').protect();
    env.setActiveUser('clerk@example.org');
    applyWrites(
      s,
      { blocks: [{ sheet: ledger, row: 2, column: 3, numRows: 2, numColumns: 1, values: [['x'], ['y']] }] },
      'zh',
    );
    expect(env.values('台账').map((r) => r[2])).toEqual(['', 'x', 'y']);
  });

  it('grows a sheet before writing past its end, and asks no size the reads already showed', () => {
    const { env, s, ledger } = workbook();
    const rows = Array.from({ length: 1200 }, (_, i) => [String(i)]);
    env.calls.reset();
    applyWrites(
      s,
      { blocks: [{ sheet: ledger, row: 4, column: 1, numRows: rows.length, numColumns: 1, values: rows }] },
      'zh',
    );
    expect(ledger.getMaxRows()).toBe(1203);
    expect(env.calls.count('Sheet.insertRowsAfter')).toBe(1);
    expect(env.calls.count('Range.setValues')).toBe(1);
    env.calls.reset();
    const known = [{ sheet: ledger, rows: 3, columns: 2 }];
    applyWrites(
      s,
      {
        blocks: [
          {
            sheet: ledger,
            row: 2,
            column: 1,
            numRows: 2,
            numColumns: 2,
            values: [
              ['1', 'a'],
              ['2', 'b'],
            ],
          },
        ],
        known,
      },
      'zh',
    );
    expect(env.calls.count('Sheet.getMaxRows') + env.calls.count('Sheet.getMaxColumns')).toBe(0);
  });

  it('creates sheets in order, hidden and warning-only when asked, and writes into them', () => {
    const { env, s } = workbook();
    const record: NewSheet = { create: '_记录', hidden: true, warningOnly: '请勿改动' };
    const first: NewSheet = { create: '首', index: 0 };
    const sheetOf = applyWrites(
      s,
      {
        create: [first, record],
        blocks: [{ sheet: record, row: 1, column: 1, numRows: 1, numColumns: 2, values: [['k', 'v']] }],
        activate: first,
      },
      'zh',
    );
    expect(env.spreadsheet.getSheets().map((x) => x.getName())).toEqual(['首', '台账', '设置', '_记录']);
    expect(sheetOf(record).isSheetHidden()).toBe(true);
    expect(sheetOf(record).getProtections(s.spreadsheet.ProtectionType.SHEET)[0]?.isWarningOnly()).toBe(true);
    expect(env.values('_记录')).toEqual([['k', 'v']]);
    expect(env.spreadsheet.getActiveSheet().getName()).toBe('首');
  });

  it('replaces only its own part of each note: a person’s note stays', () => {
    const { s, ledger } = workbook();
    ledger.getRange('B2').setNote('我的批注');
    ledger.getRange('B3').setNote(`${NOTE_MARKER}旧的`);
    const notes = [['新的'], ['']];
    applyWrites(
      s,
      { blocks: [{ sheet: ledger, row: 2, column: 2, numRows: 2, numColumns: 1, ownNotes: { notes } }] },
      'zh',
    );
    expect(ledger.getRange('B2').getNote()).toBe(`我的批注\n\n${NOTE_MARKER}新的`);
    expect(ledger.getRange('B3').getNote()).toBe('');
  });
});

describe('commands through the executor', () => {
  it('从通报导入 refuses a protected 通报正文 before appending to 台账, and says where', () => {
    const env = exampleEnv({ owner: 'boss@example.org', activeUser: 'boss@example.org' });
    env.sheet('通报正文').protect();
    env.setActiveUser('clerk@example.org');
    const before = [env.snapshot('台账'), env.snapshot('通报正文')];
    const payload = {
      problems: [{ problem: '新问题', measures: '整改' }],
      narrative: [{ section: '一', text: '段落' }],
    };
    expect(appendImported(payload, servicesOf(env))).toBe('');
    expect(env.ui.alerts.at(-1)?.prompt).toContain('工作表“通报正文”受保护');
    expect([env.snapshot('台账'), env.snapshot('通报正文')]).toEqual(before);
  });

  it('标记逾期 refuses when its record of painted rows is protected, before painting any row', () => {
    const env = exampleEnv({ owner: 'boss@example.org', activeUser: 'boss@example.org' });
    colourLedger(servicesOf(env));
    // The boss turns Rectify's warning-only protection of its record into a strict one.
    env.sheet('_台账标色').protect().setWarningOnly(false);
    env.setActiveUser('clerk@example.org');
    const before = env.snapshot('台账');
    expect(colourLedger(servicesOf(env))).toBeUndefined();
    expect(env.ui.alerts.at(-1)?.prompt).toContain('工作表“_台账标色”受保护');
    expect(env.snapshot('台账')).toEqual(before);
  });
});
