// Output channels of a command, passed in so tests capture what a user would see.
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

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  isTty: Boolean(process.stderr.isTTY),
  errWrite: (text) => process.stderr.write(text),
};
