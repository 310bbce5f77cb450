// The 整改台账 menu: built in every auth mode without touching data, so it appears before authorisation.
import { type Locale, localeOf, tr } from '../core';
import { isAddonBuild } from './platform/build-flags';

export interface MenuItem {
  caption: string;
  /** Global function name in build/Code.js; null for a separator. */
  fn: string | null;
  submenu?: { caption: string; items: MenuItem[] };
}

/** The menu's entries in order; function names are the stable contract of docs/architecture.md. */
export function menuItems(locale: Locale): { title: string; items: MenuItem[] } {
  const t = (zh: string, en: string) => tr(locale, zh, en);
  return {
    title: t('整改台账', 'Rectify'),
    items: [
      { caption: t('初始化台账', 'Set up ledger'), fn: 'setupLedger' },
      { caption: t('校验台账', 'Validate ledger'), fn: 'validateLedger' },
      { caption: t('标记逾期', 'Colour by deadline'), fn: 'colourLedger' },
      { caption: t('汇总统计', 'Update totals'), fn: 'updateTotals' },
      { caption: t('生成通报', 'Generate notice'), fn: 'generateNotice' },
      { caption: t('打开面板', 'Open sidebar'), fn: 'showSidebar' },
      { caption: t('查看本行修改记录', 'Edit history of this row'), fn: 'showProblemHistory' },
      { caption: t('从通报导入…', 'Import from a notice…'), fn: 'showImportDialog' },
      { caption: '', fn: null },
      {
        caption: '',
        fn: null,
        submenu: {
          caption: t('提醒', 'Reminders'),
          items: [
            { caption: t('预览今日提醒', 'Preview reminders'), fn: 'previewReminders' },
            { caption: t('开启每日提醒', 'Turn on daily reminders'), fn: 'enableDailyReminders' },
            { caption: t('关闭每日提醒', 'Turn off daily reminders'), fn: 'disableDailyReminders' },
          ],
        },
      },
      { caption: '', fn: null },
      { caption: t('帮助', 'Help'), fn: 'showHelp' },
    ],
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
