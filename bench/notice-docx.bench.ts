// Whole-process bench of `rectify notice --out F.docx` at 10,000 and 100,000 rows against a string-built floor,
// wall time and peak RSS from /usr/bin/time -v (issue #13's aim: ≤ 2× the floor and ≤ 1 GB at 100k).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateLedger } from './generate';

const ROOT = join(__dirname, '..', '..');
const AS_OF = '2024-10-30';
const TIME = '/usr/bin/time';

function csvOf(rows: unknown[][]): string {
  const field = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`;
}

/** Wall seconds and peak RSS (MB) of one process, as /usr/bin/time -v reports them. */
function timed(argv: string[]): { seconds: number; rssMb: number; status: number | null } {
  const run = spawnSync(TIME, ['-v', process.execPath, ...argv], { cwd: ROOT, encoding: 'utf8' });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(run.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
  if (!wall || !rss) throw new Error(`no timing from ${TIME}: ${run.stderr.slice(-400)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, rssMb: Number(rss[1]) / 1024, status: run.status };
}

async function main(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} is missing (apt-get install time): whole-process notice bench skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rectify-notice-bench-'));
  try {
    // Next to the other bundled benches, so that its require('fflate') finds the project's node_modules.
    const floor = join(ROOT, 'out', 'bench', 'notice-floor.cjs');
    await build({
      entryPoints: [join(ROOT, 'bench', 'notice-floor.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      outfile: floor,
      logLevel: 'silent',
    });
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
    for (const rows of [10_000, 100_000]) {
      const ledger = join(dir, `ledger-${rows}.csv`);
      writeFileSync(ledger, csvOf(generateLedger(rows)));
      const label = rows.toLocaleString('en');
      const cli = timed([
        join(ROOT, 'bin', 'rectify.js'),
        'notice',
        ledger,
        '--out',
        join(dir, 'n.docx'),
        '--as-of',
        AS_OF,
      ]);
      const bare = timed([floor, ledger, join(dir, 'floor.docx'), AS_OF]);
      const size = (f: string) => `${(statSync(join(dir, f)).size / 2 ** 20).toFixed(1)} MB`;
      console.log(
        `notice .docx ${label.padStart(7)} rows  rectify ${cli.seconds.toFixed(2)} s ${cli.rssMb.toFixed(0)} MB (exit ${cli.status}, ${size('n.docx')})` +
          `   floor ${bare.seconds.toFixed(2)} s ${bare.rssMb.toFixed(0)} MB (${size('floor.docx')})` +
          `   ratio ${(cli.seconds / bare.seconds).toFixed(2)}×`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
