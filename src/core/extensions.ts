// Deadline extensions (延期): which deadline is in force, the rules on 延期至/延期批准, and the notice's line.
import { type CalendarDate, dateInWords, daysBetween } from './dates';
import { deadlineInWords } from './deadline-words';
import type { Field } from './fields';
import { type FindingMessage, findingMessage } from './findings';
import type { Problem } from './ledger';
import type { Locale } from './locale';
import { say } from './messages/bilingual';
import { LEDGER_TERMS } from './messages/ledger-terms';
import { cellText } from './text';

/** A finding for one row, before the parser addresses it to a cell. */
export interface RowRule {
  field: Field;
  severity: 'error' | 'warning';
  message: FindingMessage;
}

/** The original deadline, when it is a date. */
export function originalDueDate(problem: Problem): CalendarDate | null {
  return problem.deadline?.kind === 'date' ? problem.deadline.date : null;
}

/** An extension counts only with both a new date and an approval reference; otherwise the original stands. */
export function isExtensionApproved(problem: Problem): boolean {
  return !!problem.extendedTo && (problem.extensionApproval ?? '').trim() !== '';
}

/** 延期至 is filled but 延期批准 is not: the extension is requested, not granted. */
export function isExtensionUnapproved(problem: Problem): boolean {
  return !!problem.extendedTo && (problem.extensionApproval ?? '').trim() === '';
}

/** The deadline in force: the approved extension's date, else the original date deadline. */
export function deadlineInForce(problem: Problem): CalendarDate | null {
  return isExtensionApproved(problem) ? (problem.extendedTo as CalendarDate) : originalDueDate(problem);
}

/**
 * Rules on the extension columns. A done problem needs no extension, so nothing is said about it. The
 * field a finding sits on is the one a person has to fill in or correct.
 */
export function extensionRules(problem: Problem): RowRule[] {
  if (problem.status === 'done') return [];
  const approval = (problem.extensionApproval ?? '').trim();
  // Most rows have no extension: return before anything else (this runs for every row).
  if (!problem.extendedTo && approval === '') return [];
  const original = originalDueDate(problem);
  const extendedTo = problem.extendedTo;
  if (extendedTo && approval === '') {
    const message = findingMessage('extension.unapproved', { extendedTo, original });
    return [{ field: 'extensionApproval', severity: 'warning', message }];
  }
  if (!extendedTo && approval !== '') {
    const message = findingMessage('extension.no-date', { approval, original });
    return [{ field: 'extendedTo', severity: 'warning', message }];
  }
  if (extendedTo && original && daysBetween(original, extendedTo) <= 0) {
    const message = findingMessage('extension.not-later', { extendedTo, original });
    return [{ field: 'extendedTo', severity: 'warning', message }];
  }
  return [];
}

const DEADLINE_TAIL = /(完成整改|整改完成|整改到位|完成)?[。.]?\s*$/;

/** The deadline as the notice prints it, with an approved extension after the original. */
export function noticeDeadline(problem: Problem, locale: Locale = 'zh', officialDates = true): string {
  const original = deadlineInWords(cellText(problem.deadlineText), locale, officialDates);
  if (!isExtensionApproved(problem)) return original;
  const extended = dateInWords(problem.extendedTo as CalendarDate, locale);
  // “2024年9月底前完成整改” reads “2024年9月底前（经批准延期至…）”: the tail would otherwise sit mid-phrase.
  const head = original.replace(DEADLINE_TAIL, '');
  return say(locale, LEDGER_TERMS.extendedDeadline({ original, head, extended }));
}

/** 整改时限：2024年9月底前（经批准延期至2024年12月31日） */
export function deadlineLine(problem: Problem, locale: Locale = 'zh', officialDates = true): string {
  return say(locale, LEDGER_TERMS.deadlineLine({ deadline: noticeDeadline(problem, locale, officialDates) }));
}
