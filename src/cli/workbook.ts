// Reads a ledger file (.csv or .xlsx) from disk; the parsing of its bytes is ledger-bytes.ts, shared with the offline page.
import { readFileSync, statSync } from 'node:fs';
import type { Cell, Locale } from '../core';
import { say } from '../core/messages/bilingual';
import { byCode, CLI_FILES as M, OPEN_ERRORS } from '../core/messages/cli';
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
  const reason = byCode(OPEN_ERRORS, code) ?? M.openFailed({ code });
  return say(locale, M.cannotOpen({ path, reason }));
}

/** Reads a file's bytes; a missing, unreadable or empty file ends in one line naming it. */
export function readBytes(path: string, locale: Locale = 'zh'): Buffer {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new CliError(statError(path, (error as NodeJS.ErrnoException).code ?? '', locale));
  }
  if (!stats.isFile()) throw new CliError(say(locale, M.notAFile({ path })));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(
      code === 'EACCES' || code === 'EPERM'
        ? say(locale, M.readDenied({ path }))
        : say(locale, M.readFailed({ path, code })),
    );
  }
  if (bytes.length === 0) throw new CliError(say(locale, M.fileEmpty({ path })));
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
