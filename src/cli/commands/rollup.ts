// `rectify rollup`: many units' ledgers, read one at a time, into one reconciled overview, workbook and notice.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  buildRollupNotice,
  type Locale,
  parseSettings,
  type Rollup,
  SETTINGS_SHEETS,
  type Settings,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { rollupCliText as T } from '../../core/messages/rollup-notice-cli';
import { envLocale, parseAsOf, todayInShanghai } from '../context';
import { CliError } from '../errors';
import { table } from '../format';
import type { Io } from '../io';
import { createProgress } from '../progress';
import { checkRollup, rollupNotes, rollupTable, rollupUnits } from '../rollup-unit';
import { overviewWorkbook } from '../rollup-workbook';
import { readLedger, readSideFile } from '../workbook';
import { sameFile, writeAtomically } from './colour';
import { noticeFormat, renderNotice } from './notice';

export interface RollupArgs {
  inputs: string[];
  asOf?: string;
  json?: boolean;
  out?: string;
  notice?: string;
  settings?: string;
  lang?: string;
}

const LEDGER_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv', '.txt', '.tsv']);

/**
 * The ledger files under a folder, sorted, in subfolders too (a province keeps one folder a city). Excel's lock
 * files (~$…) and hidden files are not ledgers; other files (a .docx cover letter) are skipped, not refused.
 */
export function ledgerFiles(folder: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) for (const f of ledgerFiles(path)) out.push(f);
    else if (LEDGER_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** Every file the arguments name: folders expanded; a named file is kept whatever it is, so it is reported. */
export function expandInputs(inputs: string[], l: Locale): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // A missing file is reported with the others that cannot be read.
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const found = ledgerFiles(input);
    if (found.length === 0) throw new CliError(say(l, T.emptyFolder({ folder: input })));
    for (const f of found) files.push(f);
  }
  return files;
}

/** --out and --notice, checked before any ledger is read: the right kind, and never one of the inputs. */
function checkOutputs(args: RollupArgs, files: string[], l: Locale): void {
  if (args.out !== undefined && extname(args.out).toLowerCase() !== '.xlsx')
    throw new CliError(say(l, T.outNotXlsx({ out: args.out })));
  if (args.notice !== undefined) noticeFormat(args.notice, l);
  for (const out of [args.out, args.notice]) {
    if (out === undefined) continue;
    const input = files.find((f) => sameFile(f, out));
    if (input !== undefined) throw new CliError(say(l, T.outIsInput({ out })));
  }
}

/**
 * Reads each ledger in turn and keeps only its summary, so memory holds one ledger at a time. One thread: on this
 * 2-core machine two worker threads took 32.9 s for 1,000 ledgers against 20.8 s for one (each worker loads
 * the whole CLI, and the cores were busy), so the pool did not earn its place.
 */
export async function rollupFiles(
  files: string[],
  options: { asOf: string; locale: Locale; onFile?: (done: number) => void },
): Promise<Rollup> {
  return rollupUnits(
    files.map((file) => ({ name: file, file: basename(file), open: () => readLedger(file, options.locale) })),
    options,
  );
}

/** The shape `--json` prints (the issue's), with the duplicates beside the unreadable files. */
export function rollupJson(r: Rollup) {
  const rate = (x: number) => Math.round(x * 10000) / 10000;
  const status = (s: Rollup['totals']['byStatus']) => ({
    done: s.done,
    inProgress: s.inProgress,
    notDone: s.notDone,
    longTerm: s.longTerm,
  });
  return {
    asOf: r.asOf,
    sentence: r.sentence,
    total: r.totals.total,
    byStatus: status(r.totals.byStatus),
    completionRate: rate(r.totals.completionRate),
    overdue: r.totals.overdue,
    dueSoon: r.totals.dueSoon,
    units: r.units.map((u) => ({
      unit: u.unit,
      file: u.file,
      total: u.total,
      byStatus: status(u.byStatus),
      completionRate: rate(u.completionRate),
      overdue: u.overdue,
      dueSoon: u.dueSoon,
    })),
    unreadable: r.unreadable,
    duplicates: r.duplicates,
  };
}

export function rollupText(r: Rollup): string {
  const { headers, rows } = rollupTable(r);
  return [r.sentence, '', table(headers, rows)].join('\n');
}

async function readSettings(path: string | undefined, l: Locale): Promise<Settings | undefined> {
  if (path === undefined) return undefined;
  return parseSettings(await readSideFile(path, SETTINGS_SHEETS, l)).settings;
}

/**
 * Checks the roll-up adds up, then writes the workbook and notice and prints it. A mismatch is an error (exit 3)
 * and nothing is written: a totals row that disagrees with its units is never published.
 */
export async function publishRollup(
  r: Rollup,
  args: Pick<RollupArgs, 'json' | 'out' | 'notice'>,
  settings: Settings | undefined,
  io: Io,
): Promise<void> {
  const l = r.locale;
  checkRollup(r);
  if (args.out !== undefined) writeAtomically(args.out, await overviewWorkbook(r), l);
  if (args.notice !== undefined) {
    const result = buildRollupNotice({ rollup: r, settings });
    const rendered = await renderNotice(result, noticeFormat(args.notice, l));
    writeAtomically(args.notice, typeof rendered === 'string' ? Buffer.from(rendered) : rendered, l);
  }
  if (args.json) io.out(JSON.stringify(rollupJson(r), null, 2));
  else {
    io.out(rollupText(r));
    if (args.out !== undefined) io.out(say(l, T.wrote({ file: args.out })));
    if (args.notice !== undefined) io.out(say(l, T.wrote({ file: args.notice })));
  }
}

export async function rollupCommand(args: RollupArgs, io: Io): Promise<number> {
  if (args.lang !== undefined && !/^(zh|en)$/.test(args.lang))
    throw new CliError(`--lang: “${args.lang}”应为 zh 或 en / must be zh or en`);
  const l: Locale = (args.lang as Locale | undefined) ?? envLocale() ?? 'zh';
  // One as-of date for every unit: a unit's pinned 统计截止日期 would make its overdue count incomparable.
  const asOf = parseAsOf(args.asOf, l) ?? todayInShanghai();
  // A ledger named on the command line is never overwritten; an earlier overview found in a folder is skipped.
  checkOutputs(args, args.inputs, l);
  const files = expandInputs(args.inputs, l).filter(
    (f) => !(args.out && sameFile(f, args.out)) && !(args.notice && sameFile(f, args.notice)),
  );
  const settings = await readSettings(args.settings, l);
  const progress = createProgress(io);
  let r: Rollup;
  try {
    progress.stage(say(l, T.rollingUp({ files: files.length })), files.length);
    r = await rollupFiles(files, { asOf, locale: l, onFile: (n) => progress.tick(n) });
  } finally {
    progress.finish();
  }
  await publishRollup(r, args, settings, io);
  for (const line of rollupNotes(r)) io.err(line);
  const withErrors = r.units.filter((u) => u.errors > 0);
  return r.unreadable.length + r.duplicates.length + withErrors.length > 0 ? 1 : 0;
}
