// Imported rows as the ledger's own sheet (headers from fields.ts), 通报正文 as its sheet, and the --json shape.
import { FIELD_DEFS, type Field, type FieldDef } from '../fields';
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { importFindingText } from '../messages/findings-import';
import { LEDGER_TERMS } from '../messages/ledger-terms';
import type { ImportedProblem, ImportResult } from './model';

type Column = { def: FieldDef; value: (p: ImportedProblem) => string };

/** The ledger fields an imported row holds as text, under the same names; 长期坚持 is a flag, the rest stay blank. */
const TEXT_FIELDS = [
  'id',
  'category',
  'source',
  'problem',
  'measures',
  'lead',
  'department',
  'ownerEmail',
  'deadline',
  'status',
  'longTermMeasures',
  'longTermDeadline',
  'remarks',
] as const satisfies readonly (Field & keyof ImportedProblem)[];

type TextField = (typeof TEXT_FIELDS)[number];

const isTextField = (field: Field): field is TextField => (TEXT_FIELDS as readonly Field[]).includes(field);

/** What an imported row puts in a ledger column. */
function cellOf(p: ImportedProblem, field: Field): string {
  if (field === 'longTerm') return p.longTerm ? '是' : '';
  return isTextField(field) ? p[field] : '';
}

/** The ledger's columns in its own order (FIELD_DEFS); what a notice does not print stays blank. */
export function importColumns(): Column[] {
  return FIELD_DEFS.map((def) => ({ def, value: (p: ImportedProblem) => cellOf(p, def.field) }));
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
  const grid = [[say(locale, LEDGER_TERMS.narrativeSection), say(locale, LEDGER_TERMS.narrativeParagraph)]];
  for (const n of result.narrative) grid.push([n.section, n.text]);
  return grid;
}

/** What `rectify import --json` prints. */
export function importJson(result: ImportResult, locale: Locale) {
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
    // As the JSON has always carried them: the message in the reader's language after the code.
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: importFindingText(locale, f),
      ...(f.id === undefined ? {} : { id: f.id }),
      ...(f.paragraph === undefined ? {} : { paragraph: f.paragraph }),
      ...(f.quote === undefined ? {} : { quote: f.quote }),
    })),
    printedFigures: result.printedFigures,
    rowFigures: result.rowFigures,
  };
}
