// Deadline extensions (延期): which deadline is in force, the rules on 延期至/延期批准, and the notice's line.
import { type CalendarDate, chineseDate, dateInWords, daysBetween, englishDate } from './dates';
import { deadlineInWords } from './deadline-words';
import type { Field } from './fields';
import type { Problem } from './ledger';
import { type Locale, tr } from './locale';
import { cellText } from './text';

/** A finding for one row, before the parser addresses it to a cell. */
export interface RowRule {
  field: Field;
  severity: 'error' | 'warning';
  code: string;
  message: string;
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
export function extensionRules(problem: Problem, locale: Locale): RowRule[] {
  if (problem.status === 'done') return [];
  const approval = (problem.extensionApproval ?? '').trim();
  // Most rows have no extension: return before building messages (this runs for every row).
  if (!problem.extendedTo && approval === '') return [];
  const original = originalDueDate(problem);
  const originalWords = original
    ? tr(locale, `原整改时限（${chineseDate(original)}）`, `the original deadline (${englishDate(original)})`)
    : tr(locale, '原整改时限', 'the original deadline');
  if (problem.extendedTo && approval === '') {
    return [
      {
        field: 'extensionApproval',
        severity: 'warning',
        code: 'extension.unapproved',
        message: tr(
          locale,
          `延期至${chineseDate(problem.extendedTo)}未填写延期批准，仍按${originalWords}计算`,
          `The extension to ${englishDate(problem.extendedTo)} has no approval, so ${originalWords} stands`,
        ),
      },
    ];
  }
  if (!problem.extendedTo && approval !== '') {
    return [
      {
        field: 'extendedTo',
        severity: 'warning',
        code: 'extension.no-date',
        message: tr(
          locale,
          `已填延期批准“${approval}”，但未填延期至日期；仍按${originalWords}计算`,
          `An extension approval ("${approval}") is filled in but no new date; ${originalWords} stands`,
        ),
      },
    ];
  }
  if (problem.extendedTo && original && daysBetween(original, problem.extendedTo) <= 0) {
    return [
      {
        field: 'extendedTo',
        severity: 'warning',
        code: 'extension.not-later',
        message: tr(
          locale,
          `延期至${chineseDate(problem.extendedTo)}不晚于${originalWords}；请核对日期`,
          `The extension to ${englishDate(problem.extendedTo)} is not later than ${originalWords}; check the date`,
        ),
      },
    ];
  }
  return [];
}

const DEADLINE_TAIL = /(完成整改|整改完成|整改到位|完成)?[。.]?\s*$/;

/** The deadline as the notice prints it, with an approved extension after the original. */
export function noticeDeadline(problem: Problem, locale: Locale = 'zh', officialDates = true): string {
  const original = deadlineInWords(cellText(problem.deadlineText), locale, officialDates);
  if (!isExtensionApproved(problem)) return original;
  const extended = dateInWords(problem.extendedTo as CalendarDate, locale);
  if (locale === 'en') {
    return original === ''
      ? `extended with approval to ${extended}`
      : `${original} (extended with approval to ${extended})`;
  }
  // “2024年9月底前完成整改” reads “2024年9月底前（经批准延期至…）”: the tail would otherwise sit mid-phrase.
  const head = original.replace(DEADLINE_TAIL, '');
  return head === '' ? `经批准延期至${extended}` : `${head}（经批准延期至${extended}）`;
}

/** 整改时限：2024年9月底前（经批准延期至2024年12月31日） */
export function deadlineLine(problem: Problem, locale: Locale = 'zh', officialDates = true): string {
  return locale === 'en'
    ? `Deadline: ${noticeDeadline(problem, locale, officialDates)}`
    : `整改时限：${noticeDeadline(problem, locale, officialDates)}`;
}
