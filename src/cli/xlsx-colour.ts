// Colours a copy of an Excel/WPS ledger: urgency fills on data rows, a note on each bad cell, and a legend sheet.

import {
  type CalendarDate,
  type Cell,
  FIELD_DEFS,
  type Finding,
  fieldOfHeader,
  findingText,
  isBlank,
  type Ledger,
  type Locale,
  legend,
  maxOf,
  minOf,
  PALETTE,
  PALETTE_COLOURS,
  SETTINGS_SHEETS,
  type Urgency,
  urgencyOf,
} from '../core';
import { say } from '../core/messages/bilingual';
import { FINDING_WORDS as W } from '../core/messages/cli';
import { COLOUR_SHEET as SHEET } from '../core/messages/cli-colour';
import { sheetNames } from '../core/messages/sheets';
import {
  findSheetByName,
  gridToXlsx,
  type LegendCell,
  openXlsx,
  type PaintRequest,
  paintWorkbook,
  type SheetRef,
  type XlsxBook,
} from '../ooxml';
import type { Progress } from './progress-port';

/** A note paintWorkbook writes: a cell of a sheet, and its text. */
type Note = PaintRequest['notes'][number];

/** Our notes start with this, so a later run replaces them and leaves every other note alone. */
export const NOTE_MARKS = [SHEET.noteMark.zh, SHEET.noteMark.en];
/** The legend sheet's first cell; it tells our own legend sheet from a person's sheet of the same name. */
export const LEGEND_TITLES = [SHEET.legendTitle.zh, SHEET.legendTitle.en];

export interface ColourOptions {
  asOf: CalendarDate;
  leadDays: number;
  locale: Locale;
  /** Findings of the ledger sheet and, when they name it, of the settings sheet. */
  findings: Finding[];
  progress?: Progress;
}

export interface ColourSummary {
  rows: Record<Exclude<Urgency, 'none'>, number>;
  /** Cells given a note. */
  notes: number;
  /** Findings whose cell already holds a person's note: listed on the legend sheet only. */
  skippedNotes: number;
  /** Cells whose fill a person made, left as they were. */
  keptFills: number;
  legendSheet: string;
}

/**
 * The table's columns (1-based, inclusive): from the first header cell to the last column that belongs to
 * the table, i.e. the last of the ledger's own fields and the columns right after it that hold a header or
 * data, up to the first wholly empty column. A stray value far to the right (an "x" in XFD1) is not the table.
 */
export function tableColumns(
  ledger: Ledger,
  grid: readonly (readonly Cell[])[],
): { first: number; last: number } {
  const known = Object.values(ledger.header.columns).filter((c): c is number => c !== undefined);
  const first = minOf([...known, ...ledger.header.unknown.map((u) => u.column)]) + 1;
  let last = maxOf(known) + 1;
  const headerIndex = ledger.headerRow - 1;
  for (let c = last; ; c++) {
    // c is the 0-based index of the column after `last`.
    let used = !isBlank(grid[headerIndex]?.[c]);
    for (let r = headerIndex + 1; !used && r < grid.length; r++) used = !isBlank(grid[r]?.[c]);
    if (!used) break;
    last = c + 1;
  }
  return { first, last };
}

/** Urgency of each problem row, by 1-based sheet row. */
export function rowUrgencies(ledger: Ledger, asOf: CalendarDate, leadDays: number): Map<number, Urgency> {
  const rows = new Map<number, Urgency>();
  for (const p of ledger.problems) rows.set(p.row, urgencyOf(p, asOf, leadDays).urgency);
  return rows;
}

/** The legend sheet's cells: colours, counts, and every finding with a link to its cell. */
function legendRows(
  ledgerSheet: string,
  summary: ColourSummary,
  options: ColourOptions,
): (LegendCell | null)[][] {
  const { locale, asOf, leadDays, findings } = options;
  const rows: (LegendCell | null)[][] = [
    [{ text: say(locale, SHEET.legendTitle), bold: true, size: 14 }],
    [{ text: say(locale, SHEET.legendIntro({ asOf, leadDays })) }],
    [],
    [SHEET.colour, SHEET.meaning, SHEET.rows].map((text) => ({ text: say(locale, text), bold: true })),
  ];
  const counts: Record<string, number> = summary.rows;
  const urgencyOfColour = new Map(Object.entries(PALETTE).map(([u, c]) => [c, u]));
  for (const item of legend(locale, leadDays)) {
    const urgency = urgencyOfColour.get(item.colour);
    rows.push([
      { fill: item.colour },
      { text: item.label },
      { number: (urgency === undefined ? undefined : counts[urgency]) ?? 0 },
    ]);
  }
  while (rows.length < 10) rows.push([]);
  rows.push([{ text: say(locale, SHEET.findingsHeading({ count: findings.length })), bold: true }]);
  rows.push([W.cell, W.severity, W.message].map((text) => ({ text: say(locale, text), bold: true })));
  for (const f of findings) {
    const target = f.sheet ?? ledgerSheet;
    rows.push([
      // A link straight to the cell, as a clerk fixing the ledger wants.
      { text: `${target}!${f.cell}`, link: `'${target.replace(/'/g, "''")}'!${f.cell}` },
      { text: say(locale, f.severity === 'error' ? W.error : W.warning) },
      { text: findingText(locale, f) },
    ]);
  }
  return rows;
}

