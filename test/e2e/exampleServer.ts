// The sidebar's server functions emulated in Node over the example ledger, computed with the real core.
import { join } from 'node:path';
import { readCsvGrid } from '../../src/cli/workbook';
import {
  type Cell,
  effectiveAsOf,
  type Locale,
  parseLedger,
  parseSettings,
  SETTING_DEFS,
  type Settings,
  settingOfKey,
  settingsFromForm,
  settingText,
} from '../../src/core';
import { buildDashboard, buildSettingsForm, type Dashboard } from '../../src/gas/sidebar-model';

export const EXAMPLES = join(__dirname, '../../examples');

export interface Call {
  name: string;
  args: unknown[];
}

export interface ExampleServer {
  /** Every call the page made, in order. */
  calls: Call[];
  ledger: Cell[][];
  settingsGrid: Cell[][];
  handle(name: string, args: unknown[]): Promise<unknown>;
  /** Makes the next call of `name` wait until the returned function is called (to see progress). */
  hold(name: string): () => void;
  /** Makes every call of `name` fail with this error, as Apps Script reports a thrown exception. */
  fail(name: string, error: Error): void;
  dashboard(): Dashboard;
}

export function exampleLedger(): Cell[][] {
  return readCsvGrid(join(EXAMPLES, 'ledger.csv'));
}

export function exampleSettings(): Cell[][] {
  return readCsvGrid(join(EXAMPLES, 'settings.csv'));
}

/**
 * The server side the page talks to: getDashboard and getSettingsForm build the same payloads the Apps Script
 * functions send (sidebarModel over core), saveSettings validates with settingsFromForm and updates the 设置
 * grid, and the selection and command calls are recorded.
 */
export function exampleServer(
  options: { ledger?: Cell[][]; settings?: Cell[][]; today?: string } = {},
): ExampleServer {
  const ledger = options.ledger ?? exampleLedger();
  let settingsGrid = options.settings ?? exampleSettings();
  const today = options.today ?? '2024-10-30';
  const calls: Call[] = [];
  const holds = new Map<string, Promise<void>>();
  const failures = new Map<string, Error>();

  const current = (): { settings: Settings; locale: Locale } => {
    const settings = parseSettings(settingsGrid).settings;
    return { settings, locale: settings.language };
  };

  const dashboard = (): Dashboard => {
    const { settings, locale } = current();
    const asOf = effectiveAsOf(settings, today);
    const parsed = parseLedger(ledger, { asOf, locale });
    return buildDashboard({
      problems: parsed.ledger?.problems ?? null,
      findings: [...parsed.findings, ...parseSettings(settingsGrid, { locale }).findings],
      settings,
      asOf,
      locale,
      sheetName: '台账',
    });
  };

  const saveSettings = (form: Record<string, string>) => {
    const { locale } = current();
    const { settings, issues } = settingsFromForm(form, locale);
    if (issues.length > 0) return { ok: false, issues };
    const grid = settingsGrid.map((r) => [...r]);
    for (const def of SETTING_DEFS) {
      if (!(def.key in form)) continue;
      const text = settingText(def, settings, locale);
      const row = grid.find((r) => settingOfKey(String(r[0] ?? ''))?.key === def.key);
      if (row) row[1] = text;
      else grid.push([def.zh, text, def.help.zh]);
    }
    settingsGrid = grid;
    return { ok: true, issues: [], form: buildSettingsForm(current().settings, current().locale) };
  };

  const handlers: Record<string, (...args: never[]) => unknown> = {
    getDashboard: dashboard,
    getSettingsForm: () => buildSettingsForm(current().settings, current().locale),
    saveSettings,
    selectRow: () => null,
    selectCell: () => null,
    runMenuCommand: (name: string) => ({ message: `ran ${name}` }),
  };

  return {
    calls,
    ledger,
    get settingsGrid() {
      return settingsGrid;
    },
    dashboard,
    async handle(name, args) {
      calls.push({ name, args });
      const held = holds.get(name);
      if (held) {
        holds.delete(name);
        await held;
      }
      const failure = failures.get(name);
      if (failure) throw failure;
      const handler = handlers[name];
      if (!handler) throw new Error(`google.script.run has no server function ${name}`);
      return (handler as (...a: unknown[]) => unknown)(...args);
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
