// 初始化台账: creates what is missing (台账 columns, 设置 keys, 通报正文) and never overwrites; a second run changes nothing.
import {
  type Cell,
  DEFAULT_SETTINGS,
  type Field,
  fieldLabel,
  fieldWidth,
  findHeader,
  LEDGER_SHEETS,
  type Locale,
  maxOf,
  NARRATIVE_SHEETS,
  SETTING_DEFS,
  SETTINGS_SHEETS,
  type SettingDef,
  settingOfKey,
  setupFields,
  statusLabels,
  tr,
} from '../../core';
import { ensureEditTrigger } from '../history/edits';
import { type CommandEnv, runCommand } from '../platform/command';
import { UserError } from '../platform/errors';
import {
  calendarDateReader,
  findLedgerSheet,
  isBlankGrid,
  readSettings,
  sheetByNames,
} from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { writeBlock } from '../platform/sheet-executor';
import { type Area, assertWritable, safeCell } from '../platform/sheet-write';
import { SETTINGS_HEADER, settingCell, settingRow } from '../sidebar/settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Fields that get a data-validation rule, so clerks pick a value instead of typing one. */
const VALIDATED: readonly Field[] = ['status', 'longTerm', 'doneDate', 'recovered'];

/** Date fields: a date check and the yyyy-mm-dd format when the column is new. */
const DATE_FIELDS: readonly Field[] = ['doneDate', 'closureDate'];

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

/** The ledger part of the plan: what to add to (or create as) the ledger sheet. */
interface LedgerPlan {
  sheet: Sheet | null;
  name: string;
  headerRow: number;
  language: Locale;
  /** No ledger yet (no sheet, or a blank one): every column is new and gets its validation. */
  fresh: boolean;
  /** 0-based column of each field once the plan is applied. */
  columns: Partial<Record<Field, number>>;
  /** New header cells, written from column firstNew (1-based). */
  newFields: Field[];
  firstNew: number;
}

/** closureReview (销号需审核 = 是) adds 销号审核人 and 审核日期: before 备注 on a new ledger, else at the end. */
function planLedger(ss: Spreadsheet, locale: Locale, closureReview: boolean): LedgerPlan {
  const all = setupFields({ closureReview }).map((d) => d.field);
  // findLedgerSheet returns 台账/Ledger by name whenever it exists, empty or not.
  const found = findLedgerSheet(ss);
  const grid: Cell[][] = found?.grid ?? [];
  const sheet = found?.sheet ?? null;
  const name = sheet ? sheet.getName() : tr(locale, LEDGER_SHEETS[0], LEDGER_SHEETS[1]);
  const blank = isBlankGrid(grid);
  if (!sheet || blank) {
    const columns: Partial<Record<Field, number>> = {};
    all.forEach((f, i) => {
      columns[f] = i;
    });
    return { sheet, name, headerRow: 1, language: locale, fresh: true, columns, newFields: all, firstNew: 1 };
  }
  const { header } = findHeader(grid, 1, locale);
  if (!header) {
    throw new UserError(
      tr(
        locale,
        `工作表“${name}”已有内容，但找不到台账表头（应包含 问题描述、整改措施、责任科室、整改时限、整改状态 等列）。为免覆盖您的数据，本次未做修改；请先在第一行补上表头，或把该表改名后再初始化。`,
        `Sheet "${name}" has content but no ledger header row (Problem, Measures, Department, Deadline, Status…). To avoid overwriting your data nothing was changed; add the header row first, or rename that sheet and set up again.`,
      ),
      'header.not-found',
    );
  }
  const newFields = all.filter((f) => header.columns[f] === undefined);
  const width = maxOf(
    grid.map((r) => r.length),
    0,
  );
  const columns = { ...header.columns };
  newFields.forEach((f, i) => {
    columns[f] = width + i;
  });
  return {
    sheet,
    name,
    headerRow: header.index + 1,
    language: header.language,
    fresh: false,
    columns,
    newFields,
    firstNew: width + 1,
  };
}

/** The data-validation rule of a field, with help text in the ledger's language. */
function ruleFor(s: Services, field: Field, language: Locale): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = s.spreadsheet.newDataValidation().setAllowInvalid(true);
  // Rules warn rather than reject: the core also accepts aliases (已整改, 整改中) and dates written as text.
  switch (field) {
    case 'status':
      return builder
        .requireValueInList(statusLabels(language), true)
        .setHelpText(
          tr(
            language,
            '请选择：已完成、正在整改、未完成、长期坚持',
            'Pick Done, In progress, Not done or Long-term',
          ),
        )
        .build();
    case 'longTerm':
      return builder
        .requireValueInList(language === 'en' ? ['yes', 'no'] : ['是', '否'], true)
        .setHelpText(tr(language, '是否为长期坚持的整改任务', 'Is this a long-term task?'))
        .build();
    case 'closureDate':
      return builder
        .requireDate()
        .setHelpText(
          tr(
            language,
            '请填写销号审核日期，如 2024-10-15',
            'Enter the closure approval date, e.g. 2024-10-15',
          ),
        )
        .build();
    case 'doneDate':
      return builder
        .requireDate()
        .setHelpText(tr(language, '请填写完成日期，如 2024-09-30', 'Enter the done date, e.g. 2024-09-30'))
        .build();
    default:
      return builder
        .requireNumberGreaterThanOrEqualTo(0)
        .setHelpText(
          tr(language, '追赃挽损金额，单位万元，不小于 0', 'Amount recovered in 10k CNY, at least 0'),
        )
        .build();
  }
}

