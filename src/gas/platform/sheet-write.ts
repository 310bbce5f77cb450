// Writing into sheets safely: user text stays text, only our own notes and fills are replaced, protections checked first.

import { type Cell, type Locale, PALETTE_COLOURS } from '../../core';
import { say } from '../../core/messages/bilingual';
import { platformMessages } from '../../core/messages/platform';
import { UserError } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Range.setValues parses strings as if typed (Google: "If it begins with '=' it is interpreted as a
 * formula"; '+', '-' and '@' start formulas or are reinterpreted too, and "1-2" may become a date).
 * A leading apostrophe is Sheets' documented "treat as text" mark for typed input: it is not stored, the
 * cell keeps the exact text. It works whatever the cell's number format, so one setValues call suffices
 * (a '@' format would need a setNumberFormats call before every write and stays on the cell afterwards).
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A cell for setValues: strings from people are written as text; numbers, booleans and Dates as they are. */
export function safeCell(value: Cell): string | number | boolean | Date {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return asText(value);
  return value;
}

/** Notes Rectify writes start with this, so a later run replaces only its own notes, never a person's. */
export const NOTE_MARKER = '【整改台账助手】';

/**
 * The colour legend 标记逾期 writes on the header cell has a marker of its own, so 校验台账 (which replaces
 * the findings part of every note) leaves it, and 标记逾期 replaces only the legend.
 */
export const LEGEND_MARKER = '【整改台账助手·图例】';

/** What separates a person's note from ours, and our parts from each other, on the same cell. */
const NOTE_SEPARATOR = '\n\n';

const MARKERS = [LEGEND_MARKER, NOTE_MARKER];

/** A legend written by a version before LEGEND_MARKER, under the findings marker: still the legend. */
const OLD_LEGEND = /^(行底色图例|Row colours)/;

interface NoteParts {
  person: string;
  /** Our parts by marker, text without the marker. */
  ours: Map<string, string>;
}

function splitNote(note: string): NoteParts {
  const at: { index: number; marker: string }[] = [];
  for (const marker of MARKERS) {
    for (let i = note.indexOf(marker); i >= 0; i = note.indexOf(marker, i + marker.length)) {
      at.push({ index: i, marker });
    }
  }
  at.sort((a, b) => a.index - b.index);
  const trim = (text: string) =>
    text.endsWith(NOTE_SEPARATOR) ? text.slice(0, -NOTE_SEPARATOR.length) : text;
  const ours = new Map<string, string>();
  const first = at[0];
  if (first === undefined) return { person: note, ours };
  at.forEach((m, k) => {
    const end = at[k + 1]?.index ?? note.length;
    const text = trim(note.slice(m.index + m.marker.length, end));
    const marker = m.marker === NOTE_MARKER && OLD_LEGEND.test(text) ? LEGEND_MARKER : m.marker;
    ours.set(marker, text);
  });
  return { person: trim(note.slice(0, first.index)), ours };
}

/** The part of a note a person wrote, exactly as written: everything before our first marker. */
export function personNote(note: string): string {
  return splitNote(note).person;
}

/**
 * A note with our part under `marker` replaced by `ours` ('' removes it); the person's text and our other parts
 * (the legend, when findings are written, and the other way round) are kept as they were.
 */
export function withOwnNote(existing: string, ours: string, marker: string = NOTE_MARKER): string {
  const parts = splitNote(existing ?? '');
  if (ours === '') parts.ours.delete(marker);
  else parts.ours.set(marker, ours);
  const pieces = parts.person === '' ? [] : [parts.person];
  for (const m of MARKERS) {
    const text = parts.ours.get(m);
    if (text !== undefined) pieces.push(`${m}${text}`);
  }
  return pieces.join(NOTE_SEPARATOR);
}

/** Merges a planned note grid into the notes already on the range; people's notes and the legend are kept. */
export function mergeNotes(
  existing: readonly (readonly string[])[],
  ours: readonly (readonly string[])[],
): string[][] {
  return existing.map((row, r) => row.map((note, c) => withOwnNote(note, ours[r]?.[c] ?? '')));
}

/** Google returns '#ffffff' for a cell nobody filled. */
export const NO_FILL = '#ffffff';

/** True for one of the shades Rectify paints (none is in Sheets' default palette). */
export function isRectifyShade(colour: string): boolean {
  return PALETTE_COLOURS.has((colour ?? '').toLowerCase());
}

/** True for a cell nobody filled. */
export function isUnfilled(colour: string): boolean {
  const c = (colour ?? '').toLowerCase();
  return c === '' || c === NO_FILL;
}

/** A rectangle of a sheet, 1-based. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/**
 * Refuses before the first write when the user may not edit the sheet or a range we will write, so a
 * command never stops half-way on "You are trying to edit a protected cell". A fixed number of calls:
 * one per protection, however many rows there are.
 */
export function assertWritable(
  sheet: Sheet,
  areas: readonly Area[],
  locale: Locale,
  type: typeof SpreadsheetApp.ProtectionType,
): void {
  const name = sheet.getName();
  const refuse = (range: string) =>
    new UserError(say(locale, platformMessages.protectedArea({ sheet: name, range })), 'range.protected');
  for (const p of sheet.getProtections(type.SHEET)) {
    if (!p.canEdit()) {
      // Unprotected ranges inside a protected sheet are still editable, but only when they cover the area.
      const free = p.getUnprotectedRanges().map(areaOf);
      if (!areas.every((a) => free.some((f) => contains(f, a)))) throw refuse('');
    }
  }
  for (const p of sheet.getProtections(type.RANGE)) {
    if (p.canEdit()) continue;
    const range = p.getRange();
    const protectedArea = areaOf(range);
    if (areas.some((a) => overlaps(a, protectedArea))) {
      throw refuse(range.getA1Notation());
    }
  }
}

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

function areaOf(range: GoogleAppsScript.Spreadsheet.Range): Area {
  return {
    row: range.getRow(),
    column: range.getColumn(),
    numRows: range.getNumRows(),
    numColumns: range.getNumColumns(),
  };
}
