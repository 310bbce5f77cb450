// 初始化台账 as a pure plan: which sheets, columns, checks and settings are missing; the adapter only writes them.

import { maxOf } from './arrays';
import { type Field, fieldLabel, fieldWidth, setupFields } from './fields';
import { findHeader } from './header';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { commonMessages } from './messages/common';
import { setupMessages as M } from './messages/setup';
import { sheetNames } from './messages/sheets';
import type { ValidationRule } from './outcome';
import { SETTING_DEFS, type SettingDef, settingOfKey } from './settings';
import { statusLabels } from './status';
import type { Cell } from './text';

/**
 * The check each field gets, or null for none. A Record over every Field, so a new field does not compile
 * until someone decides its rule. The order of the keys is the order the summary names them.
 */
export const FIELD_RULES = {
  status: (l: Locale): ValidationRule => ({
    kind: 'list',
    values: statusLabels(l),
    help: say(l, M.statusHelp),
  }),
  longTerm: (l: Locale): ValidationRule => ({
    kind: 'list',
    // The yes/no words the ledger reads (ledger.ts): the dropdown offers the plain pair.
    values: [say(l, M.yes), say(l, M.no)],
    help: say(l, M.longTermHelp),
  }),
  doneDate: (l: Locale): ValidationRule => ({ kind: 'date', help: say(l, M.doneDateHelp) }),
  recovered: (l: Locale): ValidationRule => ({ kind: 'atLeast', min: 0, help: say(l, M.recoveredHelp) }),
  closureDate: (l: Locale): ValidationRule => ({ kind: 'date', help: say(l, M.closureDateHelp) }),
  id: null,
  category: null,
  source: null,
  problem: null,
  measures: null,
  lead: null,
  department: null,
  ownerEmail: null,
  deadline: null,
  longTermMeasures: null,
  // Phrases such as 2024年12月底前: no date check.
  longTermDeadline: null,
  evidence: null,
  remarks: null,
  extendedTo: null,
  extensionApproval: null,
  closureApprover: null,
} satisfies Record<Field, ((language: Locale) => ValidationRule) | null>;

/** The rule of a field in the ledger's language, or null when the field takes free text. */
export function ruleFor(field: Field, language: Locale): ValidationRule | null {
  const rule: ((language: Locale) => ValidationRule) | null = FIELD_RULES[field];
  return rule ? rule(language) : null;
}

/** Fields whose new column is also formatted as a date. */
const DATE_FORMAT = 'yyyy-mm-dd';

export interface SetupResult {
  /** Sheets created by this run. */
  createdSheets: string[];
  /** Header labels added at the end of an existing ledger. */
  addedColumns: string[];
  /** Settings rows added to an existing 设置 sheet. */
  addedSettings: string[];
  /** Ledger columns that received a dropdown or check this run. */
  addedValidations: string[];
  frozeHeader: boolean;
}

/** The ledger sheet as read: null when there is none. */
export interface LedgerRead {
  name: string;
  grid: Cell[][];
  maxRows: number;
  frozenRows: number;
}

/** Where the ledger's columns are, or will be once the plan is written. */
export interface LedgerLayout {
  /** No ledger sheet yet: the plan creates it. */
  create: boolean;
  name: string;
  headerRow: number;
  language: Locale;
  /** No ledger yet (no sheet, or a blank one): every column is new and gets its check. */
  fresh: boolean;
  /** The fields this ledger should have (销号需审核 adds two). */
  fields: Field[];
  /** 0-based column of each field once the plan is applied. */
  columns: Partial<Record<Field, number>>;
  /** New header cells, written from column firstNew (1-based). */
  newFields: Field[];
  firstNew: number;
  /** Rows below the header that get the format and checks: the sheet's rows (1,000 on a new sheet). */
  dataRows: number;
  frozenRows: number;
}

/** The row count of a sheet insertSheet makes, which the checks of a new ledger cover. */
const NEW_SHEET_ROWS = 1000;

/**
 * The columns of the ledger: all of them on a new or blank sheet, else the missing ones at the end. 销号需审核
 * = 是 adds 销号审核人 and 审核日期: before 备注 on a new ledger, else at the end. Null when the sheet has
 * content but no header row (nothing may be written there).
 */
export function ledgerLayout(
  read: LedgerRead | null,
  locale: Locale,
  closureReview: boolean,
): LedgerLayout | null {
  const all = setupFields({ closureReview }).map((d) => d.field);
  const grid = read?.grid ?? [];
  const name = read ? read.name : say(locale, sheetNames.ledger);
  const base = { create: read === null, name, fields: all, frozenRows: read?.frozenRows ?? 0 };
  const dataRows = (headerRow: number) => Math.max(1, (read?.maxRows ?? NEW_SHEET_ROWS) - headerRow);
  if (grid.every((row) => row.every((c) => c === '' || c == null))) {
    const columns: Partial<Record<Field, number>> = {};
    all.forEach((f, i) => {
      columns[f] = i;
    });
    return {
      ...base,
      headerRow: 1,
      language: locale,
      fresh: true,
      columns,
      newFields: all,
      firstNew: 1,
      dataRows: dataRows(1),
    };
  }
  const { header } = findHeader(grid, 1);
  if (!header) return null;
  const newFields = all.filter((f) => header.columns[f] === undefined);
  const width = maxOf(
    grid.map((r) => r.length),
    0,
  );
  const columns = { ...header.columns };
  newFields.forEach((f, i) => {
    columns[f] = width + i;
  });
  const headerRow = header.index + 1;
  const layout = {
    headerRow,
    language: header.language,
    fresh: false,
    columns,
    newFields,
    firstNew: width + 1,
  };
  return { ...base, ...layout, dataRows: dataRows(headerRow) };
}

