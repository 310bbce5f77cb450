// Writing an output file whole or not at all, through a short, recognisable temp file the next run cleans up.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locale } from '../core';
import { type Bilingual, say } from '../core/messages/bilingual';
import { byCode, CLI_WRITES as M, WRITE_ERRORS } from '../core/messages/cli';
import { CliError } from './errors';

/**
 * `.rectify-<pid>.tmp` in the output's folder: short, so a legal 254-character --out name still works (the old
 * `<out>.<pid>.tmp` went past the 255-byte limit), the same folder, so the rename is atomic, and named after
 * its process, so a later run knows one left by a killed run (kill -9 mid-write) and removes it.
 */
const TEMP = /^\.rectify-(\d+)\.tmp$/;

export function tempName(pid: number = process.pid): string {
  return `.rectify-${pid}.tmp`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files that runs no longer alive left in `dir`; returns their names. */
export function removeStaleTemps(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // someone else removed it, or it is not ours to remove: leave it
    }
  }
  return removed;
}

/**
 * Refuses an --out that must not be replaced: a symlink (the rename would replace the link, not write where it
 * points), a device, FIFO or socket (not a file at all), or a read-only file (someone protected it; as root the
 * rename would go through regardless, so the mode bits decide, not access()).
 */
export function checkReplaceable(path: string, locale: Locale): void {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return; // nothing there yet (or an unreadable path, reported when writing)
  }
  const refuse = (reason: Bilingual) => new CliError(say(locale, M.notReplaced({ path, reason })));
  if (stats.isSymbolicLink()) throw refuse(M.isSymlink);
  if (stats.isDirectory()) throw refuse(M.isFolder);
  if (!stats.isFile()) throw refuse(M.isSpecialFile);
  if ((stats.mode & 0o222) === 0) throw refuse(M.isReadOnly);
}

/** Writes through a temporary file, so an interrupted run never leaves half a file under the name. */
export function writeAtomically(path: string, data: Uint8Array, locale: Locale): void {
  checkReplaceable(path, locale);
  const dir = dirname(resolve(path));
  const temp = join(dir, tempName());
  try {
    mkdirSync(dir, { recursive: true });
    removeStaleTemps(dir);
    const fd = openSync(temp, 'w');
    try {
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // nothing was written
    }
    throw writeError(path, error, locale);
  }
}

/** A failed write or mkdir as one line naming the path and, for the common causes, what is wrong. */
export function writeError(path: string, error: unknown, locale: Locale): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  const reason = byCode(WRITE_ERRORS, code) ?? M.otherReason({ code });
  return new CliError(say(locale, M.cannotWrite({ path, reason })));
}
