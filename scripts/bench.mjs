// `npm run bench`: bundles and runs every bench/*.bench.ts in its own Node process, one after another.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const outDir = join(root, 'out', 'bench');
mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const outfile = join(outDir, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  console.log(`\n== ${file} ==`);
  // A fresh process per bench, so one bench's heap does not inflate the next one's peak memory.
  execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
}
