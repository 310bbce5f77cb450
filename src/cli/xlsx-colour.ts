// Colours a copy of an Excel/WPS ledger: urgency fills on data rows, a note on each bad cell, and a legend sheet.
import ExcelJS from 'exceljs';
import {
  type CalendarDate,
  type Cell,
  FIELD_DEFS,
  type Finding,
  fieldOfHeader,
  LEDGER_SHEETS,
  type Ledger,
  type Locale,
  legend,
  PALETTE,
  PALETTE_COLOURS,
  SETTINGS_SHEETS,
  tr,
  type Urgency,
  urgencyOf,
} from '../core';
import { indexOfBytes } from './ledger-bytes';

function findSheet(workbook: ExcelJS.Workbook, names: string[]): ExcelJS.Worksheet | undefined {
  for (const name of names) {
    const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === name.toLowerCase());
    if (sheet) return sheet;
  }
  return undefined;
}

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

type SolidFill = ExcelJS.FillPattern;

/** The colour of a solid fill as '#rrggbb', or null for no fill; theme and indexed colours are not ours. */
export function fillColour(fill: ExcelJS.Fill | undefined): string | null | 'other' {
  if (fill?.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  return typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2).toLowerCase()}` : 'other';
}

function solid(colour: string): SolidFill {
  const argb = `FF${colour.slice(1).toUpperCase()}`;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

const NO_FILL: SolidFill = { type: 'pattern', pattern: 'none' };

/**
 * Sets one cell's fill. exceljs shares one style object between all cells loaded with the same style, so
 * assigning cell.fill would repaint every such cell: give the cell its own style object instead.
 */
function setFill(cell: ExcelJS.Cell, fill: SolidFill): void {
  cell.style = { ...cell.style, fill };
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function isOurNote(note: ExcelJS.Cell['note'] | undefined): boolean {
  const text = noteText(note);
  return NOTE_MARKS.some((m) => text.startsWith(m));
}

function clearNote(cell: ExcelJS.Cell): void {
  // exceljs has no API to delete a note; the comment lives in this private field.
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/** The table's columns (1-based, inclusive): from the first to the last non-blank header cell. */
export function tableColumns(ledger: Ledger): { first: number; last: number } {
  const columns = [
    ...Object.values(ledger.header.columns).filter((c): c is number => c !== undefined),
    ...ledger.header.unknown.map((u) => u.column),
  ];
  return { first: Math.min(...columns) + 1, last: Math.max(...columns) + 1 };
}

/** Urgency of each problem row, by 1-based sheet row. */
export function rowUrgencies(ledger: Ledger, asOf: CalendarDate, leadDays: number): Map<number, Urgency> {
  const rows = new Map<number, Urgency>();
  for (const p of ledger.problems) rows.set(p.row, urgencyOf(p, asOf, leadDays).urgency);
  return rows;
}

/** Colours the ledger sheet and writes notes and the legend into the workbook, in place. */
export function colourWorkbook(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  ledger: Ledger,
  options: ColourOptions,
): ColourSummary {
  const { asOf, leadDays, locale, findings } = options;
  const urgencies = rowUrgencies(ledger, asOf, leadDays);
  const { first, last } = tableColumns(ledger);
  const summary: ColourSummary = {
    rows: { done: 0, longTerm: 0, overdue: 0, dueSoon: 0 },
    notes: 0,
    skippedNotes: 0,
    keptFills: 0,
    legendSheet: '',
  };
  const lastRow = Math.max(sheet.rowCount, ...urgencies.keys());
  const rowCount = lastRow - ledger.headerRow;
  options.progress?.stage(tr(locale, '着色', 'Colouring'), rowCount);
  for (let r = ledger.headerRow + 1; r <= lastRow; r++) {
    const urgency = urgencies.get(r) ?? 'none';
    if (urgency !== 'none') summary.rows[urgency]++;
    const want = urgency === 'none' ? null : PALETTE[urgency];
    for (let c = first; c <= last; c++) {
      // Rows and cells that do not exist need no clearing; they are created only to receive a fill.
      const cell = want ? sheet.getCell(r, c) : sheet.findCell(r, c);
      if (!cell || (cell.isMerged && cell.master !== cell)) continue;
      const have = fillColour(cell.fill);
      if (have === want) continue;
      if (have !== null && !PALETTE_COLOURS.has(have)) {
        summary.keptFills++;
        continue;
      }
      setFill(cell, want ? solid(want) : NO_FILL);
    }
    if ((r - ledger.headerRow) % 500 === 0) options.progress?.tick(r - ledger.headerRow);
  }

  const settingsSheet = findSheet(workbook, SETTINGS_SHEETS);
  for (const target of new Set([sheet, settingsSheet])) {
    target?.eachRow((row) =>
      row.eachCell((cell) => {
        if (isOurNote(cell.note)) clearNote(cell);
      }),
    );
  }
  const byCell = new Map<
    string,
    { target: ExcelJS.Worksheet; row: number; column: number; lines: string[] }
  >();
  for (const f of findings) {
    const target = f.sheet ? (findSheet(workbook, [f.sheet, ...SETTINGS_SHEETS]) ?? null) : sheet;
    if (!target) continue;
    const key = `${target.name}!${f.cell}`;
    const entry = byCell.get(key) ?? { target, row: f.row, column: f.column, lines: [] };
    entry.lines.push(
      `${f.severity === 'error' ? tr(locale, '错误', 'Error') : tr(locale, '提醒', 'Warning')}：${f.message}`,
    );
    byCell.set(key, entry);
  }
  const mark = tr(locale, NOTE_MARKS[0], NOTE_MARKS[1]);
  for (const { target, row, column, lines } of byCell.values()) {
    const cell = target.getCell(row, column);
    if (noteText(cell.note) !== '') {
      summary.skippedNotes++;
      continue;
    }
    cell.note = `${mark}\n${lines.join('\n')}`;
    summary.notes++;
  }

  summary.legendSheet = writeLegend(workbook, sheet, summary, options);
  return summary;
}

function legendSheetName(workbook: ExcelJS.Workbook, locale: Locale): string {
  const base = tr(locale, '图例', 'Legend');
  // A person's own sheet called 图例 keeps its name; ours takes the next free one.
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    if (!workbook.worksheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

/** A sheet of its own, so the legend never sits on a person's cells: colours, counts, and every finding. */
function writeLegend(
  workbook: ExcelJS.Workbook,
  ledgerSheet: ExcelJS.Worksheet,
  summary: ColourSummary,
  options: ColourOptions,
): string {
  const { locale, asOf, leadDays, findings } = options;
  // Our old legend sheets (any language) go, so colouring a coloured copy again leaves one legend.
  for (const s of [...workbook.worksheets]) {
    if (s !== ledgerSheet && LEGEND_TITLES.includes(String(s.getCell('A1').value ?? ''))) {
      workbook.removeWorksheet(s.id);
    }
  }
  const name = legendSheetName(workbook, locale);
  const sheet = workbook.addWorksheet(name);
  const bold = { bold: true };
  sheet.getCell('A1').value = tr(locale, LEGEND_TITLES[0], LEGEND_TITLES[1]);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = tr(
    locale,
    `统计日期 ${asOf}；${leadDays} 天内到期的标为橙色。颜色只表示期限，不改变台账内容；带“${NOTE_MARKS[0]}”批注的单元格需要修改。`,
    `As of ${asOf}; rows due within ${leadDays} days are amber. Colours mark deadlines only and change no value; cells with a "${NOTE_MARKS[1]}" note need fixing.`,
  );
  const head = sheet.getRow(4);
  head.values = [tr(locale, '颜色', 'Colour'), tr(locale, '含义', 'Meaning'), tr(locale, '行数', 'Rows')];
  head.font = bold;
  const counts: Record<string, number> = summary.rows;
  const urgencyOfColour = Object.fromEntries(Object.entries(PALETTE).map(([u, c]) => [c, u]));
  legend(locale, leadDays).forEach((item, i) => {
    const row = sheet.getRow(5 + i);
    row.getCell(1).fill = solid(item.colour);
    row.getCell(2).value = item.label;
    row.getCell(3).value = counts[urgencyOfColour[item.colour]] ?? 0;
  });
  let r = 11;
  sheet.getCell(r, 1).value = tr(locale, `检查结果（${findings.length}）`, `Findings (${findings.length})`);
  sheet.getCell(r, 1).font = bold;
  r++;
  const findingsHead = sheet.getRow(r);
  findingsHead.values = [
    tr(locale, '单元格', 'Cell'),
    tr(locale, '级别', 'Severity'),
    tr(locale, '说明', 'Message'),
  ];
  findingsHead.font = bold;
  for (const f of findings) {
    r++;
    const target = f.sheet ?? ledgerSheet.name;
    const row = sheet.getRow(r);
    // A link straight to the cell, as a clerk fixing the ledger wants.
    row.getCell(1).value = {
      text: `${target}!${f.cell}`,
      hyperlink: `#'${target.replace(/'/g, "''")}'!${f.cell}`,
    };
    row.getCell(2).value =
      f.severity === 'error' ? tr(locale, '错误', 'error') : tr(locale, '提醒', 'warning');
    row.getCell(3).value = f.message;
  }
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 40;
  sheet.getColumn(3).width = 100;
  return name;
}