/** A new 设置 row: the default value, and the set-up language as 语言. */
function defaultSettingRow(def: SettingDef, locale: Locale): (string | number | boolean | Date)[] {
  return settingRow(def, settingCell(def, { ...DEFAULT_SETTINGS, language: locale }, locale), locale);
}

const NARRATIVE_HEADER = { zh: ['章节', '段落'], en: ['Section', 'Paragraph'] };

/** Menu 初始化台账. */
export function setupLedger(services?: Services): SetupResult | undefined {
  const s = resolveServices(services);
  return runCommand('setupLedger', s, (env) => setup(s, env));
}

function setup(s: Services, env: CommandEnv): SetupResult {
  const ss = s.spreadsheet.getActiveSpreadsheet();
  const dateOf = calendarDateReader(s, ss.getSpreadsheetTimeZone());
  const settingsRead = readSettings(s, ss, dateOf);
  const locale = settingsRead.locale;
  const protection = s.spreadsheet.ProtectionType;
  const result: SetupResult = {
    createdSheets: [],
    addedColumns: [],
    addedSettings: [],
    addedValidations: [],
    frozeHeader: false,
  };

  // ---- plan everything (reads only) ----
  const closureReview = settingsRead.settings.closureReview;
  const ledger = planLedger(ss, locale, closureReview);
  const validated = closureReview ? [...VALIDATED, 'closureDate' as const] : VALIDATED;
  const lang = ledger.language;
  const firstData = ledger.headerRow + 1;
  const maxRows = ledger.sheet ? ledger.sheet.getMaxRows() : 1000;
  const dataRows = Math.max(1, maxRows - ledger.headerRow);
  const frozen = ledger.sheet ? ledger.sheet.getFrozenRows() : 0;
  const needsValidation: Field[] = [];
  const created = ledger.fresh;
  if (created) needsValidation.push(...validated);
  else {
    // One read of the first data row's rules tells which existing columns still lack a dropdown.
    const width = ledger.firstNew - 1;
    const rules =
      firstData <= maxRows ? ledger.sheet!.getRange(firstData, 1, 1, width).getDataValidations()[0] : [];
    for (const f of validated) {
      if (ledger.newFields.includes(f) || !rules[ledger.columns[f]!]) needsValidation.push(f);
    }
  }
  if (ledger.sheet) {
    assertWritable(
      ledger.sheet,
      [
        {
          row: ledger.headerRow,
          column: 1,
          numRows: dataRows + 1,
          numColumns: ledger.firstNew - 1 + ledger.newFields.length,
        },
      ],
      locale,
      protection,
    );
  }

  const settingsSheet = settingsRead.sheet;
  let settingsRows: (string | number | boolean | Date)[][] = [];
  let settingsAt = 1;
  if (!settingsSheet) {
    settingsRows = [
      SETTINGS_HEADER[locale].map(safeCell),
      ...SETTING_DEFS.map((d) => defaultSettingRow(d, locale)),
    ];
  } else {
    const present = new Set(settingsRead.values.map((row) => settingOfKey(String(row[0] ?? ''))?.key));
    const missing = SETTING_DEFS.filter((d) => !present.has(d.key));
    settingsRows = missing.map((d) => defaultSettingRow(d, locale));
    result.addedSettings = missing.map((d) => d[locale]);
    settingsAt = settingsSheet.getLastRow() + 1;
    if (missing.length > 0) {
      assertWritable(settingsSheet, [settingsArea(settingsAt, missing.length)], locale, protection);
    }
  }
  const narrativeSheet = sheetByNames(ss, NARRATIVE_SHEETS);

  // ---- write ----
  const sheet = ledger.sheet ?? ss.insertSheet(ledger.name, 0);
  if (!ledger.sheet) result.createdSheets.push(ledger.name);
  if (ledger.newFields.length > 0) {
    const need = ledger.firstNew - 1 + ledger.newFields.length;
    const have = sheet.getMaxColumns();
    if (have < need) sheet.insertColumnsAfter(have, need - have);
    const labels = ledger.newFields.map((f) => fieldLabel(f, lang));
    const header = sheet.getRange(ledger.headerRow, ledger.firstNew, 1, labels.length);
    header.setValues([labels.map(safeCell)]);
    header.setFontWeight('bold');
    sheet
      .getRange(firstData, ledger.firstNew, dataRows, labels.length)
      .setWrap(true)
      .setVerticalAlignment('top');
    ledger.newFields.forEach((f, i) => {
      sheet.setColumnWidth(ledger.firstNew + i, fieldWidth(f));
    });
    if (ledger.sheet) result.addedColumns = labels;
  }
  if (frozen === 0) {
    sheet.setFrozenRows(ledger.headerRow);
    result.frozeHeader = true;
  }
  for (const f of needsValidation) {
    const column = ledger.columns[f]! + 1;
    const range = sheet.getRange(firstData, column, dataRows, 1);
    range.setDataValidation(ruleFor(s, f, lang));
    if (DATE_FIELDS.includes(f) && ledger.newFields.includes(f)) range.setNumberFormat('yyyy-mm-dd');
    if (!created) result.addedValidations.push(fieldLabel(f, lang));
  }

  if (!settingsSheet) {
    const name = tr(locale, SETTINGS_SHEETS[0], SETTINGS_SHEETS[1]);
    const newSheet = ss.insertSheet(name);
    newSheet.getRange(1, 1, settingsRows.length, 3).setValues(settingsRows);
    newSheet.getRange(1, 1, 1, 3).setFontWeight('bold');
    newSheet.setFrozenRows(1);
    newSheet.setColumnWidth(1, 180);
    newSheet.setColumnWidth(2, 260);
    newSheet.setColumnWidth(3, 420);
    result.createdSheets.push(name);
  } else if (settingsRows.length > 0) {
    // 设置 may already fill its sheet to the last row: grow it before appending the missing settings.
    writeBlock(settingsSheet, settingsAt, 1, settingsRows);
  }
  if (!narrativeSheet) {
    const name = tr(locale, NARRATIVE_SHEETS[0], NARRATIVE_SHEETS[1]);
    const newSheet = ss.insertSheet(name);
    newSheet.getRange(1, 1, 1, 2).setValues([NARRATIVE_HEADER[locale]]).setFontWeight('bold');
    newSheet.setFrozenRows(1);
    newSheet.setColumnWidth(1, 240);
    newSheet.setColumnWidth(2, 640);
    result.createdSheets.push(name);
  }

  // Edit history: one onEdit trigger, 修改记录 and a fresh hidden snapshot; idempotent.
  ensureEditTrigger(s, sheet);

  // insertSheet activates each new sheet; the person should land on the ledger.
  if (result.createdSheets.length > 0) sheet.activate();
  env.ui.alert(
    tr(locale, '整改台账助手 · 初始化台账', 'Rectify · Set up ledger'),
    setupSummary(result, ledger.name, locale),
    env.ui.ButtonSet.OK,
  );
  return result;
}

