// The one executor: checks protections over exactly what is written, creates and grows sheets, then batched writes.
//
// Sheets refuses a range past a sheet's last row or column ("Those rows are out of bounds":
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)),
// so every sheet grows to its blocks first
// (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)).
// A write to a protected range fails half-way ("You are trying to edit a protected cell"), so every area is
// checked before the first write.
import type { Locale } from '../../core';
import type { ValidationRule } from '../../core/outcome';
import { type Block, isNewSheet, type NewSheet, type Target, type Writes } from './outcome';
import type { Services } from './services';
import { type Area, assertWritable, NOTE_MARKER, withOwnNote } from './sheet-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * Makes the writes: refuses before the first one when a protection covers any area written; creates the
 * new sheets; grows each sheet to its blocks (asking its size only beyond what the reads showed); writes
 * each block with one call per kind. Returns the sheet of each target.
 */
export function applyWrites(s: Services, writes: Writes, locale: Locale): (target: Target) => Sheet {
  checkProtections(s, writes, locale);
  const made = new Map<NewSheet, Sheet>();
  const create = writes.create ?? [];
  const ss = create.length > 0 ? (writes.spreadsheet ?? s.spreadsheet.getActiveSpreadsheet()) : null;
  for (const n of create) if (ss) made.set(n, createSheet(ss, n));
  const sheetOf = (target: Target): Sheet => {
    if (!isNewSheet(target)) return target;
    const sheet = made.get(target);
    if (!sheet) throw new Error(`applyWrites: sheet ${target.create} is written but not created`);
    return sheet;
  };
  for (const c of writes.clear ?? []) clearSheet(sheetOf(c.sheet), c.what);
  growSheets(writes, sheetOf);
  for (const block of writes.blocks) applyBlock(s, sheetOf(block.sheet), block);
  for (const w of writes.columnWidths ?? []) sheetOf(w.sheet).setColumnWidth(w.column, w.width);
  for (const f of writes.frozenRows ?? []) sheetOf(f.sheet).setFrozenRows(f.rows);
  for (const chart of writes.charts ?? []) {
    const sheet = sheetOf(chart.sheet);
    const t = chart.table;
    const built = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(t.row, t.column, t.numRows, t.numColumns))
      .setNumHeaders(1)
      .setOption('isStacked', true)
      .setOption('title', chart.title)
      .setPosition(chart.at.row, chart.at.column, 0, 0)
      .build();
    sheet.insertChart(built);
  }
  if (writes.activate) sheetOf(writes.activate).activate();
  return sheetOf;
}

/** The areas each existing sheet is written in; new sheets have no protection yet. */
function touched(writes: Writes): Map<Sheet, Area[]> {
  const bySheet = new Map<Sheet, Area[]>();
  const add = (target: Target, area: Area) => {
    if (isNewSheet(target)) return;
    const list = bySheet.get(target);
    if (list) list.push(area);
    else bySheet.set(target, [area]);
  };
  for (const b of writes.blocks) add(b.sheet, b);
  for (const g of writes.guard ?? []) add(g.sheet, g.area);
  // A column width or a frozen row changes the sheet's layout: a protection over the sheet refuses it.
  for (const w of writes.columnWidths ?? [])
    add(w.sheet, { row: 1, column: w.column, numRows: 1, numColumns: 1 });
  for (const f of writes.frozenRows ?? [])
    add(f.sheet, { row: 1, column: 1, numRows: Math.max(1, f.rows), numColumns: 1 });
  return bySheet;
}

function checkProtections(s: Services, writes: Writes, locale: Locale): void {
  for (const [sheet, areas] of touched(writes)) {
    assertWritable(sheet, areas, locale, s.spreadsheet.ProtectionType);
  }
}

function createSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, n: NewSheet): Sheet {
  const sheet = n.index === undefined ? ss.insertSheet(n.create) : ss.insertSheet(n.create, n.index);
  if (n.hidden) sheet.hideSheet();
  if (n.warningOnly !== undefined) sheet.protect().setDescription(n.warningOnly).setWarningOnly(true);
  return sheet;
}

/** Rectify's own sheets only (汇总, the fill record): nothing a person typed lives there. */
function clearSheet(sheet: Sheet, what: 'all' | 'contents'): void {
  if (what === 'contents') {
    sheet.clearContents();
    return;
  }
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/**
 * Grows each sheet to the last row and column its blocks reach. A dimension the reads already showed to be
 * large enough is not asked for; otherwise one getMaxRows or getMaxColumns, and one insert when short.
 */
function growSheets(writes: Writes, sheetOf: (target: Target) => Sheet): void {
  const need = new Map<Sheet, { rows: number; columns: number }>();
  for (const b of writes.blocks) {
    if (b.range) continue;
    const sheet = sheetOf(b.sheet);
    const n = need.get(sheet) ?? { rows: 0, columns: 0 };
    n.rows = Math.max(n.rows, b.row + b.numRows - 1);
    n.columns = Math.max(n.columns, b.column + b.numColumns - 1);
    need.set(sheet, n);
  }
  const known = new Map<Sheet, { rows: number; columns: number }>();
  for (const k of writes.known ?? []) known.set(k.sheet, k);
  for (const [sheet, n] of need) {
    const k = known.get(sheet);
    if (!k || k.rows < n.rows) {
      const rows = sheet.getMaxRows();
      if (rows < n.rows) sheet.insertRowsAfter(rows, n.rows - rows);
    }
    if (!k || k.columns < n.columns) {
      const columns = sheet.getMaxColumns();
      if (columns < n.columns) sheet.insertColumnsAfter(columns, n.columns - columns);
    }
  }
}

/** One getRange (unless the command read through it already), then one call per kind of write. */
function applyBlock(s: Services, sheet: Sheet, b: Block): void {
  if (b.numRows <= 0 || b.numColumns <= 0) return;
  const range: Range = b.range ?? sheet.getRange(b.row, b.column, b.numRows, b.numColumns);
  if (b.numberFormats) range.setNumberFormats(b.numberFormats);
  if (b.values) range.setValues(b.values);
  if (b.fontWeights) range.setFontWeights(b.fontWeights);
  if (b.fills) range.setBackgrounds(b.fills);
  if (b.ownNotes) {
    const { notes, marker = NOTE_MARKER } = b.ownNotes;
    range.setNotes(
      range.getNotes().map((row, r) => row.map((note, c) => withOwnNote(note, notes[r]?.[c] ?? '', marker))),
    );
  }
  if (b.bold) range.setFontWeight('bold');
  if (b.wrap) range.setWrap(true);
  if (b.verticalAlignment) range.setVerticalAlignment(b.verticalAlignment);
  if (b.validation) range.setDataValidation(dataValidation(s, b.validation));
  if (b.numberFormat) range.setNumberFormat(b.numberFormat);
}

/** The rule as Sheets builds it; rules warn (setAllowInvalid) rather than reject. */
function dataValidation(s: Services, rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = s.spreadsheet.newDataValidation().setAllowInvalid(true);
  switch (rule.kind) {
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'date':
      builder.requireDate();
      break;
    case 'atLeast':
      builder.requireNumberGreaterThanOrEqualTo(rule.min);
      break;
  }
  return builder.setHelpText(rule.help).build();
}
