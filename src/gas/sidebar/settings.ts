// Saving the sidebar's settings form: validated by the settings schema, then one batched write to 设置.

import {
  type Cell,
  type Locale,
  SETTING_DEFS,
  type SettingDef,
  type SettingKey,
  type Settings,
  settingOfKey,
  settingsFromForm,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { SETTINGS_SHEET_HEADER as HEADER } from '../../core/messages/settings';
import { SETTINGS_SAVE_MESSAGES as M } from '../../core/messages/settings-values';
import { sheetNames } from '../../core/messages/sheets';
import { hasOwn } from '../../core/own';
import { UserError } from '../platform/errors';
import { calendarDateReader, isBlankGrid, readSettings, sessionLocale } from '../platform/ledger-sheet';
import { runLocked } from '../platform/run-locked';
import { resolveServices, type Services } from '../platform/services';
import { writeBlock } from '../platform/sheet-executor';
import { assertWritable, safeCell } from '../platform/sheet-write';
import { invalidSettings } from './server';
import { buildSettingsForm, type SettingsForm } from './settings-form';

type WriteCell = string | number | boolean | Date;

/** Columns of 设置: key, value, explanation (setupLedger lays it out the same way, with settingRow). */
const WIDTH = 3;
/** The 设置 header row; parseSettings skips it as a header. */
export function settingsHeader(locale: Locale): string[] {
  return [HEADER.setting, HEADER.value, HEADER.explanation].map((text) => say(locale, text));
}

export interface SaveResult {
  ok: boolean;
  /** One message per rejected field, keyed as the form is. */
  issues: { key: string; message: string }[];
  message: string;
  /** The form as saved, so the page shows the values as they now read (7,1 → 7、1). */
  form?: SettingsForm;
  /** Labels of the settings written. */
  written?: string[];
}

/** The cell a setting is written as: what its codec writes, a number as a number, text never as a formula. */
export function settingCell(def: SettingDef, settings: Settings, locale: Locale): WriteCell {
  const cell = def.codec.cell(settings[def.key], locale);
  return typeof cell === 'number' ? cell : safeCell(cell);
}

/** A 设置 row: the setting's name, its value as written, and what it means. */
export function settingRow(def: SettingDef, value: WriteCell, locale: Locale): WriteCell[] {
  return [safeCell(say(locale, def.label)), value, safeCell(say(locale, def.help))];
}

export interface SettingsWrite {
  /** 1-based sheet row of values[0]; the block spans columns A to C. */
  row: number;
  values: WriteCell[][];
}

/**
 * The one block to write: from the first row that changes to the last appended one, columns A–C. A row
 * that does not change is written back exactly as it is (its formula, or its value as text), so the
 * explanation column and anything else a person typed there stay as they were.
 */
export function settingsWritePlan(
  grid: readonly (readonly Cell[])[],
  formulas: readonly (readonly string[])[],
  changes: readonly { def: SettingDef; value: WriteCell }[],
  locale: Locale,
): SettingsWrite | null {
  if (changes.length === 0) return null;
  const existing = (r: number, c: number): WriteCell => formulas[r]?.[c] || safeCell(grid[r]?.[c]);
  const rows: WriteCell[][] = grid.map((_, r) => Array.from({ length: WIDTH }, (_v, c) => existing(r, c)));
  const blank = isBlankGrid(grid);
  if (blank) rows.splice(0, rows.length, settingsHeader(locale));
  const rowOf = new Map<SettingKey, number>();
  if (!blank) {
    // The last row naming a key is the one parseSettings keeps, so that is the one to change.
    grid.forEach((row, r) => {
      const def = settingOfKey(String(row[0] ?? ''));
      if (def) rowOf.set(def.key, r);
    });
  }
  let first = rows.length;
  for (const { def, value } of changes) {
    const r = rowOf.get(def.key);
    // rowOf holds indexes of grid rows, and rows has one entry per grid row.
    const row = r === undefined ? undefined : rows[r];
    if (r !== undefined && row) {
      row[1] = value;
      first = Math.min(first, r);
    } else {
      rows.push(settingRow(def, value, locale));
    }
  }
  if (blank) first = 0;
  return { row: first + 1, values: rows.slice(first) };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Only the form's known keys, as strings: the page is trusted for nothing. */
function formValues(form: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!form || typeof form !== 'object') return out;
  const source = form as Record<string, unknown>;
  for (const def of SETTING_DEFS) {
    if (hasOwn(source, def.key)) out[def.key] = String(source[def.key] ?? '');
  }
  return out;
}

/**
 * Saves the settings form. Bad values come back as messages per field and nothing is written; good ones
 * are written in one setValues, under the document lock, only for the settings that changed (a value a
 * person typed that means the same stays as typed).
 */
export function saveSettings(form: unknown, services?: Services): SaveResult {
  const s = resolveServices(services);
  const values = formValues(form);
  const locked = runLocked(s, 'sidebar', () => save(s, values));
  if (!locked.ran) {
    throw new UserError(say(sessionLocale(s), M.busy), 'lock.busy');
  }
  return locked.value;
}

function save(s: Services, values: Record<string, string>): SaveResult {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const read = readSettings(s, ss, calendarDateReader(s, ss.getSpreadsheetTimeZone()));
  const locale = read.locale;
  const { settings, issues } = settingsFromForm(values, locale);
  if (issues.length > 0) {
    return {
      ok: false,
      issues,
      message: say(locale, M.notSaved),
    };
  }
  const invalid = new Set(invalidSettings(read).map((r) => r.key));
  const current = (key: SettingKey) => (key === 'language' ? locale : read.settings[key]);
  const changed = SETTING_DEFS.filter(
    (def) => def.key in values && (invalid.has(def.key) || !same(current(def.key), settings[def.key])),
  );
  const nextLocale: Locale = changed.some((d) => d.key === 'language') ? settings.language : locale;
  const done = (message: string, written: string[]): SaveResult => ({
    ok: true,
    issues: [],
    message,
    form: buildSettingsForm({ ...settings, language: nextLocale }, nextLocale),
    written,
  });
  if (changed.length === 0) return done(say(locale, M.nothingChanged), []);

  let sheet = read.sheet;
  const grid = read.values;
  const formulas = sheet ? sheet.getDataRange().getFormulas() : [];
  const plan = settingsWritePlan(
    grid,
    formulas,
    changed.map((def) => ({ def, value: settingCell(def, settings, locale) })),
    locale,
  )!;
  if (sheet) {
    assertWritable(
      sheet,
      [{ row: plan.row, column: 1, numRows: plan.values.length, numColumns: WIDTH }],
      locale,
      s.spreadsheet.ProtectionType,
    );
  } else {
    sheet = ss.insertSheet(say(locale, sheetNames.settings));
  }
  writeBlock(sheet, plan.row, 1, plan.values);
  const labels = changed.map((d) => d.label);
  return done(
    say(locale, M.saved({ sheet: sheet.getName(), labels })),
    labels.map((label) => say(locale, label)),
  );
}
