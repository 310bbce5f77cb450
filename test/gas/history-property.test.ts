// Property: 1,000 random edits by several kinds of user, delivered late, overlapping and out of order, lose no
// changed cell and never name someone for an edit they did not make.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { HISTORY_SHEET, UNKNOWN_USER } from '../../src/core';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { onLedgerEdit } from '../../src/gas/history/edits';
import { EditEvents, type Editor } from '../fakes/edits';
import { exampleEnv, servicesOf } from './helpers';

const OWNER = 'owner@example.org';
const EDITORS: Editor[] = [
  { email: OWNER, kind: 'sameDomain' },
  { email: 'a@example.org', kind: 'sameDomain' },
  { email: 'b@example.org', kind: 'sameDomain' },
  { email: 'c@gmail.com', kind: 'consumer' },
  { email: 'd@other.gov.cn', kind: 'otherDomain' },
  { email: 'anonymous', kind: 'anonymous' },
];
/** Adjacent free-text columns (佐证材料, 备注, and the blank one after) of data rows 3–14: edits there move no row. */
const COLUMNS = ['P', 'Q', 'R'];
const ROWS = 12;
/** A small pool, so the same value is often written again and edits collide. */
const VALUES = ['', '甲', '乙', '丙', '已完成'];

type Action =
  | { kind: 'type'; who: number; row: number; col: number; value: string }
  | { kind: 'paste'; who: number; row: number; col: number; values: string[][] }
  | { kind: 'script'; row: number; col: number; value: string };

const value = fc.constantFrom(...VALUES);
const place = { row: fc.nat(ROWS - 2), col: fc.nat(COLUMNS.length - 2) };
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      who: fc.nat(EDITORS.length - 1),
      ...place,
      value,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('paste' as const),
      who: fc.nat(EDITORS.length - 1),
      ...place,
      values: fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('script' as const), ...place, value }) },
);
/** After each edit: how many pending events Google delivers (0 = they pile up), which ones, and lock contention. */
const delivery = fc.record({
  count: fc.nat(2),
  picks: fc.array(fc.nat(1000), { minLength: 2, maxLength: 2 }),
  busyMs: fc.option(fc.nat(30000), { freq: 5 }),
});

const cellName = (row: number, col: number) => `${COLUMNS[col]}${row + 3}`;

describe('修改记录 under Google’s trigger timing', () => {
  it('logs every changed cell and names only the person who made that very edit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(action, delivery), { minLength: 1000, maxLength: 1000 }), (steps) => {
        const env = exampleEnv();
        const s = servicesOf(env);
        setupLedger(s);
        env.lock.endExecution();
        const edits = new EditEvents(env, OWNER);
        const read = (cell: string) =>
          String(env.calls.untracked(() => env.sheet('台账').getRange(cell).getValue()));
        /** Every true edit of a cell: who, the value before and after (only one-cell edits can be credited). */
        const truth = new Map<string, { who: string; before: string; after: string }[]>();
        const changed = new Set<string>();
        const record = (cell: string, who: string, before: string, after: string) => {
          if (before !== after) changed.add(cell);
          const list = truth.get(cell) ?? [];
          list.push({ who, before, after });
          truth.set(cell, list);
        };
        const run = (index: number, busyMs: number | null) => {
          if (busyMs !== null) env.lock.holdByOther('document', { releasesAfterMs: busyMs });
          try {
            edits.deliver((e) => onLedgerEdit(e, s), index);
          } catch (error) {
            // Lock busy past the trigger's wait: this run logs nothing; the next run's diff finds its cells.
            expect(String(error)).toContain('lock was busy');
          } finally {
            env.lock.releaseOther('document');
          }
        };
        for (const [a, d] of steps) {
          if (a.kind === 'type') {
            const cell = cellName(a.row, a.col);
            const before = read(cell);
            edits.edit(EDITORS[a.who], '台账', cell, [[a.value]]);
            record(cell, EDITORS[a.who].email, before, read(cell));
          } else if (a.kind === 'paste') {
            const a1 = `${cellName(a.row, a.col)}:${cellName(a.row + 1, a.col + 1)}`;
            const cells = [0, 1].flatMap((r) => [0, 1].map((c) => cellName(a.row + r, a.col + c)));
            const before = cells.map(read);
            edits.edit(EDITORS[a.who], '台账', a1, a.values);
            cells.forEach((cell, i) => {
              record(cell, `paste:${EDITORS[a.who].email}`, before[i], read(cell));
            });
          } else {
            const cell = cellName(a.row, a.col);
            const before = read(cell);
            edits.scriptEdit('台账', cell, [[a.value]]);
            record(cell, 'script', before, read(cell));
          }
          for (let i = 0; i < d.count && edits.pending.length > 0; i++) {
            run(d.picks[i] % edits.pending.length, d.busyMs);
          }
        }
        // Late events arrive at last, in any order; then someone edits again (a run after the last script edit).
        for (let i = 0; edits.pending.length > 0; i++) run((i * 7919) % edits.pending.length, null);
        edits.edit(EDITORS[0], '台账', 'B3', [['收尾']]);
        run(0, null);

        const log = env.values(HISTORY_SHEET).slice(1);
        const loggedCells = new Set(log.map((r) => String(r[2])));
        for (const cell of changed) expect(loggedCells).toContain(cell);
        for (const r of log) {
          const user = String(r[1]);
          if (user === UNKNOWN_USER.zh || r[2] === 'B3') continue;
          const [cell, oldValue, newValue] = [String(r[2]), String(r[5]), String(r[6])];
          const made = (truth.get(cell) ?? []).some(
            (t) => t.who === user && t.before === oldValue && t.after === newValue,
          );
          expect({ user, cell, oldValue, newValue, made }).toEqual({
            user,
            cell,
            oldValue,
            newValue,
            made: true,
          });
        }
        // The anonymous editor's e.user is the owner: the owner is named only for the owner's own edits (above).
        expect(
          log.some((r) => r[1] === 'anonymous' || r[1] === 'c@gmail.com' || r[1] === 'd@other.gov.cn'),
        ).toBe(false);
      }),
      { numRuns: 3, endOnFailure: true },
    );
  });
});
