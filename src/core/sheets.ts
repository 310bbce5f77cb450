// The workbook's sheet names, Chinese first: the add-on and the CLI look sheets up by the same lists.
export const LEDGER_SHEETS = ['台账', 'Ledger'];
export const SETTINGS_SHEETS = ['设置', 'Settings'];
export const NARRATIVE_SHEETS = ['通报正文', 'Narrative'];
export const TOTALS_SHEETS = ['汇总', 'Totals'];
