// 从通报导入's server words: the dialog title, why a link or payload is refused, and what was appended.
import { messages } from './bilingual';

export const importMessages = messages({
  dialogTitle: { zh: '整改台账助手 · 从通报导入', en: 'Rectify · Import from a notice' },
  notADocLink: (p: { link: string }) => ({
    zh: `“${p.link}”不是 Google 文档的链接；请复制文档地址栏中的链接（https://docs.google.com/document/d/…）`,
    en: `"${p.link}" is not a Google Doc link; copy the link from the Doc's address bar (https://docs.google.com/document/d/…)`,
  }),
  cannotOpen: {
    zh: '打不开这个文档：链接可能有误，或您没有查看权限。请在浏览器中确认能打开它。',
    en: 'The Doc cannot be opened: the link may be wrong, or you may not have access. Check that it opens in your browser.',
  },
  badPayload: {
    zh: '导入的数据格式不对，台账未改动。',
    en: 'The imported data is not in the expected form; the ledger is unchanged.',
  },
  nothingRead: {
    zh: '没有读出任何问题（找不到带整改措施、整改时限或整改进展的问题条目），台账未改动。',
    en: 'No problems were found (no block with measures, a deadline or progress); the ledger is unchanged.',
  },
  noLedger: {
    zh: '没有找到“台账”：请先运行 初始化台账，再导入。',
    en: 'No Ledger sheet: run Set up ledger first, then import.',
  },
  noHeader: (p: { name: string }) => ({
    zh: `“${p.name}”没有台账表头：请先运行 初始化台账，再导入。`,
    en: `"${p.name}" has no ledger header: run Set up ledger first, then import.`,
  }),
  missingColumns: (p: { labelsZh: string; labelsEn: string }) => ({
    zh: `台账缺少“${p.labelsZh}”列，导入的内容放不下：请先运行 初始化台账（只添加缺少的列），再导入。台账未改动。`,
    en: `The ledger lacks the column(s) ${p.labelsEn}: run Set up ledger first (it only adds missing columns), then import. The ledger is unchanged.`,
  }),
  imported: (p: { count: number; first: number; last: number }) => ({
    zh: `已导入 ${p.count} 个问题到第${p.first}–${p.last}行`,
    en: `Imported ${p.count} problems into rows ${p.first}–${p.last}`,
  }),
  appended: (p: { count: number; first: number; last: number; sheet: string; narrative: number }) => ({
    zh: `已在“${p.sheet}”第${p.first}–${p.last}行追加 ${p.count} 个问题，通报正文 ${p.narrative} 段；原有的行未改动。`,
    en: `Appended ${p.count} problems to rows ${p.first}–${p.last} of ${p.sheet} and ${p.narrative} narrative paragraphs; existing rows are unchanged.`,
  }),
});
