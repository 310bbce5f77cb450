// Generated ledgers of any size in a fake spreadsheet, and the service calls one command makes on them (tests, bench).
import { generateLedger } from '../../bench/generate';
import { colourLedger } from '../../src/gas/commands/colour-ledger';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { updateTotals } from '../../src/gas/commands/update-totals';
import { validateLedger } from '../../src/gas/commands/validate-ledger';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { exampleGrid, servicesOf } from './helpers';

/** A generated ledger whose done dates are real Date cells (midnight in Shanghai), as Sheets stores them. */
export function generatedEnv(rows: number): FakeEnv {
  const grid = generateLedger(rows).map((row, i) =>
    i > 0 && row[10] !== ''
      ? [...row.slice(0, 10), new Date(`${row[10]}T00:00:00+08:00`), ...row.slice(11)]
      : row,
  );
  return createFakeEnv({
    sheets: [
      { name: '台账', values: grid },
      { name: '设置', values: exampleGrid('settings') },
    ],
  });
}

export const COMMANDS = { setupLedger, validateLedger, colourLedger, updateTotals } as const;

/** Calls one command makes on a fresh ledger of the given size, by service method. */
export function callsOf(name: keyof typeof COMMANDS, rows: number): Record<string, number> {
  const env = generatedEnv(rows);
  const services = servicesOf(env);
  env.calls.reset();
  COMMANDS[name](services);
  return env.calls.snapshot();
}
