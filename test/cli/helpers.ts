// Test helpers for the command line: an Io that captures what a user would see, and scratch files in the OS temp dir.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io';

export interface CapturedIo extends Io {
  stdout: string[];
  stderr: string[];
  /** Everything written with errWrite (progress bars). */
  raw: string[];
  text(): string;
}

export function captureIo(isTty = false): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const raw: string[] = [];
  return {
    stdout,
    stderr,
    raw,
    isTty,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    errWrite: (text) => raw.push(text),
    text: () => stdout.join('\n'),
  };
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'rectify-cli-'));
}
