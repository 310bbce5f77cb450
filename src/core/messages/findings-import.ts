// Findings of the document importer: what it could not read from a notice, or read and wants checked.
import type { Locale } from '../locale';
import { messages } from './bilingual';
import { type Coded, codedText, type ParamsOf } from './coded';

/** The one-line field a paragraph without a label followed. */
export type OneLineField = 'deadline' | 'status' | 'responsible';

const ONE_LINE_ZH: Record<OneLineField, string> = {
  deadline: '整改时限',
  status: '整改进展',
  responsible: '责任',
};

export const importFindings = /* @__PURE__ (unused tables drop out of a bundle) */ messages({
  'import.unlabelled'({ quote, after }: { quote: string; after: OneLineField }) {
    return {
      zh: `“${quote}”没有标签，跟在“${ONE_LINE_ZH[after]}”之后，已并入整改措施，请核对`,
      en: `"${quote}" has no label and follows a one-line field; it was added to the measures: check it`,
    };
  },
  'import.status'({ quote }: { quote: string }) {
    return {
      zh: `整改进展“${quote}”读不出状态，已放入备注，请填写整改状态`,
      en: `Progress "${quote}" names no status; it was put in the remarks: fill in the status`,
    };
  },
  /** `status` is the status label the row was given, as the ledger holds it. */
  'import.statusSentence'({ quote, status }: { quote: string; status: string }) {
    return {
      zh: `整改进展“${quote}”读作“${status}”，原句放入备注，请核对`,
      en: `Progress "${quote}" was read as ${status}; the sentence is kept in the remarks: check it`,
    };
  },
  'import.orphan': {
    zh: '这段文字在问题编号之下，但没有整改措施、时限或进展，未作为问题导入，请核对',
    en: 'This text sits under a problem number but has no measures, deadline or progress; it was not imported as a problem: check it',
  },
  'import.categoryTitle'({ heading, number }: { heading: string; number: string }) {
    return {
      zh: `类别“${heading}”没有标题文字（PDF 常丢失加粗的标题），问题类别暂记为“${number}.”，请补上标题`,
      en: `Category "${heading}" has no title text (a PDF often loses bold headings); the category is "${number}." for now: add its title`,
    };
  },
  'import.linkAmbiguous'({ section, id }: { section: string; id: string }) {
    return {
      zh: `“${section}”中的这一条与主体部分的两个问题同样相近，未能对应，已单列为 ${id}，请核对`,
      en: `This entry of "${section}" is as close to two problems of the main section; it was added on its own as ${id}: check it`,
    };
  },
  'import.linkMissing'({ section, id }: { section: string; id: string }) {
    return {
      zh: `“${section}”中的这一条在主体部分找不到对应问题，已单列为 ${id}，请核对`,
      en: `This entry of "${section}" matches no problem of the main section; it was added on its own as ${id}: check it`,
    };
  },
  /** `differs` names what differs, as the notice words it (问题描述, 整改时限（此处“…”）). */
  'import.repeatDiffers'({ section, id, differs }: { section: string; id: string; differs: string[] }) {
    return {
      zh: `“${section}”中的这一条即 ${id}，但${differs.join('、')}与主体部分不同；台账按主体部分填写，请核对`,
      en: `This entry of "${section}" is ${id}, but its ${differs.join(', ')} differ from the main section, which the ledger follows: check it`,
    };
  },
  'import.noMeasures'({ id }: { id: string }) {
    return {
      zh: `${id}：读不出整改措施，请核对原文后填写`,
      en: `${id}: no measures could be read; fill them in from the document`,
    };
  },
  'import.split'({ id }: { id: string }) {
    return {
      zh: `${id}：问题描述与整改措施之间没有标签或“一是”，按换行位置分开，请核对分界处`,
      en: `${id}: nothing marks where the measures begin (no label, no 一是); they were split where a line breaks: check the boundary`,
    };
  },
  'import.noDeadline'({ id }: { id: string }) {
    return {
      zh: `${id}：读不出整改时限，请核对原文后填写`,
      en: `${id}: no deadline could be read; fill it in from the document`,
    };
  },
  'import.deadline'({ id, deadline }: { id: string; deadline: string }) {
    return {
      zh: `${id}：整改时限“${deadline}”无法识别为日期，请核对`,
      en: `${id}: the deadline "${deadline}" is not a date Rectify can read: check it`,
    };
  },
  'import.noStatus'({ id }: { id: string }) {
    return {
      zh: `${id}：读不出整改进展，请核对原文后填写整改状态`,
      en: `${id}: no progress could be read; fill in the status from the document`,
    };
  },
  /** `printed` and `counted` list the figures (问题37、已完成16…); `gaps` what each differs by. */
  'import.figures'({
    printed,
    counted,
    gaps,
  }: {
    printed: string;
    counted: string;
    gaps: { name: string; by: number }[];
  }) {
    return {
      zh: `通报印出的数字（${printed}）与导入的行（${counted}）不一致，相差：${gaps.map((g) => `${g.name}${g.by}`).join('、')}`,
      en: `The figures the document prints (${printed}) differ from the imported rows (${counted}): ${gaps.map((g) => `${g.name} ${g.by}`).join(', ')}`,
    };
  },
  'import.recovered'({ amount }: { amount: number }) {
    return {
      zh: `通报印出追赃挽损${amount}万元，但没有写明属于哪个问题；请在相应行的“追赃挽损（万元）”中填写`,
      en: `The document prints ${amount} (10k CNY) recovered without saying for which problem; enter it in that row's Recovered column`,
    };
  },
  'import.duplicateId'({ old, n, id }: { old: string; n: number; id: string }) {
    return {
      zh: `编号 ${old} 重复出现，第 ${n} 个记为 ${id}，请核对`,
      en: `ID ${old} occurs more than once; occurrence ${n} is ${id}: check it`,
    };
  },
});

type ImportCatalogue = typeof importFindings;

/** Every code an import finding may carry. */
export type ImportFindingCode = keyof ImportCatalogue;

/** What an import finding says, as data: its code and that code's parameters. */
export type ImportFindingMessage = Coded<ImportCatalogue>;

/** Builds an import finding's message; the compiler checks `params` against `code`. */
export function importFindingMessage<C extends ImportFindingCode>(
  code: C,
  ...params: ParamsOf<ImportCatalogue[C]> extends Record<string, never> ? [] : [ParamsOf<ImportCatalogue[C]>]
): Extract<ImportFindingMessage, { code: C }> {
  return { code, params: params[0] ?? {} } as Extract<ImportFindingMessage, { code: C }>;
}

/** The import finding's text in the reader's language. */
export function importFindingText(locale: Locale, finding: ImportFindingMessage): string {
  return codedText(importFindings, locale, finding);
}
