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

export { colourLedger } from './commands/colour-ledger';
export { setupLedger } from './commands/setup-ledger';
export { showHelp } from './commands/show-help';
export { updateTotals } from './commands/update-totals';
export { validateLedger } from './commands/validate-ledger';
export { onLedgerEdit } from './history/edits';
export { showProblemHistory } from './history/view';
export { appendImported, readImportDoc, showImportDialog } from './import/append-rows';
export { generateNotice } from './notice/generate';
export { dailyReminders, previewReminders } from './reminders/daily';
export { disableDailyReminders, enableDailyReminders } from './reminders/trigger';
export { runMenuCommand } from './sidebar/commands';
export {
  getDashboard,
  getNoticePreview,
  getSettingsForm,
  selectCell,
  selectRow,
  showSidebar,
} from './sidebar/server';
export { saveSettings } from './sidebar/settings';
