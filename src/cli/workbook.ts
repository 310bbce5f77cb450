// Reads a ledger file (.csv or .xlsx) from disk; the parsing of its bytes is ledger-bytes.ts, shared with the offline page.
import { readFileSync, statSync } from 'node:fs';
import { type Cell, type Locale, tr } from '../core';
import { CliError } from './errors';
import {
  csvGridFromBytes,
  fileKind,
  type LedgerSource,
  ledgerFromBytes,
  sideGridFromBytes,
} from './ledger-bytes';
import { limitsFromEnv } from './limits';

export {
  findSheet,
  type LedgerSource,
  ledgerSheet,
  sheetGrid,
} from './ledger-bytes';

/** Why a path cannot be opened, in one line: only ENOENT is "no such file" (a symlink loop is not). */
function statError(path: string, code: string, locale: Locale): string {
  const reasons: Record<string, [string, string]> = {
    ENOENT: ['文件不存在', 'no such file'],
    ELOOP: ['路径中的符号链接构成循环，找不到文件', 'the path has a loop of symbolic links'],
    ENOTDIR: ['路径中有一部分是文件，不是文件夹', 'a part of the path is a file, not a folder'],
    EACCES: ['没有访问权限', 'permission denied'],
    EPERM: ['没有访问权限', 'permission denied'],
    ENAMETOOLONG: ['文件名太长', 'the name is too long'],
    EIO: ['输入输出错误', 'input/output error'],
  };
  const [zh, en] = reasons[code] ?? [`无法打开（${code}）`, `cannot be opened (${code})`];
  return tr(locale, `${path}: ${zh}`, `${path}: ${en}`);
}

/** Reads a file's bytes; a missing, unreadable or empty file ends in one line naming it. */
export function readBytes(path: string, locale: Locale = 'zh'): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new CliError(statError(path, (error as NodeJS.ErrnoException).code ?? '', locale));
  }
  if (!stats.isFile()) throw new CliError(tr(locale, `${path}: 不是文件`, `${path}: not a file`));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(
      code === 'EACCES' || code === 'EPERM'
        ? tr(locale, `${path}: 没有读取权限`, `${path}: permission denied`)
        : tr(locale, `${path}: 无法读取（${code}）`, `${path}: cannot be read (${code})`),
    );
  }
  if (bytes.length === 0) throw new CliError(tr(locale, `${path}: 文件是空的`, `${path}: the file is empty`));
  return bytes;
}

/** Reads a CSV file as text cells. */
export function readCsvGrid(path: string, locale: Locale = 'zh'): Cell[][] {
  return csvGridFromBytes(readBytes(path, locale), path, locale, limitsFromEnv(process.env, locale));
}

/** Reads a ledger from .csv or .xlsx, with its settings and narrative sheets when the workbook has them. */
export async function readLedger(path: string, locale: Locale = 'zh'): Promise<LedgerSource> {
  // The type is checked before reading, so `rectify check notes.doc` names the type, not a missing file.
  fileKind(path, locale);
  return ledgerFromBytes(readBytes(path, locale), path, locale, limitsFromEnv(process.env, locale));
}

/** Reads a settings or narrative grid from its own .csv or .xlsx file (the named sheet, or the first). */
export async function readSideFile(path: string, names: string[], locale: Locale = 'zh'): Promise<Cell[][]> {
  fileKind(path, locale);
  return sideGridFromBytes(readBytes(path, locale), path, names, locale, limitsFromEnv(process.env, locale));
}
