// Bench of the edit-history diff (runs in every onLedgerEdit) and the accountability metrics, by ledger size.
import { type Cell, computeMetrics, diffEdit, parseLedger } from '../src/core';
import { generateLedger } from './generate';
import { measure, report } from './measure';

const AS_OF = '2024-10-30';

async function best<T>(work: () => T) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await measure(work));
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

async function main() {
  for (const rows of [1_000, 10_000, 50_000]) {
    const snapshot = generateLedger(rows);
    const width = snapshot[0].length;
    const n = rows.toLocaleString('en');

    // One cell typed: the whole grid is still compared once to tell whether rows moved.
    const single = snapshot.map((r) => [...r]);
    single[Math.floor(rows / 2)][9] = '已完成';
    const one = await best(() =>
      diffEdit({
        current: single,
        snapshot,
        range: { row: Math.floor(rows / 2) + 1, column: 10, numRows: 1, numColumns: 1 },
      }),
    );
    report(`history diff, 1 cell, ${n} rows`, one, `${one.result.changes.length} change`);

    // A status column pasted over every row.
    const pasted: Cell[][] = snapshot.map((r, i) =>
      i === 0 ? [...r] : [...r.slice(0, 9), '已完成', ...r.slice(10)],
    );
    const all = await best(() =>
      diffEdit({ current: pasted, snapshot, range: { row: 2, column: 10, numRows: rows, numColumns: 1 } }),
    );
    report(`history diff, paste ${n} cells`, all, `${all.result.changes.length} changes`);

    // A row inserted near the top (no onEdit), then one edit below it: 编号 lookup and a full resync.
    const shifted = [snapshot[0], new Array<Cell>(width).fill(''), ...snapshot.slice(1)].map((r) => [...r]);
    shifted[rows][9] = '已完成';
    const moved = await best(() =>
      diffEdit({
        current: shifted,
        snapshot,
        range: { row: rows + 1, column: 10, numRows: 1, numColumns: 1 },
      }),
    );
    report(`history diff, rows moved, ${n} rows`, moved, `stale=${moved.result.snapshotStale}`);

    const { ledger } = parseLedger(snapshot, { asOf: AS_OF });
    const metrics = await best(() => computeMetrics(ledger!.problems, { asOf: AS_OF, leadDays: 7 }));
    report(`metrics ${n} rows`, metrics, `${metrics.result.overdueDays.length} overdue`);
  }
}

void main();
