// Imported rows as the ledger's own sheet (headers from fields.ts), 通报正文 as its sheet, and the --json shape.
import { FIELD_DEFS, type FieldDef } from '../fields';
import type { Locale } from '../locale';
import type { ImportedProblem, ImportResult } from './model';

type Column = { def: FieldDef; value: (p: ImportedProblem) => string };

const VALUES: Record<string, (p: ImportedProblem) => string> = {
  id: (p) => p.id,
  category: (p) => p.category,
  source: (p) => p.source,
  problem: (p) => p.problem,
  measures: (p) => p.measures,
  lead: (p) => p.lead,
  department: (p) => p.department,
  ownerEmail: (p) => p.ownerEmail,
  deadline: (p) => p.deadline,
  status: (p) => p.status,
  longTerm: (p) => (p.longTerm ? '是' : ''),
  longTermMeasures: (p) => p.longTermMeasures,
  longTermDeadline: (p) => p.longTermDeadline,
  remarks: (p) => p.remarks,
};

/** The ledger's columns in its own order (FIELD_DEFS); what a notice does not print stays blank. */
export function importColumns(): Column[] {
  return FIELD_DEFS.map((def) => ({ def, value: VALUES[def.field] ?? (() => '') }));
}

/** The rows under the ledger's headers, as a sheet or CSV takes them. */
export function importedLedgerGrid(problems: readonly ImportedProblem[], locale: Locale = 'zh'): string[][] {
  const columns = importColumns();
  const grid: string[][] = [columns.map((c) => c.def[locale])];
  for (const p of problems) grid.push(columns.map((c) => c.value(p)));
  return grid;
}

/** 通报正文: 章节, 段落, as parseNarrative reads it back. */
export function importedNarrativeGrid(
  result: Pick<ImportResult, 'narrative'>,
  locale: Locale = 'zh',
): string[][] {
  const grid = [locale === 'en' ? ['Section', 'Paragraph'] : ['章节', '段落']];
  for (const n of result.narrative) grid.push([n.section, n.text]);
  return grid;
}

/** What `rectify import --json` prints. */
export function importJson(result: ImportResult) {
  return {
    problems: result.problems.map((p) => ({
      id: p.id,
      category: p.category,
      source: p.source,
      problem: p.problem,
      measures: p.measures,
      lead: p.lead,
      department: p.department,
      deadline: p.deadline,
      status: p.status,
      longTerm: p.longTerm,
      longTermMeasures: p.longTermMeasures,
      longTermDeadline: p.longTermDeadline,
      remarks: p.remarks,
      paragraphs: p.paragraphs,
    })),
    narrative: result.narrative.map((n) => ({ section: n.section, text: n.text })),
    unplaced: result.unplaced,
    findings: result.findings,
    printedFigures: result.printedFigures,
    rowFigures: result.rowFigures,
  };
}
