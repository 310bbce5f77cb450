// Colours a copy of an Excel/WPS ledger: urgency fills on data rows, a note on each bad cell, and a legend sheet.
import {
  type CalendarDate,
  type Cell,
  FIELD_DEFS,
  type Finding,
  fieldOfHeader,
  findingText,
  isBlank,
  LEDGER_SHEETS,
  type Ledger,
  type Locale,
  legend,
  maxOf,
  minOf,
  PALETTE,
  PALETTE_COLOURS,
  SETTINGS_SHEETS,
  tr,
  type Urgency,
  urgencyOf,
} from '../core';
import {
  findSheetByName,
  gridToXlsx,
  type LegendCell,
  openXlsx,
  paintWorkbook,
  type SheetRef,
  type XlsxBook,
} from '../ooxml';
import type { Progress } from './progress';

/** Our notes start with this, so a later run replaces them and leaves every other note alone. */
export const NOTE_MARKS = ['【整改台账助手】', '[Rectify]'];
/** The legend sheet's first cell; it tells our own legend sheet from a person's sheet of the same name. */
export const LEGEND_TITLES = ['整改台账助手 · 图例', 'Rectify · Legend'];

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
    [{ text: tr(locale, LEGEND_TITLES[0], LEGEND_TITLES[1]), bold: true, size: 14 }],
    [
      {
        text: tr(
          locale,
          `统计日期 ${asOf}；${leadDays} 天内到期的标为橙色。颜色只表示期限，不改变台账内容；带“${NOTE_MARKS[0]}”批注的单元格需要修改。`,
          `As of ${asOf}; rows due within ${leadDays} days are amber. Colours mark deadlines only and change no value; cells with a "${NOTE_MARKS[1]}" note need fixing.`,
        ),
      },
    ],
    [],
    [tr(locale, '颜色', 'Colour'), tr(locale, '含义', 'Meaning'), tr(locale, '行数', 'Rows')].map((text) => ({
      text,
      bold: true,
    })),
  ];
  const counts: Record<string, number> = summary.rows;
  const urgencyOfColour = Object.fromEntries(Object.entries(PALETTE).map(([u, c]) => [c, u]));
  for (const item of legend(locale, leadDays)) {
    rows.push([
      { fill: item.colour },
      { text: item.label },
      { number: counts[urgencyOfColour[item.colour]] ?? 0 },
    ]);
  }
  while (rows.length < 10) rows.push([]);
  rows.push([
    { text: tr(locale, `检查结果（${findings.length}）`, `Findings (${findings.length})`), bold: true },
  ]);
  rows.push(
    [tr(locale, '单元格', 'Cell'), tr(locale, '级别', 'Severity'), tr(locale, '说明', 'Message')].map(
      (text) => ({
        text,
        bold: true,
      }),
    ),
  );
  for (const f of findings) {
    const target = f.sheet ?? ledgerSheet;
    rows.push([
      // A link straight to the cell, as a clerk fixing the ledger wants.
      { text: `${target}!${f.cell}`, link: `'${target.replace(/'/g, "''")}'!${f.cell}` },
      { text: f.severity === 'error' ? tr(locale, '错误', 'error') : tr(locale, '提醒', 'warning') },
      { text: findingText(locale, f) },
    ]);
  }
  return rows;
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
  const settingsSheet = findSheetByName(book, SETTINGS_SHEETS);
  const notes: { sheet: SheetRef; row: number; column: number; text: string; lines: string[] }[] = [];
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
      `${f.severity === 'error' ? tr(locale, '错误', 'Error') : tr(locale, '提醒', 'Warning')}：${findingText(locale, f)}`,
    );
  }
  const mark = tr(locale, NOTE_MARKS[0], NOTE_MARKS[1]);
  for (const n of notes) n.text = `${mark}\n${n.lines.join('\n')}`;
  const rowCount = Math.max(grid.length, ledger.headerRow) - ledger.headerRow;
  options.progress?.stage(tr(locale, '着色', 'Colouring'), rowCount);
  const result = paintWorkbook(book, {
    sheet,
    merges,
    rows: { first: ledger.headerRow + 1, last: Math.max(grid.length, maxOf(urgencies.keys(), 0)) },
    columns: tableColumns(ledger, grid),
    rowColours,
    ours: PALETTE_COLOURS,
    notes,
    noteMarks: NOTE_MARKS,
    noteAuthor: tr(locale, '整改台账助手', 'Rectify'),
    legend: {
      baseName: tr(locale, '图例', 'Legend'),
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
    sheetName: tr(locale, LEDGER_SHEETS[0], LEDGER_SHEETS[1]),
    boldRow: ledger.headerRow,
    frozenRows: ledger.headerRow,
    widths,
  });
  const book = openXlsx(bytes, {
    maxInflatedBytes: Number.MAX_SAFE_INTEGER,
    maxRows: Number.MAX_SAFE_INTEGER,
  });
  return { book, sheet: book.sheets[0] };
}
