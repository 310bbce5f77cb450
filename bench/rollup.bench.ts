// Bench of `rectify rollup`: 1,000 ledgers × 50 rows (cost per ledger, peak memory), and 600 × 20 against `totals` on 12,000 rows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateLedger } from './generate';

const AS_OF = '2024-10-30';
const root = join(__dirname, '..', '..');
const cli = join(root, 'bin', 'rectify.js');

/** A unit's workbook as offices send it: a title banner over the ledger, and 设置 naming the unit. */
async function writeUnit(path: string, unit: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.getCell('A1').value = `${unit}巡察整改台账`;
  for (const row of generateLedger(rows)) sheet.addRow(row);
  const settings = workbook.addWorksheet('设置');
  settings.addRow(['设置项', '值']);
  settings.addRow(['被巡察单位', unit]);
  await workbook.xlsx.writeFile(path);
}

async function writeUnits(dir: string, count: number, rows: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++)
    await writeUnit(join(dir, `unit-${String(i).padStart(4, '0')}.xlsx`), `单位${i}`, rows);
}

interface Whole {
  seconds: number;
  maxRssMb: number;
  exit: number;
}

/** One whole process under /usr/bin/time -v: wall time and peak resident memory, as a user would meet them. */
function timed(args: string[]): Whole {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const err = run.stderr;
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  if (!wall || !rss) throw new Error(`no /usr/bin/time figures:\n${err.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, maxRssMb: Number(rss[1]) / 1024, exit: run.status ?? -1 };
}

/** Best of a few runs: on a shared 2-core machine the fastest is the least disturbed. */
function best(args: string[], runs: number): Whole {
  let out: Whole | null = null;
  for (let i = 0; i < runs; i++) {
    const w = timed(args);
    if (out === null || w.seconds < out.seconds)
      out = { ...w, maxRssMb: Math.max(w.maxRssMb, out?.maxRssMb ?? 0) };
  }
  return out as Whole;
}

function line(label: string, w: Whole, extra: string): void {
  console.log(
    `${label.padEnd(44)} ${w.seconds.toFixed(2).padStart(7)} s   max RSS ${w.maxRssMb.toFixed(0).padStart(5)} MB   exit ${w.exit}   ${extra}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync('/usr/bin/time')) {
    console.log('rollup bench skipped: /usr/bin/time is missing (apt-get install time)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rectify-rollup-bench-'));
  try {
    const big = join(dir, 'units-1000x50');
    await writeUnits(big, 1000, 50);
    const startup = best(['--help'], 3);
    line('rectify --help (start-up)', startup, '');
    const r1000 = best(['rollup', big, '--as-of', AS_OF, '--json'], 1);
    line(
      'rollup 1,000 ledgers × 50 rows --json',
      r1000,
      `${((r1000.seconds * 1000) / 1000).toFixed(1)} ms per ledger`,
    );
    const withFiles = best(
      [
        'rollup',
        big,
        '--as-of',
        AS_OF,
        '--out',
        join(dir, 'overview.xlsx'),
        '--notice',
        join(dir, 'overview.docx'),
      ],
      1,
    );
    line('rollup 1,000 × 50 --out .xlsx --notice .docx', withFiles, `${withFiles.seconds.toFixed(1)} s`);

    const small = join(dir, 'units-600x20');
    await writeUnits(small, 600, 20);
    const single = join(dir, 'one-12000.xlsx');
    await writeUnit(single, 12_000);
    const rollup600 = best(['rollup', small, '--as-of', AS_OF, '--json'], 2);
    const totals = best(['totals', single, '--as-of', AS_OF, '--json'], 2);
    line('rollup 600 ledgers × 20 rows', rollup600, '');
    line('totals on one 12,000-row ledger', totals, '');
    console.log(
      `rollup 600×20 ÷ totals 12,000 = ${(rollup600.seconds / totals.seconds).toFixed(2)}× (aim ≤ 4×; whole processes, start-up included)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
