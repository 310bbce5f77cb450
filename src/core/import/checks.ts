// The findings on the finished rows: repeated ids, missing fields, and counts that differ from the printed figures.
import { parseDeadline } from '../deadline';
import { importFindingMessage } from '../messages/findings-import';
import type { Status } from '../status';
import type { Figures, ImportedProblem } from './model';
import type { DocumentReader, ParsedItem } from './reader';

export function dedupeIds(rows: ImportedProblem[], reader: DocumentReader): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) {
      const old = r.id;
      r.id = `${old}（${n}）`;
      reader.finding('warning', importFindingMessage('import.duplicateId', { old, n, id: r.id }), {
        id: r.id,
      });
    }
  }
}

/** Says which rows lack measures, a deadline or a status, or rest on a guess; items not among the rows are skipped. */
export function checkRows(
  reader: DocumentReader,
  rows: readonly ImportedProblem[],
  items: readonly ParsedItem[],
): void {
  const kept = new Set(rows);
  for (const p of items) {
    const row = p.row;
    if (!kept.has(row)) continue;
    const where = { line: p.raw.lines[0], id: row.id };
    if (row.measures === '')
      reader.finding('error', importFindingMessage('import.noMeasures', { id: row.id }), where);
    else if (p.weakSplit)
      reader.finding('warning', importFindingMessage('import.split', { id: row.id }), {
        line: p.raw.lines[0],
        id: row.id,
        text: row.measures,
      });
    if (row.deadline === '')
      reader.finding('error', importFindingMessage('import.noDeadline', { id: row.id }), where);
    else if (!p.deadlineParsed)
      reader.finding(
        'warning',
        importFindingMessage('import.deadline', { id: row.id, deadline: row.deadline }),
        where,
      );
    if (row.statusKey === null && !reader.findings.some((f) => f.code === 'import.status' && f.id === row.id))
      reader.finding('error', importFindingMessage('import.noStatus', { id: row.id }), where);
  }
}

export function countRows(rows: readonly ImportedProblem[]): Figures {
  const f: Figures = { total: rows.length, done: 0, inProgress: 0, notDone: 0, longTerm: 0, recovered: null };
  for (const r of rows) {
    if (r.statusKey && r.statusKey !== 'longTerm') f[r.statusKey as Exclude<Status, 'longTerm'>]!++;
    // A long-term task as Totals counts one: the flag, the status, or a deadline that says 长期坚持.
    const d = r.deadline === '' ? null : parseDeadline(r.deadline);
    const longDeadline =
      !!d?.ok && (d.deadline.kind === 'longTerm' || (d.deadline.kind === 'date' && !!d.deadline.longTerm));
    if (r.longTerm || r.statusKey === 'longTerm' || longDeadline) f.longTerm!++;
  }
  return f;
}

/** Says where the rows' counts differ from the figures the summary printed, and flags recovered money. */
export function checkFigures(reader: DocumentReader, printed: Figures | null, rowFigures: Figures): void {
  if (!printed) return;
  const keysOf: [keyof Figures, string][] = [
    ['total', '问题'],
    ['done', '已完成'],
    ['inProgress', '正在整改'],
    ['notDone', '未完成'],
    ['longTerm', '长期坚持'],
  ];
  const diff = keysOf.filter(([k]) => printed[k] !== null && printed[k] !== rowFigures[k]);
  if (diff.length > 0) {
    const show = (f: Figures) => keysOf.map(([k, name]) => `${name}${f[k] ?? '—'}`).join('、');
    const gaps = diff.map(([k, name]) => ({ name, by: (rowFigures[k] ?? 0) - (printed[k] ?? 0) }));
    const params = { printed: show(printed), counted: show(rowFigures), gaps };
    reader.finding('warning', importFindingMessage('import.figures', params));
  }
  if (printed.recovered !== null && printed.recovered > 0)
    reader.finding('warning', importFindingMessage('import.recovered', { amount: printed.recovered }));
}