/** One note per cell that has findings, each finding a line under our mark; settings findings go on 设置. */
function findingNotes(book: XlsxBook, sheet: SheetRef, findings: readonly Finding[], locale: Locale): Note[] {
  const settingsSheet = findSheetByName(book, SETTINGS_SHEETS);
  const notes: (Note & { lines: string[] })[] = [];
  const byCell = new Map<string, (typeof notes)[number]>();
  for (const f of findings) {
    const target = f.sheet ? (findSheetByName(book, [f.sheet]) ?? settingsSheet) : sheet;
    if (!target) continue;
    const k = `${target.part}!${f.cell}`;
    let entry = byCell.get(k);
    if (!entry) {
      entry = { sheet: target, row: f.row, column: f.column, text: '', lines: [] };
      byCell.set(k, entry);
      notes.push(entry);
    }
    entry.lines.push(
      `${say(locale, f.severity === 'error' ? W.errorNote : W.warningNote)}：${findingText(locale, f)}`,
    );
  }
  const mark = say(locale, SHEET.noteMark);
  for (const n of notes) n.text = `${mark}\n${n.lines.join('\n')}`;
  return notes;
}

/**
 * Colours a copy of the workbook (a patch: see src/ooxml/paint.ts for what may change) and returns its
 * bytes with a summary. `grid` is the ledger sheet as read, for the table's extent.
 */
export function colourWorkbook(
  book: XlsxBook,
  sheet: SheetRef,
  merges: readonly string[],
  grid: readonly (readonly Cell[])[],
  ledger: Ledger,
  options: ColourOptions,
): { bytes: Uint8Array; summary: ColourSummary } {
  const { asOf, leadDays, locale, findings } = options;
  const urgencies = rowUrgencies(ledger, asOf, leadDays);
  const summary: ColourSummary = {
    rows: { done: 0, longTerm: 0, overdue: 0, dueSoon: 0 },
    notes: 0,
    skippedNotes: 0,
    keptFills: 0,
    legendSheet: '',
  };
  const rowColours = new Map<number, string>();
  for (const [row, urgency] of urgencies) {
    if (urgency === 'none') continue;
    summary.rows[urgency]++;
    rowColours.set(row, PALETTE[urgency]);
  }
  const notes = findingNotes(book, sheet, findings, locale);
  const rowCount = Math.max(grid.length, ledger.headerRow) - ledger.headerRow;
  options.progress?.stage(say(locale, SHEET.colouring), rowCount);
  const result = paintWorkbook(book, {
    sheet,
    merges,
    rows: { first: ledger.headerRow + 1, last: Math.max(grid.length, maxOf(urgencies.keys(), 0)) },
    columns: tableColumns(ledger, grid),
    rowColours,
    ours: PALETTE_COLOURS,
    notes,
    noteMarks: NOTE_MARKS,
    noteAuthor: say(locale, SHEET.noteAuthor),
    legend: {
      baseName: say(locale, SHEET.legendSheet),
      titles: LEGEND_TITLES,
      rows: legendRows(sheet.name, summary, options),
      widths: [16, 40, 100],
    },
    onRow: (row) => options.progress?.tick(Math.max(0, row - ledger.headerRow)),
  });
  summary.notes = result.notes;
  summary.skippedNotes = result.skippedNotes;
  summary.keptFills = result.keptFills;
  summary.legendSheet = result.legendSheet;
  return { bytes: result.bytes, summary };
}

/** A new workbook holding a CSV ledger as text (values exactly as typed), opened for colouring. */
export function workbookFromGrid(
  grid: Cell[][],
  ledger: Ledger,
  locale: Locale,
): { book: XlsxBook; sheet: SheetRef } {
  const headerCells = grid[ledger.headerRow - 1] ?? [];
  const widths = headerCells.map((h) => {
    const px = FIELD_DEFS.find((d) => d.field === fieldOfHeader(String(h ?? '')))?.width ?? 100;
    // Excel widths count characters of about 7 pixels.
    return Math.round(px / 7);
  });
  const bytes = gridToXlsx(grid, {
    sheetName: say(locale, sheetNames.ledger),
    boldRow: ledger.headerRow,
    frozenRows: ledger.headerRow,
    widths,
  });
  const book = openXlsx(bytes, {
    maxInflatedBytes: Number.MAX_SAFE_INTEGER,
    maxRows: Number.MAX_SAFE_INTEGER,
  });
  // gridToXlsx writes exactly one worksheet.
  const sheet = book.sheets[0];
  if (!sheet) throw new Error('gridToXlsx wrote no sheet');
  return { book, sheet };
}
