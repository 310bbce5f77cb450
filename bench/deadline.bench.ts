// Bench of the deadline grammar on hostile cells: the worst 32,767-character cell (runs of each separator and
// digit class), through parseDeadline and through each pattern alone, and a 30-cell sheet of them through check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../src/cli/io';
import { main } from '../src/cli/main';
import { DEADLINE_PATTERNS, MAX_DEADLINE_LENGTH, parseDeadline } from '../src/core/deadline';
import { adversarialCells as cells, EXCEL_MAX } from '../test/hostile/adversarial-deadlines';
import { measure, report } from './measure';

/** The fastest of five runs: a cell's own cost, without the garbage collector's or the JIT's pauses. */
function fastestOf(work: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function worst(label: string, texts: { name: string; text: string }[], work: (t: string) => unknown): void {
  let slowest = { name: '', ms: 0 };
  for (const { name, text } of texts) {
    const ms = fastestOf(() => work(text));
    if (ms > slowest.ms) slowest = { name, ms };
  }
  console.log(`${label.padEnd(44)} worst ${slowest.ms.toFixed(3).padStart(8)} ms   on ${slowest.name}`);
}

const quiet: Io = { out() {}, err() {}, isTty: false };

async function main_(): Promise<void> {
  const big = cells(EXCEL_MAX);
  const atLimit = cells(MAX_DEADLINE_LENGTH);
  console.log(`${big.length} cells of ${EXCEL_MAX} characters, ${atLimit.length} of ${MAX_DEADLINE_LENGTH}`);
  worst('parseDeadline, 32,767-char cell', big, (t) => parseDeadline(t));
  worst(`parseDeadline, ${MAX_DEADLINE_LENGTH}-char cell`, atLimit, (t) => parseDeadline(t));
  let patternWorst = { name: '', ms: 0 };
  for (const [name, pattern] of Object.entries(DEADLINE_PATTERNS)) {
    for (const { name: cell, text } of big) {
      const ms = fastestOf(() => {
        pattern.lastIndex = 0;
        pattern.exec(text);
      });
      if (ms > patternWorst.ms) patternWorst = { name: `${name} on ${cell}`, ms };
    }
  }
  console.log(
    `${'any one pattern, 32,767-char cell'.padEnd(44)} worst ${patternWorst.ms.toFixed(3).padStart(8)} ms   ${patternWorst.name}`,
  );
  // The case: a small CSV whose 30 deadline cells are 32,767 characters of 、 and dashes.
  const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
  try {
    const rows = ['编号,问题描述,整改措施,责任科室,整改时限,整改状态'];
    for (let i = 1; i <= 30; i++) {
      const run = i % 2 ? '、' : '-';
      rows.push(`${i},问题${i},措施,办公室,2024年1${run.repeat(EXCEL_MAX - 6)},正在整改`);
    }
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, rows.join('\n'));
    report('check, 30 hostile deadline cells', await measure(() => main(['check', file], quiet)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main_();
