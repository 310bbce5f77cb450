// Finds the header row of a ledger grid (it may sit below a title or banner) and maps columns to fields.
import { type Field, fieldOfHeader, REQUIRED_FIELDS } from './fields';
import { type Finding, finding, findingMessage } from './findings';
import type { Locale } from './locale';
import { a1, type Cell, cellText, isBlank } from './text';

export interface HeaderMap {
  /** 0-based index of the header row within the grid. */
  index: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<Field, number>>;
  /** Columns the ledger has that are not fields; kept and ignored. */
  unknown: { column: number; header: string }[];
  /** Language the headers are written in: findings name its columns in it, and new columns use it. */
  language: Locale;
}

/** How far down a title block may push the header row. */
const SCAN_ROWS = 30;

/** Picks the row that names the most fields; returns a finding when required fields are missing. */
export function findHeader(
  grid: readonly (readonly Cell[])[],
  firstRow = 1,
): { header: HeaderMap | null; findings: Finding[] } {
  let best: HeaderMap | null = null;
  let bestCount = 0;
  let bestDoubled: { field: Field; column: number }[] = [];
  for (let r = 0; r < Math.min(grid.length, SCAN_ROWS); r++) {
    const row = grid[r] ?? [];
    const columns: Partial<Record<Field, number>> = {};
    const unknown: { column: number; header: string }[] = [];
    const doubled: { field: Field; column: number }[] = [];
    let count = 0;
    let english = 0;
    for (let c = 0; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      const text = cellText(row[c]);
      const field = fieldOfHeader(text);
      if (field && columns[field] === undefined) {
        columns[field] = c;
        count++;
        if (/^[\x20-\x7e]+$/.test(text)) english++;
      } else {
        if (field) doubled.push({ field, column: c });
        unknown.push({ column: c, header: text });
      }
    }
    if (count > bestCount) {
      bestCount = count;
      best = { index: r, columns, unknown, language: english * 2 > count ? 'en' : 'zh' };
      bestDoubled = doubled;
    }
  }
  if (!best || bestCount < 2) {
    return {
      header: null,
      findings: [finding(firstRow, 1, null, 'error', findingMessage('header.not-found'))],
    };
  }
  const missing = REQUIRED_FIELDS.filter((f) => best.columns[f] === undefined);
  const findings: Finding[] = [];
  if (missing.length > 0) {
    const headerRow = firstRow + best.index;
    const params = { headerRow, missing, headerLanguage: best.language };
    findings.push(finding(headerRow, 1, null, 'error', findingMessage('header.missing', params)));
  }
  for (const d of bestDoubled) findings.push(doubledColumn(d, best, firstRow));
  return { header: best, findings };
}

/** Fields a second column of which would be silently ignored to the notice's harm; others only warn. */
const NOTES_ONLY: readonly Field[] = ['remarks', 'evidence', 'source', 'category'];

/**
 * Two columns named for one field (two 整改时限): the first is read and the second ignored. Say so on the
 * second, naming both cells, so a clerk is not left wondering why the dates typed there do nothing.
 */
function doubledColumn(d: { field: Field; column: number }, header: HeaderMap, firstRow: number): Finding {
  const row = firstRow + header.index;
  const first = a1(row, (header.columns[d.field] ?? 0) + 1);
  const second = a1(row, d.column + 1);
  return finding(
    row,
    d.column + 1,
    d.field,
    NOTES_ONLY.includes(d.field) ? 'warning' : 'error',
    findingMessage('column.duplicate', { field: d.field, first, second, headerLanguage: header.language }),
  );
}
