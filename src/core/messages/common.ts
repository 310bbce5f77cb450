// Words many messages share (a list's separator, the unknown-status label): written once, for every table.
import { messages } from './bilingual';

export const commonMessages = messages({
  /** Between the items of a list in running text. */
  listSeparator: { zh: '、', en: ', ' },
  /** The status tile or row for a problem whose 整改状态 is empty or unreadable. */
  statusUnknown: { zh: '状态未填或无法识别', en: 'Status blank or unreadable' },
  /** The language tag of a page or document written in the locale (HTML lang, BCP 47). */
  documentLang: { zh: 'zh-CN', en: 'en' },
});
