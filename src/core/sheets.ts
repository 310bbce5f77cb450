// The workbook's sheet names, Chinese first: the add-on and the CLI look sheets up by the same lists.
// Each sheet by its Chinese name, then its English one: a pair, so [0] and [1] need no check.
export const LEDGER_SHEETS: [zh: string, en: string] = ['台账', 'Ledger'];
export const SETTINGS_SHEETS: [zh: string, en: string] = ['设置', 'Settings'];
export const NARRATIVE_SHEETS: [zh: string, en: string] = ['通报正文', 'Narrative'];
export const TOTALS_SHEETS = ['汇总', 'Totals'];
