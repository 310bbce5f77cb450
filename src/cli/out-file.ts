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
import { type Locale, tr } from '../core';
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
  const refuse = (zh: string, en: string) =>
    new CliError(tr(locale, `${path}: 不能覆盖（${zh}）`, `${path}: will not be replaced (${en})`));
  if (stats.isSymbolicLink())
    throw refuse(
      '这是一个符号链接；请写出到链接指向的文件或另一个文件名',
      'it is a symbolic link; name the file it points to, or another name',
    );
  if (stats.isDirectory()) throw refuse('这是一个文件夹', 'it is a folder');
  if (!stats.isFile())
    throw refuse(
      '这不是普通文件，而是设备、管道或套接字',
      'it is not a regular file but a device, pipe or socket',
    );
  if ((stats.mode & 0o222) === 0)
    throw refuse(
      '文件是只读的；如确需替换，请先取消只读',
      'the file is read-only; make it writable first if it should be replaced',
    );
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
  const reason: Record<string, [string, string]> = {
    EISDIR: ['这是一个文件夹', 'it is a folder'],
    ENOTDIR: ['路径中有同名文件，不是文件夹', 'a part of the path is a file, not a folder'],
    EEXIST: ['路径中有同名文件，不是文件夹', 'a part of the path is a file, not a folder'],
    EACCES: ['没有写入权限', 'permission denied'],
    EPERM: ['没有写入权限', 'permission denied'],
    EROFS: ['磁盘只读', 'the disk is read-only'],
    ENOSPC: ['磁盘已满', 'the disk is full'],
    EDQUOT: ['超出磁盘配额', 'the disk quota is exceeded'],
    EIO: ['输入输出错误', 'input/output error'],
    ENAMETOOLONG: ['文件名太长', 'the name is too long'],
    ELOOP: ['路径中的符号链接循环', 'a loop of symbolic links in the path'],
  };
  const [zh, en] = reason[code] ?? [code, code];
  return new CliError(tr(locale, `${path}: 无法写入（${zh}）`, `${path}: cannot be written (${en})`));
}
