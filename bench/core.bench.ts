// Bench of the pure core: parse + validate + urgency + totals on 100,000 generated rows.
import { computeTotals, parseLedger, urgencyOf } from '../src/core';
import { generateLedger } from './generate';
import { measure, report } from './measure';

async function main() {
  for (const rows of [1_000, 10_000, 100_000]) {
    const grid = generateLedger(rows);
    const m = await measure(() => {
      const { ledger, findings } = parseLedger(grid, { asOf: '2024-10-30' });
      if (!ledger) throw new Error('no ledger');
      let overdue = 0;
      for (const p of ledger.problems) if (urgencyOf(p, '2024-10-30', 7).urgency === 'overdue') overdue++;
      const totals = computeTotals(ledger.problems, { asOf: '2024-10-30', leadDays: 7 });
      return { findings: findings.length, overdue, total: totals.total };
    });
    const perSecond = Math.round(rows / (m.ms / 1000));
    report(
      `core parse+validate+urgency+totals ${rows.toLocaleString('en')} rows`,
      m,
      `${perSecond.toLocaleString('en')} rows/s (${m.result.findings} findings)`,
    );
  }
}

void main();
