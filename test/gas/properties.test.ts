// Property: random ledgers through validate → colour → totals keep every value a person typed, and every note of theirs.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FIELD_DEFS } from '../../src/core';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { LEGEND_MARKER, NOTE_MARKER } from '../../src/gas/platform/sheet-write';
import { createFakeEnv } from '../fakes';
import { servicesOf } from './helpers';

const WORDS = [
  '已完成',
  '正在整改',
  '整改中',
  '未完成',
  '长期坚持',
  '2024年9月底前完成整改',
  '2024年10月前',
  '2024-12-31',
  '2024年第四季度',
  '是',
  '否',
  '办公室',
  'office@example.org',
  'a@b',
  '#REF!',
  '=SUM(A1:A3)',
  '+86 0812',
  '-财务室',
  '@办公室',
  "'引号开头",
  '  前后空格  ',
];

const cell = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.constant(''),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.date({
    min: new Date('2023-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
);

/** A header (some fields left out, order shuffled, maybe under a title) and up to 25 rows of random cells. */
const ledger = fc
  .record({
    fields: fc.shuffledSubarray(
      FIELD_DEFS.map((d) => d.zh),
      { minLength: 2 },
    ),
    title: fc.boolean(),
    rows: fc.array(fc.array(cell, { minLength: 16, maxLength: 16 }), { maxLength: 25 }),
    notes: fc.array(
      fc.tuple(
        fc.nat(26),
        fc.nat(17),
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 8 }),
          fc.constantFrom('备注 ', '待核实\n\n', ' 第二行\n'),
        ),
      ),
      { maxLength: 5 },
    ),
    asOf: fc.date({
      min: new Date('2024-01-01T00:00:00Z'),
      max: new Date('2025-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
  })
  .map(({ fields, title, rows, notes, asOf }) => {
    const width = fields.length;
    const body = rows.map((r) => r.slice(0, width));
    const grid: unknown[][] = [fields, ...body];
    if (title) grid.unshift(['巡察整改台账', ...new Array(width - 1).fill('')]);
    const noteGrid = grid.map((r) => r.map(() => null as string | null));
    for (const [r, c, text] of notes) if (r < grid.length && c < width) noteGrid[r][c] = text;
    return { grid, noteGrid, asOf };
  });

describe('commands never change what people typed', () => {
  it('validate → colour → totals leave every value and every person’s note as it was', () => {
    fc.assert(
      fc.property(ledger, ({ grid, noteGrid, asOf }) => {
        const env = createFakeEnv({ sheets: [{ name: '台账', values: grid, notes: noteGrid }] });
        const before = env.values('台账');
        const s = servicesOf(env, asOf);
        validateLedger(s);
        colourLedger(s);
        updateTotals(s);
        validateLedger(s);
        const after = env.snapshot('台账');
        expect(env.values('台账')).toEqual(before);
        expect(after.formulas.flat().every((f) => f === '')).toBe(true);
        noteGrid.forEach((row, r) => {
          row.forEach((note, c) => {
            if (!note) return;
            const now = after.notes[r][c];
            // Theirs comes first and whole; after it only Rectify's own marked parts (findings, the legend).
            const ours = [NOTE_MARKER, LEGEND_MARKER].some((m) => now.startsWith(`${note}\n\n${m}`));
            expect(now === note || ours).toBe(true);
          });
        });
        // 汇总, when written, holds no formula: ledger text went in as text.
        const totals = env.spreadsheet.getSheetByName('汇总');
        if (totals)
          expect(
            env
              .snapshot('汇总')
              .formulas.flat()
              .every((f) => f === ''),
          ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
