// `rectify colour`: writes a coloured copy of an .xlsx/.csv ledger (fills, notes, legend); the input is never touched.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { countBySeverity, type Locale, tr } from '../../core';
import { envLocale, loadContext } from '../context';
import { CliError } from '../errors';
import type { Io } from '../io';
import { writeAtomically as writeOut } from '../out-file';
import { allFindings, colouredWorkbook, colourSummaryText } from '../pipeline';
import { createProgress } from '../progress';
import { findingsTable } from './check';

export interface ColourArgs {
  ledger: string;
  out?: string;
  asOf?: string;
  settings?: string;
  lang?: string;
}

/** True when two paths name the same file, also through a symlink or a hard link. */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Checks --out before any work: present, .xlsx, and neither the input nor the settings file. */
export function checkOut(ledger: string, out: string | undefined, locale: Locale, settings?: string): string {
  if (!out) {
    throw new CliError(
      tr(
        locale,
        'rectify colour: 缺少 --out（输出的 .xlsx 文件，如 --out 台账-着色.xlsx）',
        'rectify colour: missing --out (the .xlsx file to write, e.g. --out ledger-coloured.xlsx)',
      ),
    );
  }
  // A macro workbook stays one: its copy keeps the macros and the .xlsm content type, so it must be .xlsm.
  const want = extname(ledger).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  if (extname(out).toLowerCase() !== want) {
    throw new CliError(
      tr(locale, `--out: “${out}”应为 ${want} 文件`, `--out: "${out}" must be an ${want} file`),
    );
  }
  if (sameFile(ledger, out)) {
    throw new CliError(
      tr(
        locale,
        `--out: “${out}”就是输入文件；着色只写副本，请换一个文件名`,
        `--out: "${out}" is the input file; colour writes a copy, so choose another name`,
      ),
    );
  }
  // The settings workbook is someone's file too: `--settings 设置.xlsx --out 设置.xlsx` would replace it.
  if (settings !== undefined && sameFile(settings, out)) {
    throw new CliError(
      tr(
        locale,
        `--out: “${out}”就是 --settings 的设置文件；着色只写副本，请换一个文件名`,
        `--out: "${out}" is the --settings file; colour writes a copy, so choose another name`,
      ),
    );
  }
  return out;
}

// Kept here too: notice, demo and rollup import them from this module.
export { writeAtomically, writeError } from '../out-file';
export { colouredWorkbook, colourSummaryText } from '../pipeline';

export async function colourCommand(args: ColourArgs, io: Io): Promise<number> {
  const argLocale: Locale = (args.lang as Locale | undefined) ?? envLocale() ?? 'zh';
  const out = checkOut(args.ledger, args.out, argLocale, args.settings);
  const progress = createProgress(io);
  try {
    const ctx = await loadContext({ ...args, progress });
    const l = ctx.locale;
    const { bytes, summary } = await colouredWorkbook(ctx, progress);
    writeOut(out, bytes, l);
    progress.finish();
    for (const line of colourSummaryText(out, summary, ctx.settings.leadDays, l)) io.out(line);
    const findings = allFindings(ctx);
    const counts = countBySeverity(findings);
    if (counts.error > 0) {
      io.out('');
      io.out(findingsTable(findings, ctx));
      io.out(
        tr(
          l,
          `台账有 ${counts.error} 个错误、${counts.warning} 个提醒，已在副本中加批注。`,
          `The ledger has ${counts.error} errors and ${counts.warning} warnings, noted in the copy.`,
        ),
      );
    }
    return counts.error > 0 ? 1 : 0;
  } finally {
    progress.finish();
  }
}
