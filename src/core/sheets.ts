// The workbook's sheet names, Chinese first: the add-on and the CLI look sheets up by the same lists.

/** A sheet's Chinese name, then its English one: a pair, so [0] and [1] need no check. */
type SheetNames = [chinese: string, english: string];

export const LEDGER_SHEETS: SheetNames = ['台账', 'Ledger'];
export const SETTINGS_SHEETS: SheetNames = ['设置', 'Settings'];
export const NARRATIVE_SHEETS: SheetNames = ['通报正文', 'Narrative'];
export const TOTALS_SHEETS = ['汇总', 'Totals'];
