// The ledger's canonical fields and the header words (Chinese and English) that name them.
import type { Locale } from './locale';
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
  | 'recovered'
  | 'evidence'
  | 'remarks';

interface FieldDef {
  field: Field;
  zh: string;
  en: string;
  aliases: string[];
  required: boolean;
  /** Column width in pixels for a new ledger. */
  width: number;
}

export const FIELD_DEFS: readonly FieldDef[] = [
  { field: 'id', zh: '编号', en: 'ID', aliases: ['序号', 'no', 'no.'], required: false, width: 60 },
  {
    field: 'category',
    zh: '问题类别',
    en: 'Category',
    aliases: ['类别', '问题类型'],
    required: false,
    width: 160,
  },
  { field: 'source', zh: '问题来源', en: 'Source', aliases: [], required: false, width: 110 },
  {
    field: 'problem',
    zh: '问题描述',
    en: 'Problem',
    aliases: ['问题', '具体问题'],
    required: true,
    width: 320,
  },
  { field: 'measures', zh: '整改措施', en: 'Measures', aliases: [], required: true, width: 320 },
  { field: 'lead', zh: '牵头领导', en: 'Lead', aliases: ['责任领导'], required: false, width: 100 },
  {
    field: 'department',
    zh: '责任科室',
    en: 'Department',
    aliases: ['责任单位', '责任部门'],
    required: true,
    width: 110,
  },
  {
    field: 'ownerEmail',
    zh: '责任人邮箱',
    en: 'Owner email',
    aliases: ['邮箱'],
    required: false,
    width: 170,
  },
  { field: 'deadline', zh: '整改时限', en: 'Deadline', aliases: ['完成时限'], required: true, width: 150 },
  {
    field: 'status',
    zh: '整改状态',
    en: 'Status',
    aliases: ['整改进展', '状态'],
    required: true,
    width: 90,
  },
  { field: 'doneDate', zh: '完成日期', en: 'Done date', aliases: [], required: false, width: 100 },
  { field: 'longTerm', zh: '长期坚持', en: 'Long-term', aliases: [], required: false, width: 80 },
  {
    field: 'longTermMeasures',
    zh: '长期举措',
    en: 'Long-term measures',
    aliases: [],
    required: false,
    width: 240,
  },
  {
    field: 'recovered',
    zh: '追赃挽损（万元）',
    en: 'Recovered (10k CNY)',
    aliases: ['追赃挽损'],
    required: false,
    width: 110,
  },
  { field: 'evidence', zh: '佐证材料', en: 'Evidence', aliases: [], required: false, width: 160 },
  { field: 'remarks', zh: '备注', en: 'Remarks', aliases: [], required: false, width: 160 },
];

export const FIELDS: readonly Field[] = FIELD_DEFS.map((d) => d.field);

const BY_FIELD = new Map(FIELD_DEFS.map((d) => [d.field, d]));

/** Header key: normalised, lower-case, spaces removed, so "Owner  email" and "责任人 邮箱" match. */
export function headerKey(text: string): string {
  return normalise(text).toLowerCase().replace(/\s+/g, '');
}

const ALIAS_INDEX = new Map<string, Field>();
for (const def of FIELD_DEFS) {
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
