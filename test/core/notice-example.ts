// The bundled example (examples/*.csv) parsed as the notice tests need it: problems, settings, narrative.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import { type Cell, type NoticeInput, parseLedger, parseSettings } from '../../src/core';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

export function exampleGrid(name: string): Cell[][] {
  return parseCsv(readFileSync(join(EXAMPLES, name), 'utf8'));
}

/** The example as of 2024-10-30 (notice date 2024-12-20 comes from settings.csv). */
export function exampleInput(overrides: Partial<NoticeInput> = {}): NoticeInput {
  const asOf = '2024-10-30';
  const { ledger } = parseLedger(exampleGrid('ledger.csv'), { asOf });
  if (!ledger) throw new Error('example ledger did not parse');
  const { settings } = parseSettings(exampleGrid('settings.csv'));
  return { problems: ledger.problems, settings, asOf, narrative: exampleGrid('narrative.csv'), ...overrides };
}
