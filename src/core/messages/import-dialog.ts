// The 从通报导入 dialog's own words; the build bundles this table into build/ImportDialog.html, and the dialog
// picks the language of the reader's browser.
import { messages } from './bilingual';

export const importDialogMessages = messages({
  intro: {
    zh: '粘贴 Google 文档的链接，或直接粘贴通报、整改方案的文字。导入的问题追加在台账末尾，不会改动已有的行。',
    en: 'Paste a Google Doc link, or the text of the notice or plan. Imported problems are appended below the ledger; no existing row is changed.',
  },
  docLink: { zh: '文档链接', en: 'Doc link' },
  pasteText: { zh: '或粘贴文字', en: 'Or paste the text' },
  importButton: { zh: '导入', en: 'Import' },
  importing: { zh: '正在导入…', en: 'Importing…' },
});

export type ImportDialogMessageId = keyof typeof importDialogMessages;
