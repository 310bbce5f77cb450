// The sidebar's server side for browser tests: the real server functions over the fakes holding the example.
import { join } from 'node:path';
import { readCsvGrid } from '../../src/cli/workbook';
import type { Cell } from '../../src/core';
import { withServices } from '../../src/gas/services';
import {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  selectCell,
  selectRow,
} from '../../src/gas/sidebar';
import { runMenuCommand } from '../../src/gas/sidebar-commands';
import { saveSettings } from '../../src/gas/sidebar-settings';
import { createFakeEnv, type FakeEnv } from '../fakes';
import { servicesOf } from '../gas/helpers';

export const EXAMPLES = join(__dirname, '../../examples');

export interface Call {
  name: string;
  args: unknown[];
}

export interface ExampleServer {
  env: FakeEnv;
  /** Every call the page made, in order. */
  calls: Call[];
  /** The 设置 sheet's values now. */
  readonly settingsGrid: unknown[][];
  /** "台账!A7:P7": what the user would see selected in the spreadsheet. */
  selection(): string;
  handle(name: string, args: unknown[]): Promise<unknown>;
  /** Makes the next call of `name` wait until the returned function is called (to see progress). */
  hold(name: string): () => void;
  /** Makes every call of `name` fail with this error, as Apps Script reports a thrown exception. */
  fail(name: string, error: Error): void;
}

export function exampleLedger(): Cell[][] {
  return readCsvGrid(join(EXAMPLES, 'ledger.csv'));
}

export function exampleSettings(): Cell[][] {
  return readCsvGrid(join(EXAMPLES, 'settings.csv'));
}

/**
 * A spreadsheet holding the example (台账 and 设置, clock at 2024-10-30 in Shanghai) and the page's server
 * functions run against it exactly as google.script.run would call them, with the services as parameters.
 */
export function exampleServer(options: { ledger?: Cell[][]; settings?: Cell[][] } = {}): ExampleServer {
  const env = createFakeEnv({
    sheets: [
      { name: '台账', values: options.ledger ?? exampleLedger() },
      { name: '设置', values: options.settings ?? exampleSettings() },
      { name: '通报正文', values: readCsvGrid(join(EXAMPLES, 'narrative.csv')) },
    ],
  });
  const s = withServices(servicesOf(env), { document: env.gas.DocumentApp, drive: env.gas.DriveApp });
  const calls: Call[] = [];
  const holds = new Map<string, Promise<void>>();
  const failures = new Map<string, Error>();
  const handlers: Record<string, (...args: unknown[]) => unknown> = {
    getDashboard: () => getDashboard(s),
    getSettingsForm: () => getSettingsForm(s),
    getNoticePreview: () => getNoticePreview(s),
    saveSettings: (form) => saveSettings(form, s),
    selectRow: (row) => selectRow(row, s),
    selectCell: (cell) => selectCell(cell, s),
    runMenuCommand: (name) => runMenuCommand(name, s),
  };
  return {
    env,
    calls,
    get settingsGrid() {
      return env.values('设置');
    },
    selection() {
      return env.calls.untracked(() => {
        const ss = env.gas.SpreadsheetApp.getActiveSpreadsheet();
        return `${ss.getActiveSheet().getName()}!${ss.getActiveRange()!.getA1Notation()}`;
      });
    },
    async handle(name, args) {
      calls.push({ name, args });
      const held = holds.get(name);
      if (held) {
        holds.delete(name);
        await held;
      }
      const failure = failures.get(name);
      if (failure) throw failure;
      const handler = Object.hasOwn(handlers, name) ? handlers[name] : undefined;
      if (!handler) throw new Error(`Script function not found: ${name}`);
      // google.script.run passes plain values both ways.
      return JSON.parse(JSON.stringify(handler(...args) ?? null));
    },
    hold(name) {
      let release = () => {};
      holds.set(
        name,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => release();
    },
    fail(name, error) {
      failures.set(name, error);
    },
  };
}
