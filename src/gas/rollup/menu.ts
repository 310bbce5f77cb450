// The roll-up spreadsheet's menu: one item, in the account's language, added without reading any data.
import type { Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { rollupScriptText as T } from '../../core/messages/rollup';

export function rollupMenu(locale: Locale): { title: string; caption: string; fn: string } {
  return {
    title: say(locale, T.menuTitle),
    caption: say(locale, T.menuCaption),
    fn: 'rollupUnits',
  };
}
