// Closing a problem (销号): what a done row must carry (done date, evidence, and approval when 销号需审核 is on).
import { type CalendarDate, chineseDate, daysBetween, englishDate } from './dates';
import type { RowRule } from './extensions';
import { type Field, fieldLabel } from './fields';
import { type Finding, finding } from './findings';
import type { HeaderMap } from './header';
import type { Problem } from './ledger';
import { type Locale, tr } from './locale';

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
export function closureRules(
  problem: Problem,
  header: HeaderMap,
  options: ClosureOptions,
  locale: Locale,
): RowRule[] {
  const out: RowRule[] = [];
  const rule = (field: Field, severity: RowRule['severity'], code: string, zh: string, en: string) =>
    out.push({ field, severity, code, message: tr(locale, zh, en) });
  const approver = (problem.closureApprover ?? '').trim();
  const approved = problem.closureDate ?? null;
  if (approved && daysBetween(options.asOf, approved) > 0) {
    rule(
      'closureDate',
      'error',
      'closure.future',
      `审核日期${chineseDate(approved)}晚于统计截止日期${chineseDate(options.asOf)}；请核对审核日期`,
      `The approval date ${englishDate(approved)} is after the as-of date ${englishDate(options.asOf)}; check it`,
    );
  }
  if (problem.status !== 'done') {
    if (approver !== '' || approved) {
      rule(
        approver !== '' ? 'closureApprover' : 'closureDate',
        'warning',
        'closure.not-done',
        '已填销号审核，但整改状态不是“已完成”',
        'A closure approval is filled in but the status is not Done',
      );
    }
    return out;
  }
  if (has(header, 'evidence') && (problem.evidence ?? '').trim() === '') {
    rule(
      'evidence',
      'warning',
      'closure.no-evidence',
      '整改状态为“已完成”，但未填佐证材料（证明整改到位的文件名或链接）',
      'The status is Done but no evidence (a file name or link proving the fix) is given',
    );
  }
  if (options.closureReview) {
    const pending = tr(locale, '，按“待审核”统计', '; it counts as pending approval');
    if (has(header, 'closureApprover') && approver === '') {
      rule(
        'closureApprover',
        'warning',
        'closure.no-approver',
        `销号需审核：已完成但未填销号审核人${pending}`,
        `Closure needs approval: done but no approver${pending}`,
      );
    }
    if (has(header, 'closureDate') && !approved) {
      rule(
        'closureDate',
        'warning',
        'closure.no-date',
        `销号需审核：已完成但未填审核日期${pending}`,
        `Closure needs approval: done but no approval date${pending}`,
      );
    }
  }
  if (approved && problem.doneDate && daysBetween(problem.doneDate, approved) < 0) {
    rule(
      'closureDate',
      'warning',
      'closure.before-done',
      `审核日期${chineseDate(approved)}早于完成日期${chineseDate(problem.doneDate)}；请核对`,
      `The approval date ${englishDate(approved)} is before the done date ${englishDate(problem.doneDate)}; check it`,
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
  locale: Locale,
): Finding[] {
  const anyDone = problems.some((p) => p.status === 'done');
  const out: Finding[] = [];
  const names = (fields: Field[]) =>
    fields.map((f) => fieldLabel(f, locale)).join(locale === 'en' ? ', ' : '、');
  if (anyDone && !has(header, 'evidence')) {
    out.push(
      finding(
        headerRow,
        1,
        null,
        'warning',
        'closure.evidence-column',
        tr(
          locale,
          `台账没有“${names(['evidence'])}”列，已完成的问题无法附佐证材料；请添加该列`,
          `The ledger has no "${names(['evidence'])}" column, so done problems carry no evidence; add the column`,
        ),
      ),
    );
  }
  const missing = (['closureApprover', 'closureDate'] as Field[]).filter((f) => !has(header, f));
  if (options.closureReview && missing.length > 0) {
    out.push(
      finding(
        headerRow,
        1,
        null,
        'warning',
        'closure.columns-missing',
        tr(
          locale,
          `已开启“销号需审核”，但台账缺少列：${names(missing)}；请添加这些列，在此之前已完成的问题均按“待审核”统计`,
          `"Closure needs approval" is on but the ledger lacks: ${names(missing)}; add them (until then every done problem counts as pending approval)`,
        ),
      ),
    );
  }
  return out;
}
