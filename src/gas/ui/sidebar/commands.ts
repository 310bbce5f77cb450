// The commands panel: a button per menu command the server runs for the sidebar, its outcome shown in place.
import { say as sayIn } from '../../../core/messages/bilingual';
import { commandCaptions, SIDEBAR_BUTTONS, type SidebarButton } from '../../../core/messages/commands';
import type { CommandResult } from '../../sidebar/commands';
import { $, el } from '../dom';
import { call } from './rpc';
import { say, sayFailure } from './status';
import { pageLocale, t } from './strings';

/** The names runMenuCommand accepts, in the order the buttons stand. */
const COMMANDS = Object.keys(SIDEBAR_BUTTONS) as SidebarButton[];
type CommandName = SidebarButton;

/** A button's caption: the menu's own caption of the command it runs (one table for menu, help and sidebar). */
function caption(name: CommandName): string {
  return sayIn(pageLocale(), commandCaptions[SIDEBAR_BUTTONS[name]]);
}

let busy = false;

/**
 * Draws the buttons once, then relabels them in the page's language. `afterRun` runs after each command,
 * which may have changed the ledger (the dashboard is read again).
 */
export function renderCommands(afterRun: () => Promise<unknown>): void {
  const box = $('commands');
  const buttons = Array.from(box.querySelectorAll('button'));
  if (buttons.length) {
    for (const button of buttons)
      button.textContent = caption(button.getAttribute('data-command') as CommandName);
    return;
  }
  for (const name of COMMANDS) {
    const button = el('button', 'btn', caption(name));
    button.type = 'button';
    button.setAttribute('data-command', name);
    button.addEventListener('click', () => runCommand(name, button, afterRun));
    box.appendChild(button);
  }
}

function setCommandsDisabled(disabled: boolean): void {
  for (const button of Array.from($('commands').querySelectorAll('button'))) button.disabled = disabled;
}

/** The command's message, and its document linked: only a web address the server made, never javascript: or data:. */
function showResult(out: HTMLElement, result: CommandResult | undefined): void {
  say(out, result?.message || '', result && result.ok === false ? 'error' : 'ok');
  if (result && typeof result.url === 'string' && /^https:\/\//.test(result.url)) {
    out.appendChild(document.createTextNode(' '));
    const link = el('a', '', result.urlText || t('open'));
    link.href = result.url;
    link.target = '_blank';
    link.rel = 'noopener';
    out.appendChild(link);
  }
}

function runCommand(name: CommandName, button: HTMLButtonElement, afterRun: () => Promise<unknown>): void {
  if (busy) return;
  busy = true;
  setCommandsDisabled(true);
  button.setAttribute('aria-busy', 'true');
  const out = $('command-result');
  say(out, t('running', { command: caption(name) }), 'busy');
  call('runMenuCommand', name)
    .then((result) => {
      showResult(out, result);
      return afterRun();
    }, sayFailure(out))
    .then(() => {
      busy = false;
      setCommandsDisabled(false);
      button.removeAttribute('aria-busy');
    });
}
