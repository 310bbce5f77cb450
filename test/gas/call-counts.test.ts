// Every command makes the same service calls for 10, 1,000 and 10,000 ledger rows: batched reads and writes only.
import { describe, expect, it } from '@jest/globals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { COMMANDS, callsOf, generatedEnv } from './generated';
import { servicesOf } from './helpers';

describe('service calls do not grow with the ledger', () => {
  /**
   * setupLedger also snapshots the ledger for the edit history, growing that sheet when the ledger is
   * longer than a new sheet's 1,000 rows: at most one insertRowsAfter/insertColumnsAfter, whatever the size.
   * updateTotals grows 汇总 the same way when its overdue list (one row per overdue problem) outgrows it, and
   * colourLedger its hidden record of painted rows (_台账标色, one row per coloured problem).
   */
  const GROWTH = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];
  const withoutGrowth = (calls: Record<string, number>) => {
    const rest = { ...calls };
    for (const key of GROWTH) {
      expect(rest[key] ?? 0).toBeLessThanOrEqual(1);
      delete rest[key];
    }
    return rest;
  };

  for (const name of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
    it(`${name}: the same calls at 10, 1,000 and 10,000 rows`, () => {
      const small = callsOf(name, 10);
      const grows = name === 'setupLedger' || name === 'updateTotals' || name === 'colourLedger';
      const fixed = grows ? withoutGrowth : (calls: Record<string, number>) => calls;
      expect(fixed(callsOf(name, 1_000))).toEqual(fixed(small));
      expect(fixed(callsOf(name, 10_000))).toEqual(fixed(small));
      // No per-cell reads or writes anywhere.
      for (const single of [
        'Range.getValue',
        'Range.setValue',
        'Range.setBackground',
        'Range.setNote',
        'Range.getNote',
      ]) {
        if (name !== 'colourLedger' || (single !== 'Range.getNote' && single !== 'Range.setNote')) {
          expect(small[single] ?? 0).toBe(0);
        }
      }
    });
  }

  it('reads the ledger once per command', () => {
    for (const name of ['validateLedger', 'colourLedger', 'updateTotals'] as const) {
      const calls = callsOf(name, 1_000);
      // One getValues for 设置 and one for 台账.
      expect(calls['Range.getValues']).toBe(2);
      expect(calls['Range.getDisplayValues'] ?? 0).toBe(0);
    }
  });

  it('converts Date cells with one Utilities.formatDate per distinct date, and no spreadsheet call per row', () => {
    // Done dates spread over 90 days: the spreadsheet calls stay fixed; formatDate follows distinct dates.
    const spread = (rows: number) => {
      const env = generatedEnv(rows);
      const sheet = env.sheet('台账');
      env.calls.untracked(() => {
        const dates = Array.from({ length: rows }, (_, i) => [new Date(Date.UTC(2024, 5, 1 + (i % 90), -8))]);
        sheet.getRange(2, 11, rows, 1).setValues(dates);
      });
      env.calls.reset();
      validateLedger(servicesOf(env));
      const calls = env.calls.snapshot();
      const formatDate = calls['Utilities.formatDate'];
      delete calls['Utilities.formatDate'];
      return { calls, formatDate };
    };
    const small = spread(10);
    const large = spread(10_000);
    expect(large.calls).toEqual(small.calls);
    expect(small.formatDate).toBe(10 + 1); // ten dates, and today
    expect(large.formatDate).toBe(90 + 1);
  });

  it('colourLedger writes all fills with one setBackgrounds, and the legend with one setNotes', () => {
    const calls = callsOf('colourLedger', 10_000);
    expect(calls['Range.setBackgrounds']).toBe(1);
    expect(calls['Range.getBackgrounds']).toBe(1);
    expect(calls['Range.setNotes']).toBe(1);
    expect(calls['Range.setNote']).toBeUndefined();
  });
});
