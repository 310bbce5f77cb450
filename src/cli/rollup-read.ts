// Reads one unit's ledger file into its roll-up row, or the reason it cannot be read: the step the pool runs.
import { basename } from 'node:path';
import type { CalendarDate, Locale, UnitSummary } from '../core';
import { CliError } from './errors';
import { contextFromSource } from './pipeline';
import { unitOfContext } from './rollup-unit';
import { readLedger } from './workbook';

export type UnitRead = { unit: UnitSummary } | { reason: string };

/**
 * The same two steps as every command's loadContext (readLedger, contextFromSource), with one as-of date and
 * language for all units. Only the summary leaves this function, so the ledger's cells are garbage at once.
 */
export async function readUnitFile(file: string, asOf: CalendarDate, l: Locale): Promise<UnitRead> {
  try {
    const source = await readLedger(file, l);
    const ctx = contextFromSource(source, { asOf, lang: l, today: asOf });
    return { unit: unitOfContext(ctx, basename(file)) };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // The message already names the file; the list shows the file beside it, so say only why.
    const reason = error.message.startsWith(file)
      ? error.message
          .slice(file.length)
          .replace(/^\s*[:：]\s*/, '')
          .trim()
      : error.message;
    return { reason };
  }
}
