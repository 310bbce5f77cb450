// A progress bar on standard error for long work: drawn only on a terminal, and only once the work passes a second.
import { displayWidth } from './format';
import type { Io } from './io';
import { type Progress, silentProgress } from './progress-port';

export interface ProgressOptions {
  /** Milliseconds clock; injectable so tests need not wait. */
  now?: () => number;
  /** Nothing is drawn before this much time has passed: short work stays silent. */
  delayMs?: number;
  /** Redraws at most this often, so ticking 100,000 rows costs nothing. */
  throttleMs?: number;
  /** Redraws on a timer during long awaits (reading a workbook) that cannot tick. */
  timer?: boolean;
  width?: number;
}

/** A progress bar for this Io: silent when standard error is not a terminal (pipes, files, CI logs). */
export function createProgress(io: Io, given: ProgressOptions = {}): Progress {
  const options = { ...io.progress, ...given };
  const write = io.errWrite;
  if (!io.isTty || !write) return silentProgress;
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? 1000;
  const throttleMs = options.throttleMs ?? 100;
  const barWidth = options.width ?? 24;
  const start = now();
  let label = '';
  let total: number | undefined;
  let done = 0;
  let lastDraw = -Infinity;
  let shownWidth = 0;

  const draw = (force: boolean) => {
    const t = now();
    if (t - start < delayMs) return;
    if (!force && t - lastDraw < throttleMs) return;
    lastDraw = t;
    let line: string;
    if (total && total > 0) {
      const ratio = Math.min(1, done / total);
      const filled = Math.round(ratio * barWidth);
      line = `${label} [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${Math.floor(ratio * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
    } else {
      line = `${label} … ${((t - start) / 1000).toFixed(0)}s`;
    }
    const width = displayWidth(line);
    write(`\r${line}${' '.repeat(Math.max(0, shownWidth - width))}`);
    shownWidth = width;
  };

  const timer = options.timer === false ? null : setInterval(() => draw(false), 250);
  timer?.unref();

  return {
    stage(next, steps) {
      label = next;
      total = steps;
      done = 0;
      draw(true);
    },
    tick(n) {
      done = n;
      draw(false);
    },
    finish() {
      if (timer) clearInterval(timer);
      if (shownWidth > 0) write(`\r${' '.repeat(shownWidth)}\r`);
      shownWidth = 0;
    },
  };
}