function settingsArea(row: number, numRows: number): Area {
  return { row, column: 1, numRows, numColumns: 3 };
}

/** What the run did, in a sentence per change; a run with nothing to do says so. */
export function setupSummary(r: SetupResult, ledgerName: string, locale: Locale): string {
  const sep = tr(locale, '、', ', ');
  const lines: string[] = [];
  if (r.createdSheets.length)
    lines.push(
      tr(
        locale,
        `已新建工作表：${r.createdSheets.join(sep)}。`,
        `Created sheets: ${r.createdSheets.join(sep)}.`,
      ),
    );
  if (r.addedColumns.length)
    lines.push(
      tr(
        locale,
        `已在“${ledgerName}”末尾补充 ${r.addedColumns.length} 列：${r.addedColumns.join(sep)}。原有列和数据未改动。`,
        `Added ${r.addedColumns.length} column(s) at the end of "${ledgerName}": ${r.addedColumns.join(sep)}. Existing columns and data are unchanged.`,
      ),
    );
  if (r.addedValidations.length)
    lines.push(
      tr(
        locale,
        `已为以下列添加下拉选项或格式检查：${r.addedValidations.join(sep)}。`,
        `Added dropdowns or checks to: ${r.addedValidations.join(sep)}.`,
      ),
    );
  if (r.addedSettings.length)
    lines.push(
      tr(
        locale,
        `已在“设置”中补充 ${r.addedSettings.length} 项：${r.addedSettings.join(sep)}。`,
        `Added ${r.addedSettings.length} setting(s): ${r.addedSettings.join(sep)}.`,
      ),
    );
  if (r.frozeHeader && !r.createdSheets.length)
    lines.push(tr(locale, '已冻结表头行。', 'Froze the header row.'));
  if (lines.length === 0)
    return tr(
      locale,
      '台账、设置和通报正文都已齐全，本次没有做任何修改。',
      'The ledger, settings and narrative sheets are complete; nothing was changed.',
    );
  lines.push(
    tr(
      locale,
      '接下来：在台账中逐行填写整改事项，然后使用“校验台账”“标记逾期”“汇总统计”。',
      'Next: fill in the ledger row by row, then use Validate ledger, Colour by deadline and Update totals.',
    ),
  );
  return lines.join('\n');
}
