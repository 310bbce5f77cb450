// Findings: what is wrong with a cell, addressed so a person can go straight to it.
import type { Field } from './fields';
import { a1 } from './text';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** A1 address on the ledger sheet, e.g. "I4". */
  cell: string;
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  field: Field | null;
  severity: Severity;
  /** Machine-readable rule name, e.g. "deadline.unreadable". */
  code: string;
  /** What a clerk should read and do. */
  message: string;
  /** Set when the cell is not on the ledger sheet (e.g. 设置). */
  sheet?: string;
}

export function finding(
  row: number,
  column: number,
  field: Field | null,
  severity: Severity,
  code: string,
  message: string,
): Finding {
  return { cell: a1(row, column), row, column, field, severity, code, message };
}

/** Orders findings by row, then column, errors before warnings. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.row - b.row ||
      a.column - b.column ||
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number } {
  let error = 0;
  for (const f of findings) if (f.severity === 'error') error++;
  return { error, warning: findings.length - error };
}
