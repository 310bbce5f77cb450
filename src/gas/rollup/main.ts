// Entry of the roll-up build (build-rollup/Code.js): a supervising office's spreadsheet that reads its units' ledgers.
import { type Locale, localeOf } from '../../core';
import { rollupMenu } from './menu';

/** Simple trigger: adds the menu without reading any data. */
export function onOpen(): void {
  let locale: Locale = 'zh';
  try {
    locale = localeOf(Session.getActiveUserLocale());
  } catch {
    // Chinese, so the menu always appears.
  }
  const menu = rollupMenu(locale);
  SpreadsheetApp.getUi().createMenu(menu.title).addItem(menu.caption, menu.fn).addToUi();
}

export { continueRollup, rollupUnits } from './run';
