// The workbook's sheet names, Chinese first: the add-on and the CLI look sheets up by the same lists.
import type { Bilingual } from './messages/bilingual';
import { sheetNames } from './messages/sheets';

/** A sheet's Chinese name, then its English one: a pair, so [0] and [1] need no check. */
type SheetNames = [chinese: string, english: string];

const both = (name: Bilingual): SheetNames => [name.zh, name.en];

export const LEDGER_SHEETS = both(sheetNames.ledger);
export const SETTINGS_SHEETS = both(sheetNames.settings);
export const NARRATIVE_SHEETS = both(sheetNames.narrative);
export const TOTALS_SHEETS = both(sheetNames.totals);
