// What the sidebar's server functions say when a click cannot be followed (a row or cell that is gone).
// Code.js bundles this table; the page's own words are in sidebar.ts, which only the page bundles.
import { messages } from './bilingual';

export const sidebarServerMessages = messages({
  ledgerSheetMissing: { zh: '找不到台账工作表。', en: 'The ledger sheet is missing.' },
  rowNotInLedger: (p: { row: string }) => ({
    zh: `第 ${p.row} 行不在台账中，请刷新面板。`,
    en: `Row ${p.row} is not in the ledger; refresh the sidebar.`,
  }),
  notACellAddress: (p: { target: string }) => ({
    zh: `“${p.target}”不是单元格地址。`,
    en: `"${p.target}" is not a cell address.`,
  }),
  findingSheetMissing: (p: { sheet: string }) => ({
    zh: `找不到工作表“${p.sheet}”，请刷新面板。`,
    en: `Sheet "${p.sheet}" is missing; refresh the sidebar.`,
  }),
});
