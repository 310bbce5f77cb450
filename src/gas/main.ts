// Apps Script entry: every export here becomes a global function in build/Code.js (names never change).
import { addMenu } from './menu';

/** Simple trigger: adds the menu. Runs in AuthMode.NONE/LIMITED, so it reads no data. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(e);
}

/** Google's add-on template: installing runs onOpen so the menu shows at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export { colourLedger } from './colour-ledger';
export { onLedgerEdit } from './history';
export { showProblemHistory } from './history-view';
export { appendImported, readImportDoc, showImportDialog } from './import-doc';
export { generateNotice } from './notice';
export { dailyReminders, previewReminders } from './reminders';
export { disableDailyReminders, enableDailyReminders } from './reminders-trigger';
export { setupLedger } from './setup-ledger';
export { showHelp } from './show-help';
export {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  selectCell,
  selectRow,
  showSidebar,
} from './sidebar';
export { runMenuCommand } from './sidebar-commands';
export { saveSettings } from './sidebar-settings';
export { updateTotals } from './update-totals';
export { validateLedger } from './validate-ledger';
