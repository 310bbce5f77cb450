// Words the core prints about a ledger's own content: an approved extension, a date, the 通报正文 sheet's columns.
import { messages } from './bilingual';

export const LEDGER_TERMS = /* @__PURE__ */ messages({
  /**
   * The deadline as the notice prints it when an approved extension moved it. `head` is the original without
   * its tail (“2024年9月底前完成整改” → “2024年9月底前”), which would otherwise sit mid-phrase in Chinese.
   */
  extendedDeadline({ original, head, extended }: { original: string; head: string; extended: string }) {
    return {
      zh: head === '' ? `经批准延期至${extended}` : `${head}（经批准延期至${extended}）`,
      en:
        original === ''
          ? `extended with approval to ${extended}`
          : `${original} (extended with approval to ${extended})`,
    };
  },
  /** 整改时限：2024年9月底前（经批准延期至2024年12月31日） */
  deadlineLine({ deadline }: { deadline: string }) {
    return { zh: `整改时限：${deadline}`, en: `Deadline: ${deadline}` };
  },
  /** A date in each language's own writing, formatted by dates.ts (2024年12月20日, 20 December 2024). */
  date({ chinese, english }: { chinese: string; english: string }) {
    return { zh: chinese, en: english };
  },
  /** 通报正文's two columns, as the importer writes them and parseNarrative reads them back. */
  narrativeSection: { zh: '章节', en: 'Section' },
  narrativeParagraph: { zh: '段落', en: 'Paragraph' },
});
