// The sidebar's server side for browser tests: the real server functions over the fakes holding the example.
import { join } from 'node:path';
import { readCsvGrid } from '../../src/cli/workbook';
import type { Cell } from '../../src/core';
import { withServices } from '../../src/gas/platform/services';
import { runMenuCommand } from '../../src/gas/sidebar/commands';
import {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  selectCell,
  selectRow,
} from '../../src/gas/sidebar/server';
import { saveSettings } from '../../src/gas/sidebar/settings';
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
 * The example as an office audits it (#8): done dates across several months (some past their deadline), an
 * approved and an unapproved extension, a problem long overdue, and 销号需审核 = 是 with a few approvals.
 */
export function accountableExample(): { ledger: Cell[][]; settings: Cell[][] } {
  const ledger = exampleLedger();
  const header = ledger[0].map(String);
  const col = (name: string) => header.indexOf(name);
  const added = ['延期至', '延期批准', '销号审核人', '审核日期'];
  ledger[0] = [...ledger[0], ...added];
  for (let r = 1; r < ledger.length; r++) ledger[r] = [...ledger[r], '', '', '', ''];
  const at = (name: string) => (col(name) >= 0 ? col(name) : header.length + added.indexOf(name));
  const doneDates = ['2024-06-20', '2024-08-15', '2024-09-10', '2024-09-28', '2024-10-12', '2024-10-25'];
  let done = 0;
  for (let r = 1; r < ledger.length; r++) {
    if (ledger[r][at('整改状态')] !== '已完成') continue;
    ledger[r][at('完成日期')] = doneDates[done % doneDates.length];
    if (done < 4) {
      ledger[r][at('销号审核人')] = '纪检组长';
      ledger[r][at('审核日期')] = '2024-10-28';
    }
    done++;
  }
  const row = (id: string) => ledger.findIndex((r) => r[0] === id);
  // 4-3 was due before September: an approved extension to the end of the year takes it out of overdue.
  ledger[row('4-3')][at('延期至')] = '2024-12-31';
  ledger[row('4-3')][at('延期批准')] = '文联党组〔2024〕5号';
  // 10-1 asked for more time without approval: the original deadline stands.
  ledger[row('10-1')][at('延期至')] = '2024-11-30';
  // 10-2 has been overdue since June, 12-2 since August.
  ledger[row('10-2')][at('整改时限')] = '2024年6月底前完成整改';
  ledger[row('12-2')][at('整改时限')] = '2024年8月底前完成整改';
  const settings = [...exampleSettings(), ['销号需审核', '是']];
  return { ledger, settings };
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
  const s = withServices(servicesOf(env), { document: env.gas.DocumentApp, drive: env.gas.Drive });
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
