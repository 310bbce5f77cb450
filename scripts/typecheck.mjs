// Type-checks every layer under its own platform (docs/architecture.md, "Layers"): `npm test` runs this in place of one tsc.
// Usage: node scripts/typecheck.mjs [extra tsc flags, e.g. --noUncheckedIndexedAccess to see what a switch would cost]
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', '.bin', 'tsc');

/** Each project and what it proves; the tests project (tsconfig.json) also covers scripts and the whole tree. */
const PROJECTS = [
  ['tsconfig.core.json', 'src/core: no platform at all'],
  ['tsconfig.ooxml.json', 'src/ooxml: the Encoding API only'],
  ['tsconfig.gas.json', 'src/gas: Apps Script, ES2020'],
  ['tsconfig.cli.json', 'src/cli: Node'],
  ['tsconfig.page.json', 'src/page: the browser'],
  ['tsconfig.ui.json', 'src/gas/ui: the browser, ES2020'],
  ['tsconfig.json', 'tests, scripts and the whole tree'],
];

const extra = process.argv.slice(2);
let failed = 0;
for (const [project, what] of PROJECTS) {
  // One project at a time: the machines this runs on (CI, shared dev boxes) have few cores.
  const run = spawnSync(tsc, ['-p', join(root, project), '--noEmit', ...extra], {
    cwd: root,
    encoding: 'utf8',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const errors = (output.match(/error TS\d+/g) ?? []).length;
  if (run.status === 0) {
    console.log(`${project} (${what}): ok`);
    continue;
  }
  failed++;
  process.stdout.write(output);
  console.log(`${project} (${what}): ${errors || 'tsc failed, no'} error${errors === 1 ? '' : 's'}`);
}
process.exitCode = failed ? 1 : 0;
