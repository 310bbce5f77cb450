// The sidebar page's script (bundled into build/Sidebar.html): wires the tabs, buttons and form, then reads the dashboard.
import { $ } from '../dom';
import { renderCommands } from './commands';
import { loadDashboard } from './dashboard';
import { invalidatePreview, loadPreview } from './preview';
import { loadSettings, saveSettings } from './settings-form';
import { applyStrings } from './strings';
import { currentTab, wireTabs } from './tabs';

/** Reads the dashboard again and relabels the command buttons in the language it brings. */
function refreshDashboard(): Promise<void> {
  return loadDashboard().then((drawn) => {
    if (drawn) renderCommands(afterChange);
  });
}

/** After a command or a save: the ledger or settings may have changed, so what shows them is read again. */
function afterChange(): Promise<void> {
  invalidatePreview();
  return refreshDashboard();
}

wireTabs();
// Refresh reads again what the open tab shows (the dashboard's data also sets the page's language).
$('refresh').addEventListener('click', () => {
  const tab = currentTab();
  if (tab === 'settings') loadSettings();
  else if (tab === 'preview') loadPreview();
  else refreshDashboard();
});
$('settings-form').addEventListener('submit', (event) => saveSettings(event, afterChange));

applyStrings();
refreshDashboard();
