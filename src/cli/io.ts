// Output channels of a command, passed in so tests capture what a user would see.
import { writeSync } from 'node:fs';
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

const REASONS: Record<string, [string, string]> = {
  EPIPE: ['读取输出的程序已关闭管道', 'the reading program closed the pipe'],
  ENOSPC: ['磁盘已满', 'the disk is full'],
  EIO: ['输入输出错误', 'input/output error'],
  EBADF: ['没有打开', 'it is not open'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'permission denied'],
  EROFS: ['磁盘只读', 'the disk is read-only'],
  EDQUOT: ['超出磁盘配额', 'the disk quota is exceeded'],
  EFBIG: ['文件太大', 'the file is too large'],
};

/** The one line a failed write to standard output or error ends with, e.g. "rectify: 无法写入标准输出（磁盘已满，ENOSPC）". */
export function ioFailureLine(stream: 'stdout' | 'stderr', error: unknown, english: boolean): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
  const known = REASONS[code];
  if (english) {
    const reason = known ? `${known[1]}, ${code}` : code;
    return `rectify: cannot write to standard ${stream === 'stdout' ? 'output' : 'error'} (${reason})`;
  }
  const reason = known ? `${known[0]}，${code}` : code;
  return `rectify: 无法写入标准${stream === 'stdout' ? '输出' : '错误输出'}（${reason}）`;
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
  const english = /^en[_-]/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
  try {
    writeSync(stream === 'stdout' ? 2 : 1, `${ioFailureLine(stream, error, english)}\n`);
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
