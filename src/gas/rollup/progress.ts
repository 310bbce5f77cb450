// A roll-up that spans several runs: the cursor in script properties, the units already read in a hidden sheet.
import type { CalendarDate, Locale, UnitSummary } from '../../core';
import type { Services } from '../platform/services';
import { appendRows } from '../platform/sheet-executor';
import { asText } from '../platform/sheet-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Units read in earlier runs, one row each; hidden, and deleted when the overview is written. */
export const PROGRESS_SHEET = '_汇总进度';

const CURSOR_KEY = 'rectify.rollup.cursor';

/**
 * Where a roll-up stands between runs. Kept small: a property value holds at most 9 KB
 * (https://developers.google.com/apps-script/guides/services/quotas), so the units themselves go to PROGRESS_SHEET.
 */
export interface Cursor {
  /** The roll-up spreadsheet, opened by id in the follow-up run, which a time-driven trigger starts. */
  spreadsheetId: string;
  asOf: CalendarDate;
  locale: Locale;
  /** The 设置 list the roll-up started from: if it changes between runs, the roll-up starts again. */
  sources: string;
  count: number;
  /** Index of the next unit to read. */
  next: number;
  runs: number;
}

/** A unit read in an earlier run: its row, or why it could not be read. */
export type ProgressEntry =
  | { index: number; kind: 'unit'; unit: UnitSummary }
  | { index: number; kind: 'unreadable'; file: string; reason: string };

/** A fingerprint of the 设置 list: its length and a 32-bit hash of the links in order. */
export function sourcesFingerprint(urls: readonly string[]): string {
  let h = 0;
  for (const url of urls) for (let i = 0; i < url.length; i++) h = (Math.imul(h, 31) + url.charCodeAt(i)) | 0;
  return `${urls.length}:${(h >>> 0).toString(16)}`;
}

export function loadCursor(services: Services): Cursor | null {
  const text = services.properties.getScriptProperties().getProperty(CURSOR_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as Cursor;
  } catch {
    return null;
  }
}

export function saveCursor(services: Services, cursor: Cursor): void {
  services.properties.getScriptProperties().setProperty(CURSOR_KEY, JSON.stringify(cursor));
}

export function clearCursor(services: Services): void {
  services.properties.getScriptProperties().deleteProperty(CURSOR_KEY);
}

/** A cell holds at most 50,000 characters; a unit's JSON is split into cells of this size. */
const CHUNK = 40_000;

function entryCells(e: ProgressEntry): string[] {
  const json = JSON.stringify(e);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(asText(json.slice(i, i + CHUNK)));
  return chunks;
}

/** Appends this run's units below the earlier runs' with one setValues, growing the sheet first. */
export function appendProgress(ss: Spreadsheet, entries: readonly ProgressEntry[]): void {
  if (entries.length === 0) return;
  let sheet: Sheet | null = ss.getSheetByName(PROGRESS_SHEET);
  if (!sheet) {
    sheet = ss.insertSheet(PROGRESS_SHEET);
    sheet.hideSheet();
  }
  const rows = entries.map(entryCells);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const grid = rows.map((r) => {
    const padded = r.slice();
    while (padded.length < width) padded.push('');
    return padded;
  });
  // Grows the sheet before writing past its 1,000th row or 26th column, as every append does.
  appendRows(sheet, grid);
}

/** Every unit saved by earlier runs, in the order they were read (one getValues). */
export function readProgress(ss: Spreadsheet): ProgressEntry[] {
  const sheet = ss.getSheetByName(PROGRESS_SHEET);
  if (!sheet || sheet.getLastRow() === 0) return [];
  const values = sheet.getDataRange().getValues();
  const out: ProgressEntry[] = [];
  for (const row of values) {
    const json = row.map((c) => String(c ?? '')).join('');
    if (json !== '') out.push(JSON.parse(json) as ProgressEntry);
  }
  return out.sort((a, b) => a.index - b.index);
}

export function deleteProgress(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(PROGRESS_SHEET);
  if (sheet) ss.deleteSheet(sheet);
}
