// The workbook's sheet names in both languages: what setup creates, and what the add-on and the CLI look up.
import { messages } from './bilingual';

export const sheetNames = messages({
  ledger: { zh: '台账', en: 'Ledger' },
  settings: { zh: '设置', en: 'Settings' },
  narrative: { zh: '通报正文', en: 'Narrative' },
  totals: { zh: '汇总', en: 'Totals' },
});
