// 初始化台账: creates what is missing (台账 columns, 设置 keys, 通报正文) and never overwrites; a second run changes nothing.
import { type Cell, DEFAULT_SETTINGS, type Locale, NARRATIVE_SHEETS, type SettingDef } from '../../core';
import { say } from '../../core/messages/bilingual';
import { setupMessages as M } from '../../core/messages/setup';
import {
  type LedgerLayout,
  ledgerLayout,
  type SetupPlan,
  type SetupResult,
  setupPlan,
  setupSummary,
} from '../../core/setup-plan';
import { ensureEditTrigger } from '../history/edits';
import { runOutcome } from '../platform/command';
import { UserError } from '../platform/errors';
import { calendarDateReader, findLedgerSheet, readSettings, sheetByNames } from '../platform/ledger-sheet';
import {
  type Block,
  isNewSheet,
  mergeWrites,
  type NewSheet,
  type Outcome,
  type Target,
  type Writes,
} from '../platform/outcome';
import { resolveServices, type Services } from '../platform/services';
import { safeCell } from '../platform/sheet-write';
import { settingCell, settingRow, settingsHeader } from '../sidebar/settings';

export type { SetupResult } from '../../core/setup-plan';
export { setupSummary } from '../../core/setup-plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Menu 初始化台账. */
export function setupLedger(services?: Services): SetupResult | undefined {
  const s = resolveServices(services);
  return runOutcome('setupLedger', s, () => setup(s));
}

/** Reads what exists, plans in the core, and hands the plan to the executor as writes. */
function setup(s: Services): Outcome<SetupResult> {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const settingsRead = readSettings(s, ss, calendarDateReader(s, ss.getSpreadsheetTimeZone()));
  const { locale } = settingsRead;
  const found = findLedgerSheet(ss);
  const ledgerSheet = found?.sheet ?? null;
  const read = found
    ? {
        name: found.sheet.getName(),
        grid: found.grid,
        maxRows: found.sheet.getMaxRows(),
        frozenRows: found.sheet.getFrozenRows(),
      }
    : null;
  const layout = ledgerLayout(read, locale, settingsRead.settings.closureReview);
  if (!layout) {
    throw new UserError(say(locale, M.contentWithoutHeader({ name: read?.name ?? '' })), 'header.not-found');
  }
  const settingsSheet = settingsRead.sheet;
  const plan = setupPlan({
    layout,
    ruled: ledgerSheet && read ? ruledColumns(ledgerSheet, layout, read.maxRows) : [],
    settings: {
      values: settingsSheet ? settingsRead.values : null,
      lastRow: settingsSheet?.getLastRow() ?? 0,
    },
    narrativeExists: sheetByNames(ss, NARRATIVE_SHEETS) !== null,
    locale,
  });
  const ledger: Target = ledgerSheet ?? { create: layout.name, index: 0 };
  const writes = mergeWrites(
    { spreadsheet: ss, blocks: [] },
    ledgerWrites(plan, ledger),
    settingsWrites(plan, settingsSheet, locale),
    narrativeWrites(plan),
  );
  return {
    // insertSheet activates each new sheet; the person should land on the ledger.
    writes: plan.result.createdSheets.length > 0 ? { ...writes, activate: ledger } : writes,
    report: { show: 'alert', locale, lines: [setupSummary(plan.result, layout.name, locale)] },
    value: plan.result,
    // Edit history: one onEdit trigger, 修改记录 and a fresh hidden snapshot; idempotent.
    afterWrites: (sheetOf) => {
      ensureEditTrigger(s, sheetOf(ledger));
    },
  };
}

/** Whether each existing column's first data cell has a rule: one read of the first data row. */
function ruledColumns(sheet: Sheet, layout: LedgerLayout, maxRows: number): boolean[] {
  const firstData = layout.headerRow + 1;
  const width = layout.firstNew - 1;
  if (layout.fresh || width < 1 || firstData > maxRows) return [];
  const rules = sheet.getRange(firstData, 1, 1, width).getDataValidations()[0] ?? [];
  return rules.map((rule) => rule !== null);
}

/** New header cells (bold, wrapped and top-aligned below), widths, the frozen header and the column checks. */
function ledgerWrites(plan: SetupPlan, sheet: Target): Writes {
  const l = plan.ledger;
  const firstData = l.headerRow + 1;
  const blocks: Block[] = [];
  const n = l.labels.length;
  if (n > 0) {
    const values = [l.labels.map(safeCell)];
    blocks.push({
      sheet,
      row: l.headerRow,
      column: l.firstNew,
      numRows: 1,
      numColumns: n,
      values,
      bold: true,
    });
    const data = { sheet, row: firstData, column: l.firstNew, numRows: l.dataRows, numColumns: n };
    blocks.push({ ...data, wrap: true, verticalAlignment: 'top' });
  }
  for (const c of l.checks) {
    const numberFormat = c.numberFormat ?? undefined;
    blocks.push({
      sheet,
      row: firstData,
      column: c.column,
      numRows: l.dataRows,
      numColumns: 1,
      validation: c.rule,
      numberFormat,
    });
  }
  // An existing ledger's rows were read (getMaxRows), and its columns up to the last one with data.
  const known = isNewSheet(sheet) ? [] : [{ sheet, rows: l.headerRow + l.dataRows, columns: l.firstNew - 1 }];
  return {
    create: isNewSheet(sheet) ? [sheet] : [],
    blocks,
    columnWidths: l.widths.map((width, i) => ({ sheet, column: l.firstNew + i, width })),
    frozenRows: l.freeze ? [{ sheet, rows: l.headerRow }] : [],
    known,
  };
}

/** A new 设置 row: the default value, and the set-up language as 语言. */
function defaultSettingRow(def: SettingDef, locale: Locale): Cell[] {
  return settingRow(def, settingCell(def, { ...DEFAULT_SETTINGS, language: locale }, locale), locale);
}

/** A new 设置 with its header and every setting, or the missing settings below the last row of the existing one. */
function settingsWrites(plan: SetupPlan, existing: Sheet | null, locale: Locale): Writes {
  const { create, add, at } = plan.settings;
  const rows = add.map((d) => defaultSettingRow(d, locale) as (string | number | boolean | Date)[]);
  if (existing) {
    if (rows.length === 0) return { blocks: [] };
    return {
      blocks: [{ sheet: existing, row: at, column: 1, numRows: rows.length, numColumns: 3, values: rows }],
    };
  }
  const sheet: NewSheet = { create: create ?? '' };
  const header = settingsHeader(locale).map(safeCell);
  return {
    create: [sheet],
    blocks: [
      { sheet, row: 1, column: 1, numRows: rows.length + 1, numColumns: 3, values: [header, ...rows] },
      { sheet, row: 1, column: 1, numRows: 1, numColumns: 3, bold: true },
    ],
    frozenRows: [{ sheet, rows: 1 }],
    columnWidths: [180, 260, 420].map((width, i) => ({ sheet, column: i + 1, width })),
  };
}

/** 通报正文 with its two column heads, when missing. */
function narrativeWrites(plan: SetupPlan): Writes {
  const { create, header } = plan.narrative;
  if (create === null) return { blocks: [] };
  const sheet: NewSheet = { create };
  return {
    create: [sheet],
    blocks: [{ sheet, row: 1, column: 1, numRows: 1, numColumns: 2, values: [header], bold: true }],
    frozenRows: [{ sheet, rows: 1 }],
    columnWidths: [240, 640].map((width, i) => ({ sheet, column: i + 1, width })),
  };
}
