// The server functions the sidebar page calls through google.script.run, typed from their real exports, so a
// renamed function or a changed result is a compile error in the page (src/gas/ui/sidebar/).
import type { Remote } from '../platform/remote';
import type { runMenuCommand } from './commands';
import type { getDashboard, getNoticePreview, getSettingsForm, selectCell, selectRow } from './server';
import type { saveSettings } from './settings';

export interface SidebarServer {
  getDashboard: Remote<typeof getDashboard>;
  selectRow: Remote<typeof selectRow>;
  selectCell: Remote<typeof selectCell>;
  runMenuCommand: Remote<typeof runMenuCommand>;
  getSettingsForm: Remote<typeof getSettingsForm>;
  saveSettings: Remote<typeof saveSettings>;
  getNoticePreview: Remote<typeof getNoticePreview>;
}

/** Every function the page may call; the Record makes the list complete, and a test finds each in Code.js. */
export const SIDEBAR_SERVER_FUNCTIONS = Object.keys({
  getDashboard: true,
  selectRow: true,
  selectCell: true,
  runMenuCommand: true,
  getSettingsForm: true,
  saveSettings: true,
  getNoticePreview: true,
} satisfies Record<keyof SidebarServer, true>) as (keyof SidebarServer)[];
