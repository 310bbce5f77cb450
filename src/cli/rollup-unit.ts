// A roll-up's unit rows, check, table and notes from ledgers the caller reads: no file system, so the offline page rolls up dropped files too.
import {
  type CalendarDate,
  countBySeverity,
  type Locale,
  mismatchMessage,
  progressCells,
  progressHeader,
  type Rollup,
  RollupBuilder,
  reconcileRollup,
  type UnitSummary,
  unitNameOf,
  unitSummary,
} from '../core';
import { say } from '../core/messages/bilingual';
import { rollupColumns as C } from '../core/messages/rollup';
import { rollupCliText as T } from '../core/messages/rollup-notice-cli';
import { CliError } from './errors';
import type { LedgerSource } from './ledger-bytes';
import { allFindings, type CommandContext, contextFromSource, requireLedger, totalsOf } from './pipeline';

/** The unit's row, its name from 设置 › 被巡察单位, the title row or `fileName`; a sheet without a ledger throws. */
export function unitOfContext(ctx: CommandContext, fileName: string): UnitSummary {
  const ledger = requireLedger(ctx);
  const { unit, source } = unitNameOf({
    setting: ctx.settings.inspectedUnit,
    grid: ctx.grid,
    headerIndex: ledger.headerRow - 1,
    fileName,
  });
  return unitSummary({
    unit,
    unitSource: source,
    file: ctx.path,
    totals: totalsOf(ctx),
    blankCategory: say(ctx.locale, C.blankCategory),
    errors: countBySeverity(allFindings(ctx)).error,
  });
}

export type UnitRead = { unit: UnitSummary } | { reason: string };

/** One ledger to roll up, read when its turn comes: `name` names it in messages, `file` is the unit's file name. */
export interface UnitInput {
  name: string;
  file: string;
  open(): Promise<LedgerSource>;
}

/** Reads each ledger in turn and keeps only its summary, so memory holds one ledger at a time. */
export async function rollupUnits(
  inputs: readonly UnitInput[],
  options: { asOf: CalendarDate; locale: Locale; onFile?: (done: number) => void },
): Promise<Rollup> {
  const builder = new RollupBuilder({ asOf: options.asOf, locale: options.locale });
  for (const [i, { name, file, open }] of inputs.entries()) {
    const read = await unitFromSource(open, name, file, options.asOf, options.locale);
    if ('unit' in read) builder.addUnit(read.unit);
    else builder.addUnreadable(name, read.reason);
    options.onFile?.(i + 1);
  }
  return builder.finish();
}

/**
 * The same two steps as every command's loadContext (read, contextFromSource), with one as-of date and
 * language for all units. Only the summary leaves this function, so the ledger's cells are garbage at once.
 * `name` is how messages name the file (a path, or a dropped file's name); `file` is the unit's file name.
 */
export async function unitFromSource(
  open: () => Promise<LedgerSource>,
  name: string,
  file: string,
  asOf: CalendarDate,
  l: Locale,
): Promise<UnitRead> {
  try {
    const source = await open();
    const ctx = contextFromSource(source, { asOf, lang: l, today: asOf });
    return { unit: unitOfContext(ctx, file) };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // The message already names the file; the list shows the file beside it, so say only why.
    const reason = error.message.startsWith(name)
      ? error.message
          .slice(name.length)
          .replace(/^\s*[:：]\s*/, '')
          .trim()
      : error.message;
    return { reason };
  }
}

/** A roll-up that does not add up is an error (exit 3): a totals row that disagrees with its units is never published. */
export function checkRollup(r: Rollup): void {
  const l = r.locale;
  const mismatches = reconcileRollup(r);
  if (mismatches.length > 0)
    throw new CliError(
      [say(l, T.mismatch), ...mismatches.map((m) => `  ${mismatchMessage(m, l)}`)].join('\n'),
      3,
    );
}

/** The units table `rectify rollup` prints: one row a unit, then 合计. */
export function rollupTable(r: Rollup): { headers: string[]; rows: (string | number)[][] } {
  const l = r.locale;
  const t = r.totals;
  const rows = r.units.map((u) => [...progressCells(u.unit, u), u.dueSoon]);
  rows.push([...progressCells(say(l, C.total), t), t.dueSoon]);
  return { headers: [...progressHeader(l), say(l, C.dueSoon)], rows };
}

/** What was left out and why, and whose figures may be off: the lines `rectify rollup` prints on stderr. */
export function rollupNotes(r: Rollup): string[] {
  const l = r.locale;
  const lines: string[] = [];
  for (const u of r.unreadable) lines.push(say(l, T.unreadable({ file: u.file, reason: u.reason })));
  for (const d of r.duplicates) lines.push(say(l, T.duplicate({ ledgers: d.files, unit: d.unit })));
  const withErrors = r.units.filter((u) => u.errors > 0);
  if (withErrors.length > 0) lines.push(say(l, T.unitsWithErrors({ names: withErrors.map((u) => u.unit) })));
  return lines;
}