/** A new workbook holding a CSV ledger as text (values exactly as typed), for colouring a .csv input. */
export function workbookFromGrid(
  grid: Cell[][],
  ledger: Ledger,
  locale: Locale,
): {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
} {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(tr(locale, LEDGER_SHEETS[0], LEDGER_SHEETS[1]));
  grid.forEach((cells, i) => {
    // Text stays text: "001" or "=1+1" in a CSV is what the person typed, not a number or a formula.
    if (cells.length > 0)
      sheet.getRow(i + 1).values = cells.map((c) => (c === null || c === undefined ? '' : String(c)));
  });
  const headerCells = grid[ledger.headerRow - 1] ?? [];
  headerCells.forEach((h, i) => {
    const field = fieldOfHeader(String(h ?? ''));
    const px = FIELD_DEFS.find((d) => d.field === field)?.width ?? 100;
    // Excel widths count characters of about 7 pixels.
    sheet.getColumn(i + 1).width = Math.round(px / 7);
  });
  sheet.getRow(ledger.headerRow).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: ledger.headerRow }];
  return { workbook, sheet };
}

/** Parts of an .xlsx that exceljs does not carry over, named from the zip directory (names are stored plain). */
export function partsNotKept(bytes: Uint8Array, locale: Locale): string[] {
  const encoder = new TextEncoder();
  const parts: [string, string, string][] = [
    ['xl/vbaProject.bin', '宏（VBA）', 'macros (VBA)'],
    ['xl/charts/', '图表', 'charts'],
    ['xl/pivotTables/', '数据透视表', 'pivot tables'],
    ['xl/slicers/', '切片器', 'slicers'],
    ['xl/threadedComments/', '新式批注的回复（旧式批注保留）', 'threaded comment replies (notes are kept)'],
  ];
  return parts
    .filter(([name]) => indexOfBytes(bytes, encoder.encode(name)) !== -1)
    .map(([, zh, en]) => tr(locale, zh, en));
}
