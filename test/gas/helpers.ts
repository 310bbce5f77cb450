// Test helpers for the Sheets commands: a fake spreadsheet holding the example ledger, and Services over the fakes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/csv';
import type { Services } from '../../src/gas/platform/services';
import { createFakeEnv, type FakeEnv, type FakeEnvOptions, type SeedSheet } from '../fakes';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

export function exampleGrid(name: 'ledger' | 'settings' | 'narrative'): string[][] {
  return parseCsv(readFileSync(join(EXAMPLES, `${name}.csv`), 'utf8'));
}

/** 2024-10-30 15:00 in Shanghai: the as-of date of the example, as an instant. */
export const EXAMPLE_NOW = new Date('2024-10-30T15:00:00+08:00');

/** Services backed by the fakes; the clock is pinned. */
export function servicesOf(env: FakeEnv, now: Date = EXAMPLE_NOW): Services {
  const g = env.gas;
  const missing = (name: string) => {
    throw new Error(`test services: ${name} is not faked`);
  };
  return {
    spreadsheet: g.SpreadsheetApp,
    lock: g.LockService,
    properties: g.PropertiesService,
    session: g.Session,
    utilities: g.Utilities,
    script: g.ScriptApp,
    html: g.HtmlService,
    mail: g.MailApp,
    get document(): GoogleAppsScript.Document.DocumentApp {
      return missing('DocumentApp');
    },
    get drive(): Services['drive'] {
      return missing('Drive');
    },
    charts: g.Charts,
    now: () => new Date(now.getTime()),
  };
}

export interface ExampleOptions extends FakeEnvOptions {
  /** Keep the example's 统计截止日期 (2024-10-30); by default it is dropped so the clock decides. */
  pinAsOf?: boolean;
  ledger?: SeedSheet;
  /** Replaces the 设置 grid. */
  settings?: unknown[][];
  extraSheets?: SeedSheet[];
}

/** The example workbook as a person would have it: 台账, 设置 (as-of date unpinned unless asked) and 通报正文. */
export function exampleEnv(options: ExampleOptions = {}): FakeEnv {
  const settings =
    options.settings ??
    exampleGrid('settings').filter((row) => options.pinAsOf === true || row[0] !== '统计截止日期');
  return createFakeEnv({
    ...options,
    sheets: [
      options.ledger ?? { name: '台账', values: exampleGrid('ledger') },
      { name: '设置', values: settings },
      { name: '通报正文', values: exampleGrid('narrative') },
      ...(options.extraSheets ?? []),
    ],
  });
}
