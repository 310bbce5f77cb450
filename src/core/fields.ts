// The ledger's canonical fields and the header words (Chinese and English) that name them.
import type { Locale } from './locale';
import type { Bilingual } from './messages/bilingual';
import { FIELD_LABELS } from './messages/fields';
import { normalise } from './text';

export type Field =
  | 'id'
  | 'category'
  | 'source'
  | 'problem'
  | 'measures'
  | 'lead'
  | 'department'
  | 'ownerEmail'
  | 'deadline'
  | 'status'
  | 'doneDate'
  | 'longTerm'
  | 'longTermMeasures'
  | 'longTermDeadline'
  | 'recovered'
  | 'evidence'
  | 'remarks'
  | 'extendedTo'
  | 'extensionApproval'
  | 'closureApprover'
  | 'closureDate';

/**
 * The text columns every problem carries under the same field names, whether parsed from a ledger
 * (ledger.ts Problem) or read from a notice by the importer (import/model.ts ImportedProblem).
 */
export interface ProblemTextFields {
  id: string;
  category: string;
  source: string;
  problem: string;
  measures: string;
  lead: string;
  department: string;
}

/** A column of the ledger: its names in both languages (messages/fields.ts), header aliases, width. */
export interface FieldDef extends Bilingual {
  field: Field;
  aliases: string[];
  required: boolean;
  /** Column width in pixels for a new ledger. */
  width: number;
}

export const FIELD_DEFS: readonly FieldDef[] = [
  { field: 'id', ...FIELD_LABELS.id, aliases: ['序号', 'no', 'no.'], required: false, width: 60 },
  {
    field: 'category',
    ...FIELD_LABELS.category,
    aliases: ['类别', '问题类型'],
    required: false,
    width: 160,
  },
  { field: 'source', ...FIELD_LABELS.source, aliases: [], required: false, width: 110 },
  {
    field: 'problem',
    ...FIELD_LABELS.problem,
    aliases: ['问题', '具体问题'],
    required: true,
    width: 320,
  },
  { field: 'measures', ...FIELD_LABELS.measures, aliases: [], required: true, width: 320 },
  { field: 'lead', ...FIELD_LABELS.lead, aliases: ['责任领导'], required: false, width: 100 },
  {
    field: 'department',
    ...FIELD_LABELS.department,
    aliases: ['责任单位', '责任部门'],
    required: true,
    width: 110,
  },
  {
    field: 'ownerEmail',
    ...FIELD_LABELS.ownerEmail,
    aliases: ['邮箱'],
    required: false,
    width: 170,
  },
  { field: 'deadline', ...FIELD_LABELS.deadline, aliases: ['完成时限'], required: true, width: 150 },
  {
    field: 'status',
    ...FIELD_LABELS.status,
    aliases: ['整改进展', '状态'],
    required: true,
    width: 90,
  },
  { field: 'doneDate', ...FIELD_LABELS.doneDate, aliases: [], required: false, width: 100 },
  { field: 'longTerm', ...FIELD_LABELS.longTerm, aliases: [], required: false, width: 80 },
  {
    field: 'longTermMeasures',
    ...FIELD_LABELS.longTermMeasures,
    aliases: [],
    required: false,
    width: 240,
  },
  {
    // Section 四 of the notice gives a long-term task its own deadline (12月底前), apart from 整改时限.
    field: 'longTermDeadline',
    ...FIELD_LABELS.longTermDeadline,
    aliases: ['长期任务时限', '长期举措完成时限', 'Long-term measures deadline'],
    required: false,
    width: 150,
  },
  {
    field: 'recovered',
    ...FIELD_LABELS.recovered,
    aliases: ['追赃挽损'],
    required: false,
    width: 110,
  },
  { field: 'evidence', ...FIELD_LABELS.evidence, aliases: [], required: false, width: 160 },
  { field: 'remarks', ...FIELD_LABELS.remarks, aliases: [], required: false, width: 160 },
];

/**
 * Accountability columns: read wherever a ledger has them, but not part of FIELD_DEFS, so a new
 * ledger gets them only when the feature is used (see setupFields): most offices never extend a deadline,
 * and approval columns are noise unless 销号需审核 is on.
 */
export const ACCOUNTABILITY_FIELD_DEFS: readonly FieldDef[] = [
  {
    field: 'extendedTo',
    ...FIELD_LABELS.extendedTo,
    aliases: ['延期时限'],
    required: false,
    width: 110,
  },
  {
    field: 'extensionApproval',
    ...FIELD_LABELS.extensionApproval,
    aliases: ['延期批准文号', '延期审批'],
    required: false,
    width: 140,
  },
  {
    field: 'closureApprover',
    ...FIELD_LABELS.closureApprover,
    aliases: ['销号审核'],
    required: false,
    width: 100,
  },
  {
    field: 'closureDate',
    ...FIELD_LABELS.closureDate,
    aliases: ['销号日期', '销号审核日期'],
    required: false,
    width: 100,
  },
];

/** The columns a new ledger gets: the standard ones, plus approval columns when closure review is on. */
export function setupFields(options: { closureReview?: boolean; extensions?: boolean } = {}): FieldDef[] {
  const out: FieldDef[] = [];
  for (const def of FIELD_DEFS) {
    if (def.field === 'remarks' && options.closureReview) {
      out.push(
        ...ACCOUNTABILITY_FIELD_DEFS.filter(
          (d) => d.field === 'closureApprover' || d.field === 'closureDate',
        ),
      );
    }
    out.push(def);
    if (def.field === 'deadline' && options.extensions) {
      out.push(
        ...ACCOUNTABILITY_FIELD_DEFS.filter(
          (d) => d.field === 'extendedTo' || d.field === 'extensionApproval',
        ),
      );
    }
  }
  return out;
}

const ALL_FIELD_DEFS: readonly FieldDef[] = [...FIELD_DEFS, ...ACCOUNTABILITY_FIELD_DEFS];

export const FIELDS: readonly Field[] = FIELD_DEFS.map((d) => d.field);

const BY_FIELD = new Map(ALL_FIELD_DEFS.map((d) => [d.field, d]));

/** Header key: normalised, lower-case, spaces removed, so "Owner  email" and "责任人 邮箱" match. */
export function headerKey(text: string): string {
  return normalise(text).toLowerCase().replace(/\s+/g, '');
}

const ALIAS_INDEX = new Map<string, Field>();
for (const def of ALL_FIELD_DEFS) {
  for (const word of [def.zh, def.en, ...def.aliases]) ALIAS_INDEX.set(headerKey(word), def.field);
}

/** The field a header cell names, or null. */
export function fieldOfHeader(text: string): Field | null {
  return ALIAS_INDEX.get(headerKey(text)) ?? null;
}

export function fieldLabel(field: Field, locale: Locale = 'zh'): string {
  const def = BY_FIELD.get(field);
  return def ? def[locale] : field;
}

export function fieldWidth(field: Field): number {
  return BY_FIELD.get(field)?.width ?? 120;
}

export const REQUIRED_FIELDS: readonly Field[] = FIELD_DEFS.filter((d) => d.required).map((d) => d.field);
