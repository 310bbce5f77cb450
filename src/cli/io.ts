// Output channels of a command, passed in so tests capture what a user would see.
import { writeSync } from 'node:fs';
import type { Locale } from '../core/locale';
import { say } from '../core/messages/bilingual';
import { byCode, CLI_STREAMS as M, STREAM_ERRORS } from '../core/messages/cli';
import { envLocale } from './env-locale';
import type { ProgressOptions } from './progress';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** True when standard error is a terminal (progress bars are drawn only then). */
  isTty: boolean;
  /** Raw text to standard error without a newline, for a progress bar redrawn in place with \r. */
  errWrite?(text: string): void;
  /** How commands time their progress bar; tests set a zero delay to see it drawn at once. */
  progress?: ProgressOptions;
}

/** The one line a failed write to standard output or error ends with, e.g. "rectify: 无法写入标准输出（磁盘已满，ENOSPC）". */
export function ioFailureLine(stream: 'stdout' | 'stderr', error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
  const known = byCode(STREAM_ERRORS, code);
  const reason = known ? say(locale, M.reasonWithCode({ reason: known, code })) : code;
  return say(locale, stream === 'stdout' ? M.stdoutFailed({ reason }) : M.stderrFailed({ reason }));
}

let failing = false;

/**
 * A write to stdout or stderr failed (a full disk, a closed pipe, an I/O error): one line on the other stream
 * when it still works, and exit 2, as for any file problem; never a stack trace, never exit 1 ("the ledger
 * has errors"). Errors on these streams arrive as 'error' events after the write, so this also runs later.
 */
function writeFailed(stream: 'stdout' | 'stderr', error: unknown): void {
  if (failing) return;
  failing = true;
  try {
    writeSync(stream === 'stdout' ? 2 : 1, `${ioFailureLine(stream, error, envLocale() ?? 'zh')}\n`);
  } catch {
    // both streams are gone: the exit code is all that is left
  }
  process.exit(2);
}

let guarded = false;

function guard(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (error) => writeFailed('stdout', error));
  process.stderr.on('error', (error) => writeFailed('stderr', error));
}

function write(stream: 'stdout' | 'stderr', text: string): void {
  guard();
  if (failing) return;
  try {
    process[stream].write(text);
  } catch (error) {
    writeFailed(stream, error);
  }
}

export const processIo: Io = {
  out: (line) => write('stdout', `${line}\n`),
  err: (line) => write('stderr', `${line}\n`),
  isTty: Boolean(process.stderr.isTTY),
  errWrite: (text) => write('stderr', text),
};
