// The three tabs (overview, settings, notice preview): click or arrow keys; a tab's data loads when first shown.
import { $ } from '../dom';
import { isPreviewLoaded, loadPreview } from './preview';
import { isSettingsLoaded, loadSettings } from './settings-form';

const TABS = ['dashboard', 'settings', 'preview'] as const;
export type TabName = (typeof TABS)[number];

export function currentTab(): TabName {
  return TABS.find((n) => $(`tab-${n}`).getAttribute('aria-selected') === 'true') ?? 'dashboard';
}

function showTab(name: TabName, focus: boolean): void {
  for (const n of TABS) {
    const tab = $(`tab-${n}`);
    const on = n === name;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${n}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  if (name === 'settings' && !isSettingsLoaded()) loadSettings();
  if (name === 'preview' && !isPreviewLoaded()) loadPreview();
}

const ARROW_STEP: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1 };

export function wireTabs(): void {
  for (const n of TABS) $(`tab-${n}`).addEventListener('click', () => showTab(n, false));
  document.querySelector('.tabs')?.addEventListener('keydown', (event) => {
    const step = ARROW_STEP[(event as KeyboardEvent).key];
    if (!step) return;
    const next = TABS[(TABS.indexOf(currentTab()) + step + TABS.length) % TABS.length];
    if (next) showTab(next, true);
    event.preventDefault();
  });
}
