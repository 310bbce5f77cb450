// The sidebar's command buttons: run the menu's own command with the sidebar's presenter, and hand back its report.
import type { Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { commandMessages as M, SIDEBAR_BUTTONS, type SidebarButton } from '../../core/messages/commands';
import { hasOwn } from '../../core/own';
import { colourLedger } from '../commands/colour-ledger';
import { updateTotals } from '../commands/update-totals';
import { validateLedger } from '../commands/validate-ledger';
import { generateNotice, type NoticeRun } from '../notice/generate';
import { UserError } from '../platform/errors';
import { sessionLocale } from '../platform/ledger-sheet';
import { type CommandResult, sidebarPresenter } from '../platform/presenters';
import { resolveServices, type Services, withServices } from '../platform/services';
import { previewReminders } from '../reminders/daily';

export type { CommandResult } from '../platform/presenters';

/** The command behind each button; its report (or refusal) reaches the sidebar through the presenter. */
const RUN: Record<SidebarButton, (services: Services) => unknown> = {
  validate: validateLedger,
  colour: colourLedger,
  totals: updateTotals,
  notice: generateNotice,
  reminders: previewReminders,
};

/** The notice opens a dialog of its own in the menu; the sidebar says what was made and links it instead. */
function noticeResult(run: NoticeRun, locale: Locale): CommandResult {
  const lines = [say(locale, M.noticeReady({ name: run.name }))];
  for (const w of run.warnings) lines.push(`· ${w.message}`);
  return { ok: true, message: lines.join('\n'), url: run.url, urlText: say(locale, M.openNotice) };
}

/** The page's command buttons, by the names in SIDEBAR_BUTTONS; anything else is refused. */
export function runMenuCommand(name: unknown, services?: Services): CommandResult {
  const s = resolveServices(services);
  const locale: Locale = sessionLocale(s);
  if (typeof name !== 'string' || !hasOwn(SIDEBAR_BUTTONS, name)) {
    throw new UserError(say(locale, M.sidebarUnknown({ name: String(name) })), 'command.unknown');
  }
  const button = name as SidebarButton;
  const presenter = sidebarPresenter(s);
  const value = RUN[button](withServices(s, { presenter }));
  const said = presenter.result();
  if (button === 'notice' && said?.ok !== false && value !== undefined) {
    return noticeResult(value as NoticeRun, locale);
  }
  return said ?? { ok: true, message: say(locale, M.sidebarDone) };
}
