// The roll-up spreadsheet's menu: one item, in the account's language, added without reading any data.
import { type Locale, tr } from '../../core';

export function rollupMenu(locale: Locale): { title: string; caption: string; fn: string } {
  return {
    title: tr(locale, '整改汇总', 'Rectify roll-up'),
    caption: tr(locale, '汇总各单位台账', 'Roll up the units’ ledgers'),
    fn: 'rollupUnits',
  };
}
