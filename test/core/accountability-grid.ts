// Ledger grids with the accountability columns (延期至 Q, 延期批准 R, 销号审核人 S, 审核日期 T) for the #8 tests.
import { type Cell, type Finding, type Problem, parseLedger } from '../../src/core';
import { HEADER, row } from './grid';
import { type Rendered, rendered } from './rendered';

export const EXTRA = ['延期至', '延期批准', '销号审核人', '审核日期'] as const;
export type Extra = (typeof EXTRA)[number];
export type Spec = Parameters<typeof row>[0] & Partial<Record<Extra, Cell>>;

export const AS_OF = '2024-10-30';

/** Header with the four extra columns after 备注; rows from specs (standard cells plus extras). */
export function accGrid(specs: Spec[], extras: readonly Extra[] = EXTRA): Cell[][] {
  const rows = specs.map((spec, i) => {
    const base = row(spec, i + 1);
    const more = extras.map((h) => (spec as Record<string, Cell>)[h] ?? '');
    return [...base, ...more];
  });
  return [[...HEADER, ...extras], ...rows];
}

export function parse(
  specs: Spec[],
  options: { closureReview?: boolean; extras?: readonly Extra[]; locale?: 'zh' | 'en' } = {},
): { problems: Problem[]; findings: Rendered[] } {
  const { ledger, findings } = parseLedger(accGrid(specs, options.extras), {
    asOf: AS_OF,
    closureReview: options.closureReview,
  });
  if (!ledger) throw new Error('no ledger');
  // The findings as a clerk reads them in `locale` (Chinese unless asked).
  return { problems: ledger.problems, findings: rendered(findings, options.locale) };
}

export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.cell} ${f.severity} ${f.code}`);
}
