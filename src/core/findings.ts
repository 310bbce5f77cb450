// Findings: what is wrong with a cell, addressed so a person can go straight to it, as a code and its data.
import type { Field } from './fields';
import type { FindingMessage } from './messages/findings';
import { a1 } from './text';

export type { FindingCode, FindingMessage, FindingParams } from './messages/findings';
export { findingMessage, findingText } from './messages/findings';

export type Severity = 'error' | 'warning';

/** Where a finding sits and how serious it is; its words come from the catalogue, in the reader's language. */
export interface FindingPlace {
  /** A1 address on the ledger sheet, e.g. "I4". */
  cell: string;
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  field: Field | null;
  severity: Severity;
  /** Set when the cell is not on the ledger sheet (e.g. 设置). */
  sheet?: string;
}

/**
 * A finding: its place, its rule (`code`, e.g. "deadline.unreadable") and that rule's `params`. No text is
 * baked in: adapters render it with findingText(locale, finding), so the core never needs the language.
 */
export type Finding = FindingPlace & FindingMessage;

export function finding(
  row: number,
  column: number,
  field: Field | null,
  severity: Severity,
  message: FindingMessage,
): Finding {
  return { cell: a1(row, column), row, column, field, severity, ...message };
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
