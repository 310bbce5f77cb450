// The sidebar's command buttons: run a menu command and hand back what it told the user, to show in place.
import { type Locale, tr } from '../../core';
import { colourLedger } from '../commands/colour-ledger';
import { updateTotals } from '../commands/update-totals';
import { validateLedger } from '../commands/validate-ledger';
import { generateNotice, type NoticeRun } from '../notice/generate';
import { UserError } from '../platform/errors';
import { sessionLocale } from '../platform/ledger-sheet';
import { hasOwn } from '../platform/own';
import { overriding, resolveServices, type Services, withServices } from '../platform/services';
import { previewReminders } from '../reminders/daily';

export interface CommandResult {
  /** False when the command stopped (a message to fix something, or another command running). */
  ok: boolean;
  /** What the command said (its alert and toast texts), shown under the buttons. */
  message: string;
  /** A document the command made (the notice), linked under the message. */
  url?: string;
  urlText?: string;
}

interface SidebarCommand {
  /** Returns undefined when it stopped with a message (runCommand's UserError and busy paths). */
  run: (services: Services) => unknown;
  /** Only the first paragraph of the alert: the sidebar already lists what the rest repeats. */
  brief?: boolean;
  /** The result in words and a link, for a command that reports in a dialog of its own. */
  describe?: (result: never, locale: Locale) => { message: string; url?: string; urlText?: string };
}

/** generateNotice's dialog, told in the sidebar: the document's link and what to check. */
function describeNotice(run: NoticeRun, locale: Locale) {
  const lines = [tr(locale, `通报已生成：${run.name}`, `The notice is ready: ${run.name}`)];
  for (const w of run.warnings) lines.push(`· ${w.message}`);
  return { message: lines.join('\n'), url: run.url, urlText: tr(locale, '打开通报', 'Open the notice') };
}

/** The buttons' commands by the name the page sends; anything else is refused. */
export const SIDEBAR_COMMANDS: Record<string, SidebarCommand> = {
  validate: { run: validateLedger, brief: true },
  colour: { run: colourLedger },
  totals: { run: updateTotals },
  notice: { run: generateNotice, describe: describeNotice },
  reminders: { run: previewReminders },
};

type Ui = GoogleAppsScript.Base.Ui;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * Services whose Ui.alert and Spreadsheet.toast are written down instead of shown: a command run from the
 * sidebar reports in the sidebar, not in a modal dialog over it. Alerts answer OK, as a reader would.
 */
export function capturingServices(base: Services): {
  services: Services;
  said: { alerts: string[]; toasts: string[] };
} {
  const said = { alerts: [] as string[], toasts: [] as string[] };
  const app = base.spreadsheet;
  const spreadsheet = overriding<SpreadsheetApp>(app, {
    getUi: () => {
      const ui = app.getUi();
      return overriding<Ui>(ui, {
        alert: (...args: unknown[]) => {
          // alert(prompt) or alert(title, prompt, buttons): the prompt is what the user must read.
          said.alerts.push(String(args.length >= 2 ? args[1] : args[0]));
          return ui.Button.OK;
        },
        // The command's result dialog: the sidebar describes the result itself.
        showModalDialog: () => undefined,
      });
    },
    getActiveSpreadsheet: () =>
      overriding<Spreadsheet>(app.getActiveSpreadsheet(), {
        toast: (message: unknown) => {
          said.toasts.push(String(message));
        },
      }),
  });
  return { services: withServices(base, { spreadsheet }), said };
}

/** The page's command buttons. Runs under the command's own lock; its messages come back as text. */
export function runMenuCommand(name: unknown, services?: Services): CommandResult {
  const s = resolveServices(services);
  const locale: Locale = sessionLocale(s);
  const known = typeof name === 'string' && hasOwn(SIDEBAR_COMMANDS, name);
  const command = known ? SIDEBAR_COMMANDS[name as string] : undefined;
  if (!command) {
    throw new UserError(
      tr(locale, `面板不支持命令“${String(name)}”。`, `The sidebar has no command "${String(name)}".`),
      'command.unknown',
    );
  }
  const { services: quiet, said } = capturingServices(s);
  const result = command.run(quiet);
  if (result !== undefined && command.describe) {
    return { ok: true, ...command.describe(result as never, locale) };
  }
  // An alert is the command's answer; without one, its last toast is (earlier toasts were progress).
  const answer = said.alerts.length > 0 ? said.alerts : said.toasts.slice(-1);
  const texts = command.brief && result !== undefined ? answer.map((t) => t.split('\n\n')[0]) : answer;
  return { ok: result !== undefined, message: texts.join('\n\n') || tr(locale, '已完成。', 'Done.') };
}
