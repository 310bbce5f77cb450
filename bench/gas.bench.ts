// Bench of the Sheets commands on the fakes: service calls and time per command at 10 / 1,000 / 10,000 rows.
import { COMMANDS, generatedEnv } from '../test/gas/generated';
import { servicesOf } from '../test/gas/helpers';
import { measure, report } from './measure';

const SIZES = [10, 1_000, 10_000];

async function main() {
  const perCommand: Record<string, number[]> = {};
  // setupLedger's edit-history snapshot (#8) grows its sheet once when the ledger passes 1,000 rows.
  const growth: Record<string, number> = {};
  for (const name of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
    perCommand[name] = [];
    for (const rows of SIZES) {
      const env = generatedEnv(rows);
      const services = servicesOf(env);
      env.calls.reset();
      const m = await measure(() => COMMANDS[name](services));
      const total = env.calls.total();
      const spreadsheet = total - env.calls.total('Utilities.');
      perCommand[name].push(total);
      growth[name] = Math.max(growth[name] ?? 0, env.calls.count('Sheet.insertRowsAfter'));
      report(
        `gas ${name} ${rows.toLocaleString('en')} rows`,
        m,
        `${total} service calls (${spreadsheet} spreadsheet/UI/lock, ${env.calls.total('Utilities.')} Utilities)`,
      );
      if (rows === SIZES[SIZES.length - 1] && process.argv.includes('--detail'))
        console.log(env.calls.snapshot());
    }
  }
  console.log('\nservice calls per command (10 / 1,000 / 10,000 rows):');
  for (const [name, counts] of Object.entries(perCommand)) {
    const spread = Math.max(...counts) - Math.min(...counts);
    const fixed =
      spread === 0
        ? 'fixed'
        : spread <= (growth[name] ?? 0)
          ? 'fixed but for one sheet-growth call'
          : 'GROWS WITH ROWS';
    console.log(`  ${name.padEnd(16)} ${counts.join(' / ')}  ${fixed}`);
  }
}

void main();
