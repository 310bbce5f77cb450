// Closing a problem (销号): what a done row must carry (done date, evidence, and approval when 销号需审核 is on).
import { type CalendarDate, daysBetween } from './dates';
import type { RowRule } from './extensions';
import type { Field } from './fields';
import { type Finding, type FindingMessage, finding, findingMessage } from './findings';
import type { HeaderMap } from './header';
import type { Problem } from './ledger';

export interface ClosureOptions {
  /** The 销号需审核 setting: a done problem is closed only once approver and approval date are filled in. */
  closureReview: boolean;
  asOf: CalendarDate;
}

/** Done but not yet approved while closure review is on: counted as 待审核, not as closed. */
export function isPendingApproval(problem: Problem, closureReview: boolean): boolean {
  return (
    closureReview &&
    problem.status === 'done' &&
    ((problem.closureApprover ?? '').trim() === '' || !problem.closureDate)
  );
}

const has = (header: HeaderMap, field: Field) => header.columns[field] !== undefined;

/**
 * Rules for one row. A missing column is reported once for the ledger (closureHeaderRules), not on every
 * row, so a ledger without 佐证材料 gets one clear message instead of a screenful.
 */
export function closureRules(problem: Problem, header: HeaderMap, options: ClosureOptions): RowRule[] {
  const out: RowRule[] = [];
  const rule = (field: Field, severity: RowRule['severity'], message: FindingMessage) =>
    out.push({ field, severity, message });
  const approver = (problem.closureApprover ?? '').trim();
  const approved = problem.closureDate ?? null;
  if (approved && daysBetween(options.asOf, approved) > 0) {
    rule('closureDate', 'error', findingMessage('closure.future', { approved, asOf: options.asOf }));
  }
  if (problem.status !== 'done') {
    if (approver !== '' || approved) {
      rule(
        approver !== '' ? 'closureApprover' : 'closureDate',
        'warning',
        findingMessage('closure.not-done'),
      );
    }
    return out;
  }
  if (has(header, 'evidence') && (problem.evidence ?? '').trim() === '') {
    rule('evidence', 'warning', findingMessage('closure.no-evidence'));
  }
  if (options.closureReview) {
    if (has(header, 'closureApprover') && approver === '')
      rule('closureApprover', 'warning', findingMessage('closure.no-approver'));
    if (has(header, 'closureDate') && !approved)
      rule('closureDate', 'warning', findingMessage('closure.no-date'));
  }
  if (approved && problem.doneDate && daysBetween(problem.doneDate, approved) < 0) {
    rule(
      'closureDate',
      'warning',
      findingMessage('closure.before-done', { approved, done: problem.doneDate }),
    );
  }
  return out;
}

/** Ledger-wide rules: columns that closing needs but the header lacks, said once at the header row. */
export function closureHeaderRules(
  problems: readonly Problem[],
  header: HeaderMap,
  headerRow: number,
  options: ClosureOptions,
): Finding[] {
  const anyDone = problems.some((p) => p.status === 'done');
  const out: Finding[] = [];
  if (anyDone && !has(header, 'evidence'))
    out.push(finding(headerRow, 1, null, 'warning', findingMessage('closure.evidence-column')));
  const missing = (['closureApprover', 'closureDate'] as Field[]).filter((f) => !has(header, f));
  if (options.closureReview && missing.length > 0)
    out.push(finding(headerRow, 1, null, 'warning', findingMessage('closure.columns-missing', { missing })));
  return out;
}
