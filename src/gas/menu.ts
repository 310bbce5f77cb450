// The 整改台账 menu: built in every auth mode without touching data, so it appears before authorisation.
import { type Locale, localeOf } from '../core';
import { say } from '../core/messages/bilingual';
import { commandCaptions, commandMessages as M, type MenuCommand } from '../core/messages/commands';
import { isAddonBuild } from './platform/build-flags';

export interface MenuItem {
  caption: string;
  /** Global function name in build/Code.js; null for a separator. */
  fn: string | null;
  submenu?: { caption: string; items: MenuItem[] };
}

/** The menu's order: each command by its global name (docs/architecture.md); null is a separator. */
const MENU: readonly (MenuCommand | null | readonly MenuCommand[])[] = [
  'setupLedger',
  'validateLedger',
  'colourLedger',
  'updateTotals',
  'generateNotice',
  'showSidebar',
  'showProblemHistory',
  'showImportDialog',
  null,
  ['previewReminders', 'enableDailyReminders', 'disableDailyReminders'],
  null,
  'showHelp',
];

/** The menu's entries in order, captioned from the one caption table (commandCaptions). */
export function menuItems(locale: Locale): { title: string; items: MenuItem[] } {
  const item = (fn: MenuCommand): MenuItem => ({ caption: say(locale, commandCaptions[fn]), fn });
  return {
    title: say(locale, M.menuTitle),
    items: MENU.map((entry) => {
      if (entry === null) return { caption: '', fn: null };
      if (typeof entry === 'string') return item(entry);
      return {
        caption: '',
        fn: null,
        submenu: { caption: say(locale, M.remindersMenu), items: entry.map(item) },
      };
    }),
  };
}

/**
 * Adds the menu. As an add-on Google requires createAddonMenu(); bound to a sheet, createMenu(title).
 * In AuthMode.NONE only the locale is read (Session.getActiveUserLocale works there), never the sheet.
 */
export function addMenu(
  e: GoogleAppsScript.Events.SheetsOnOpen | undefined,
  ui: GoogleAppsScript.Base.Ui = SpreadsheetApp.getUi(),
  locale: Locale = accountLocale(),
): void {
  const { title, items } = menuItems(locale);
  // An add-on keeps its Extensions menu in every mode, FULL included (onInstall runs in FULL).
  const asAddon = isAddon(e);
  const menu = asAddon ? ui.createAddonMenu() : ui.createMenu(title);
  for (const item of items) {
    if (item.submenu) {
      const sub = ui.createMenu(item.submenu.caption);
      for (const s of item.submenu.items) if (s.fn) sub.addItem(s.caption, s.fn);
      menu.addSubMenu(sub);
    } else if (item.fn) menu.addItem(item.caption, item.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** The account's language; Chinese if the locale cannot be read, so the menu always appears. */
function accountLocale(): Locale {
  try {
    return localeOf(Session.getActiveUserLocale());
  } catch {
    return 'zh';
  }
}

/**
 * Only an installed add-on opens in AuthMode.NONE (installed, not yet used in this document); a bound
 * script's onOpen runs in LIMITED, and so does an add-on once enabled in the document, so LIMITED and FULL
 * cannot tell the two apart. The add-on build (`npm run build:addon`) settles those by a build-time flag.
 */
function isAddon(e: GoogleAppsScript.Events.SheetsOnOpen | undefined): boolean {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return true;
  return isAddonBuild();
}
