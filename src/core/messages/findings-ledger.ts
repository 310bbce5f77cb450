// Findings on the ledger as a whole: its header row, and what closing a problem (销号) needs.
import { type CalendarDate, chineseDate, englishDate } from '../dates';
import { type Field, fieldLabel, REQUIRED_FIELDS } from '../fields';
import type { Locale } from '../locale';
import { type Bilingual, messages } from './bilingual';

/** Field names as a list, each language with its own separator. */
function names(fields: readonly Field[]): Bilingual {
  return {
    zh: fields.map((f) => fieldLabel(f, 'zh')).join('、'),
    en: fields.map((f) => fieldLabel(f, 'en')).join(', '),
  };
}

/** An English header is named in English whatever the reader's language: that is what the sheet shows. */
function inHeaderLanguage(text: Bilingual, headerLanguage: Locale): Bilingual {
  return headerLanguage === 'en' ? { zh: text.en, en: text.en } : text;
}

const REQUIRED = names(REQUIRED_FIELDS);
const EVIDENCE = names(['evidence']);
const PENDING: Bilingual = { zh: '，按“待审核”统计', en: '; it counts as pending approval' };

export const ledgerFindings = /* @__PURE__ (unused tables drop out of a bundle) */ messages({
  'header.not-found': {
    zh: `找不到台账表头；第一行（或标题下方一行）应包含：${REQUIRED.zh}`,
    en: `No ledger header row found; the first row (or the row under a title) must name: ${REQUIRED.en}`,
  },
  /** The whole message is in the header's language when that is English. */
  'header.missing'({
    headerRow,
    missing,
    headerLanguage,
  }: {
    headerRow: number;
    missing: Field[];
    headerLanguage: Locale;
  }) {
    const n = names(missing);
    return inHeaderLanguage(
      {
        zh: `表头（第${headerRow}行）缺少必需的列：${n.zh}`,
        en: `The header row (row ${headerRow}) lacks required columns: ${n.en}`,
      },
      headerLanguage,
    );
  },
  /** `first` and `second` are the two header cells; the column is named as the header names it. */
  'column.duplicate'({
    field,
    first,
    second,
    headerLanguage,
  }: {
    field: Field;
    first: string;
    second: string;
    headerLanguage: Locale;
  }) {
    const name = inHeaderLanguage(names([field]), headerLanguage);
    return {
      zh: `表头有两列“${name.zh}”（${first} 和 ${second}）；只读取 ${first} 所在的列，${second} 列被忽略。请删除多余的一列或改名`,
      en: `The header names ${name.en} twice (${first} and ${second}); only the column of ${first} is read and ${second} is ignored. Delete or rename one of them`,
    };
  },
  'closure.evidence-column': {
    zh: `台账没有“${EVIDENCE.zh}”列，已完成的问题无法附佐证材料；请添加该列`,
    en: `The ledger has no "${EVIDENCE.en}" column, so done problems carry no evidence; add the column`,
  },
  'closure.columns-missing'({ missing }: { missing: Field[] }) {
    const n = names(missing);
    return {
      zh: `已开启“销号需审核”，但台账缺少列：${n.zh}；请添加这些列，在此之前已完成的问题均按“待审核”统计`,
      en: `"Closure needs approval" is on but the ledger lacks: ${n.en}; add them (until then every done problem counts as pending approval)`,
    };
  },
  'closure.future'({ approved, asOf }: { approved: CalendarDate; asOf: CalendarDate }) {
    return {
      zh: `审核日期${chineseDate(approved)}晚于统计截止日期${chineseDate(asOf)}；请核对审核日期`,
      en: `The approval date ${englishDate(approved)} is after the as-of date ${englishDate(asOf)}; check it`,
    };
  },
  'closure.not-done': {
    zh: '已填销号审核，但整改状态不是“已完成”',
    en: 'A closure approval is filled in but the status is not Done',
  },
  'closure.no-evidence': {
    zh: '整改状态为“已完成”，但未填佐证材料（证明整改到位的文件名或链接）',
    en: 'The status is Done but no evidence (a file name or link proving the fix) is given',
  },
  'closure.no-approver': {
    zh: `销号需审核：已完成但未填销号审核人${PENDING.zh}`,
    en: `Closure needs approval: done but no approver${PENDING.en}`,
  },
  'closure.no-date': {
    zh: `销号需审核：已完成但未填审核日期${PENDING.zh}`,
    en: `Closure needs approval: done but no approval date${PENDING.en}`,
  },
  'closure.before-done'({ approved, done }: { approved: CalendarDate; done: CalendarDate }) {
    return {
      zh: `审核日期${chineseDate(approved)}早于完成日期${chineseDate(done)}；请核对`,
      en: `The approval date ${englishDate(approved)} is before the done date ${englishDate(done)}; check it`,
    };
  },
});
