// `rectify colour`: writes a coloured copy of an .xlsx/.csv ledger (fills, notes, legend); the input is never touched.
import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { countBySeverity, type Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { COLOUR_OUT as OUT, COLOUR_REPORT as REPORT } from '../../core/messages/cli-colour';
import { runLocale } from '../args';
import { loadContext } from '../context';
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
    throw new CliError(say(locale, OUT.missing));
  }
  // A macro workbook stays one: its copy keeps the macros and the .xlsm content type, so it must be .xlsm.
  const want = extname(ledger).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  if (extname(out).toLowerCase() !== want) {
    throw new CliError(say(locale, OUT.wrongType({ out, want })));
  }
  if (sameFile(ledger, out)) {
    throw new CliError(say(locale, OUT.isInput({ out })));
  }
  // The settings workbook is someone's file too: `--settings 设置.xlsx --out 设置.xlsx` would replace it.
  if (settings !== undefined && sameFile(settings, out)) {
    throw new CliError(say(locale, OUT.isSettings({ out })));
  }
  return out;
}

// Kept here too: notice, demo and rollup import them from this module.
export { writeAtomically, writeError } from '../out-file';
export { colouredWorkbook, colourSummaryText } from '../pipeline';

export async function colourCommand(args: ColourArgs, io: Io): Promise<number> {
  const argLocale = runLocale(args.lang);
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
      io.out(say(l, REPORT.ledgerHasFindings({ errors: counts.error, warnings: counts.warning })));
    }
    return counts.error > 0 ? 1 : 0;
  } finally {
    progress.finish();
  }
}
