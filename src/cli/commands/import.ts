// `rectify import`: a published notice or plan (.docx, .pdf, .txt, .md, .html) back to a ledger (.xlsx or .csv).
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { type Locale, shorten } from '../../core';
import {
  type Figures,
  type ImportResult,
  importedLedgerGrid,
  importFindingText,
  importJson,
} from '../../core/import';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { FINDING_WORDS as W } from '../../core/messages/cli';
import { IMPORT_OUT as OUT, IMPORT_REPORT as R, UNPLACED_REASONS } from '../../core/messages/cli-import';
import { checkedRunLocale } from '../args';
import { CliError } from '../errors';
import { table } from '../format';
import { readImportSource } from '../import/read';
import { importOf, importWorkbook } from '../import/result';
import type { Io } from '../io';
import { sameFile, writeAtomically } from './colour';

type OutFormat = 'xlsx' | 'csv';

function outFormat(input: string, out: string | undefined, json: boolean, l: Locale): OutFormat | null {
  if (out === undefined || out === '') {
    if (json) return null;
    throw new CliError(say(l, OUT.missing));
  }
  const ext = extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') throw new CliError(say(l, OUT.wrongType({ out })));
  if (sameFile(input, out)) throw new CliError(say(l, OUT.isInput({ out })));
  // A ledger someone keeps must never be replaced by an import: the import writes a new file only.
  if (existsSync(out)) throw new CliError(say(l, OUT.exists({ out })));
  return ext === '.xlsx' ? 'xlsx' : 'csv';
}

/** A CSV cell as Excel reads it back: quoted when it holds a comma, quote or line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a BOM, so Excel on Chinese Windows opens it as UTF-8 rather than GBK. */
export function csvBytes(grid: readonly (readonly string[])[]): Uint8Array {
  return Buffer.from(`\uFEFF${grid.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export { importWorkbook } from '../import/result';

function figuresText(f: Figures): Bilingual {
  const v = (n: number | null) => (n === null ? '—' : String(n));
  return R.figures({
    total: v(f.total),
    done: v(f.done),
    inProgress: v(f.inProgress),
    notDone: v(f.notDone),
    longTerm: v(f.longTerm),
  });
}

/** The paragraphs left out of the ledger, and why, as a table. */
function unplacedText(result: ImportResult, l: Locale): string[] {
  return [
    say(l, R.unplacedHeading({ count: result.unplaced.length })),
    table(
      [say(l, R.paragraph), say(l, R.kind), say(l, R.text)],
      result.unplaced.map((u) => [
        String(u.paragraphs[0]),
        say(l, UNPLACED_REASONS[u.reason]),
        shorten(u.text, 60),
      ]),
    ),
    '',
  ];
}

/** The importer's findings, each with the paragraph it is about and the text it quotes. */
function findingsText(result: ImportResult, l: Locale): string[] {
  return [
    table(
      [say(l, R.paragraph), say(l, W.severity), say(l, W.message), say(l, R.sourceText)],
      result.findings.map((f) => [
        f.paragraph === undefined ? '' : String(f.paragraph),
        say(l, f.severity === 'error' ? W.error : W.warning),
        importFindingText(l, f),
        f.quote ?? '',
      ]),
    ),
    '',
  ];
}

/** The closing line: what was written where, and how many errors and warnings the import found. */
function wroteText(result: ImportResult, out: string, format: OutFormat | null, l: Locale): string {
  const count = result.narrative.length;
  const narrative =
    format === 'csv' && count > 0
      ? R.narrativeNotInCsv({ count })
      : format === 'xlsx'
        ? R.narrativeInXlsx({ count })
        : null;
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  return say(
    l,
    R.wrote({
      out,
      problems: result.problems.length,
      narrative,
      errors,
      warnings: result.findings.length - errors,
    }),
  );
}

export async function importCommand(
  args: { input: string; out?: string; json?: boolean; lang?: string },
  io: Io,
): Promise<number> {
  const l = checkedRunLocale(args.lang);
  const format = outFormat(args.input, args.out, args.json === true, l);
  const source = await readImportSource(args.input, l);
  const result = importOf(source, args.input, l);
  if (format && args.out) {
    const bytes =
      format === 'xlsx' ? await importWorkbook(result, l) : csvBytes(importedLedgerGrid(result.problems, l));
    writeAtomically(args.out, bytes, l);
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (args.json) {
    io.out(JSON.stringify(importJson(result, l), null, 2));
    return errors > 0 ? 1 : 0;
  }
  if (result.unplaced.length > 0) for (const line of unplacedText(result, l)) io.out(line);
  if (result.findings.length > 0) for (const line of findingsText(result, l)) io.out(line);
  if (result.printedFigures) {
    io.out(say(l, R.printedFigures({ figures: figuresText(result.printedFigures) })));
    io.out(say(l, R.rowFigures({ figures: figuresText(result.rowFigures) })));
  }
  io.out(wroteText(result, args.out ?? '', format, l));
  return errors > 0 ? 1 : 0;
}
