// The settings tab: the form the server sends, grouped in fieldsets; saving sends the texts typed and shows
// each rejected value's message under its field.
import { $ } from '../dom';
import { formValues, renderForm, showIssues } from '../settings-fields';
import { call } from './rpc';
import { say, sayFailure } from './status';
import { t } from './strings';

let loaded = false;

export function isSettingsLoaded(): boolean {
  return loaded;
}

export function loadSettings(): Promise<void> {
  say($('settings-result'), t('loadingSettings'), 'busy');
  return call('getSettingsForm').then(
    (form) => {
      loaded = true;
      renderForm($('settings-fields'), form);
      showIssues($('settings-fields'), form.issues);
      say($('settings-result'), '');
    },
    sayFailure($('settings-result')),
  );
}

/** The form's submit: `afterSave` runs once the settings are written (the dashboard and preview change). */
export function saveSettings(event: Event, afterSave: () => Promise<unknown>): void {
  event.preventDefault();
  const out = $('settings-result');
  const save = $('save') as HTMLButtonElement;
  save.disabled = true;
  say(out, t('saving'), 'busy');
  call('saveSettings', formValues($('settings-fields')))
    .then((result) => {
      const first = showIssues($('settings-fields'), result.issues);
      if (result.ok) {
        if (result.form) renderForm($('settings-fields'), result.form);
        say(out, result.message || t('saved'), 'ok');
        return afterSave();
      }
      say(out, t('fixFields', { count: result.issues.length }), 'error');
      if (first) first.focus();
      return undefined;
    }, sayFailure(out))
    .then(() => {
      save.disabled = false;
    });
}