/** A check to put on one column of data rows. */
export interface ColumnCheck {
  field: Field;
  /** 1-based. */
  column: number;
  rule: ValidationRule;
  /** A new date column also gets the yyyy-mm-dd format. */
  numberFormat: string | null;
}

/** The settings part: what 设置 lacks. */
export interface SettingsRead {
  /** 设置's values as read; null when there is no such sheet. */
  values: Cell[][] | null;
  lastRow: number;
}

export interface SetupPlan {
  ledger: LedgerLayout & { labels: string[]; widths: number[]; checks: ColumnCheck[]; freeze: boolean };
  /** 设置: the sheet to create (null when it exists), the settings to add and the row they start at. */
  settings: { create: string | null; add: readonly SettingDef[]; at: number };
  narrative: { create: string | null; header: [string, string] };
  result: SetupResult;
}

export interface SetupInputs {
  layout: LedgerLayout;
  /** Whether each existing column's first data cell has a rule (one read); [] on a fresh ledger. */
  ruled: readonly boolean[];
  settings: SettingsRead;
  narrativeExists: boolean;
  /** The run's language (设置's 语言, else the account's); the ledger keeps its own. */
  locale: Locale;
}

/** The whole run: every decision, no write. */
export function setupPlan(input: SetupInputs): SetupPlan {
  const { layout, locale } = input;
  const lang = layout.language;
  const labels = layout.newFields.map((f) => fieldLabel(f, lang));
  const checks = columnChecks(layout, input.ruled);
  const missing = input.settings.values ? missingSettings(input.settings.values) : SETTING_DEFS;
  const settingsName = input.settings.values ? null : say(locale, sheetNames.settings);
  const narrativeName = input.narrativeExists ? null : say(locale, sheetNames.narrative);
  const created = [layout.create ? layout.name : null, settingsName, narrativeName];
  return {
    ledger: {
      ...layout,
      labels,
      widths: layout.newFields.map(fieldWidth),
      checks,
      freeze: layout.frozenRows === 0,
    },
    settings: {
      create: settingsName,
      add: missing,
      at: input.settings.values ? input.settings.lastRow + 1 : 2,
    },
    narrative: {
      create: narrativeName,
      header: [say(locale, M.narrativeSection), say(locale, M.narrativeParagraph)],
    },
    result: {
      createdSheets: created.filter((name): name is string => name !== null),
      addedColumns: layout.create ? [] : labels,
      addedSettings: input.settings.values ? missing.map((d) => say(locale, d.label)) : [],
      addedValidations: layout.fresh ? [] : checks.map((c) => fieldLabel(c.field, lang)),
      frozeHeader: layout.frozenRows === 0,
    },
  };
}

/** The columns that get a check: every checked one on a fresh ledger, else new ones and those without a rule. */
function columnChecks(layout: LedgerLayout, ruled: readonly boolean[]): ColumnCheck[] {
  const checks: ColumnCheck[] = [];
  for (const field of Object.keys(FIELD_RULES) as Field[]) {
    const column = layout.columns[field];
    const rule = ruleFor(field, layout.language);
    if (column === undefined || rule === null || !layout.fields.includes(field)) continue;
    const isNew = layout.newFields.includes(field);
    if (!layout.fresh && !isNew && ruled[column] === true) continue;
    const numberFormat = rule.kind === 'date' && isNew ? DATE_FORMAT : null;
    checks.push({ field, column: column + 1, rule, numberFormat });
  }
  return checks;
}

/** Settings whose key no row of 设置 names, in the registry's order. */
export function missingSettings(values: readonly (readonly Cell[])[]): readonly SettingDef[] {
  const present = new Set(values.map((row) => settingOfKey(String(row[0] ?? ''))?.key));
  return SETTING_DEFS.filter((d) => !present.has(d.key));
}

/** What the run did, in a sentence per change; a run with nothing to do says so. */
export function setupSummary(r: SetupResult, ledgerName: string, locale: Locale): string {
  const sep = say(locale, commonMessages.listSeparator);
  const lines: string[] = [];
  if (r.createdSheets.length) lines.push(say(locale, M.createdSheets({ names: r.createdSheets.join(sep) })));
  if (r.addedColumns.length) {
    const count = r.addedColumns.length;
    lines.push(say(locale, M.addedColumns({ ledger: ledgerName, count, labels: r.addedColumns.join(sep) })));
  }
  if (r.addedValidations.length)
    lines.push(say(locale, M.addedValidations({ labels: r.addedValidations.join(sep) })));
  if (r.addedSettings.length) {
    const count = r.addedSettings.length;
    lines.push(say(locale, M.addedSettings({ count, labels: r.addedSettings.join(sep) })));
  }
  if (r.frozeHeader && !r.createdSheets.length) lines.push(say(locale, M.frozeHeader));
  if (lines.length === 0) return say(locale, M.nothingToDo);
  lines.push(say(locale, M.next));
  return lines.join('\n');
}
