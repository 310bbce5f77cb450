// Runs a menu command under the document lock; a failure the user can fix ends in an alert, never half-written.
import type { Locale } from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { commandCaptions, commandMessages, type MenuCommand } from '../../core/messages/commands';
import type { Report } from '../../core/outcome';
import { hasOwn } from '../../core/own';
import { applyWrites } from './apply-writes';
import { isUserError, UserError } from './errors';
import { sessionLocale } from './ledger-sheet';
import type { Outcome } from './outcome';
import { menuPresenter } from './presenters';
import { runLocked } from './run-locked';
import type { Services } from './services';

type Ui = GoogleAppsScript.Base.Ui;

/** Shown in the toast title and alert titles. */
export const PRODUCT: Bilingual = commandMessages.product;

export interface CommandEnv {
  services: Services;
  /** The account's language; commands switch to the 语言 setting once they have read it. */
  locale: Locale;
  /** The presenter's Ui: the menu's, or the sidebar's stand-in that keeps dialogs out of its way. */
  readonly ui: Ui;
  /** A short progress message in the corner of the sheet (ss.toast); nothing in the sidebar. */
  toast(message: string, locale?: Locale): void;
  /** Shows a report now, under the command's title (a command that returns an Outcome lets the runner do it). */
  present(report: Report): void;
  /**
   * Asks a question (Ui.alert with buttons) and takes the document lock again before returning: the dialog
   * suspends the script and the lock does not survive it, so the caller must read again what it will change.
   */
  ask(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
}

/**
 * Runs `work` holding LockService.getDocumentLock(). A second click while one command runs is told to wait;
 * a UserError is shown as an alert that says what to fix. Other errors propagate, so Apps Script logs them
 * and shows its own error bar. `work` must compute every plan before its first write. The words go to the
 * presenter the services carry (the sidebar's), else to the menu's.
 */
export function runCommand<T>(name: string, services: Services, work: (env: CommandEnv) => T): T | undefined {
  const locale = sessionLocale(services);
  const presenter = services.presenter ?? menuPresenter(services);
  const title = commandTitle(name, locale);
  const locked = runLocked(services, presenter.kind, (relock) => {
    const env: CommandEnv = {
      services,
      locale,
      get ui() {
        return presenter.ui();
      },
      toast: (message, lang = locale) => presenter.progress(message, lang),
      present: (report) => presenter.report(commandTitle(name, report.locale), report),
      ask: (question, prompt, buttons) => {
        const answer = presenter.ui().alert(question, prompt, buttons);
        relock();
        return answer;
      },
    };
    try {
      return work(env);
    } catch (error) {
      const userError = isUserError(error) ? error : protectionError(error, locale);
      if (!userError) throw error;
      presenter.refuse(title, userError.message);
      return undefined;
    }
  });
  if (!locked.ran) {
    presenter.refuse(title, say(locale, commandMessages.busy));
    return undefined;
  }
  return locked.value;
}

/**
 * Runs a command that returns its outcome: under the lock, the executor makes its writes (refusing before the
 * first when a protection is in the way), then the presenter shows its report. Returns the outcome's value.
 */
export function runOutcome<T>(
  name: MenuCommand,
  services: Services,
  command: (env: CommandEnv) => Outcome<T>,
): T | undefined {
  return runCommand(name, services, (env) => {
    const outcome = command(env);
    const sheetOf = applyWrites(services, outcome.writes, outcome.report.locale);
    outcome.afterWrites?.(sheetOf);
    env.present(outcome.report);
    return outcome.value;
  });
}

/** "整改台账助手 · 标记逾期": the product and the menu caption of the command. */
export function commandTitle(name: string, locale: Locale): string {
  const product = say(locale, commandMessages.product);
  const caption = hasOwn(commandCaptions, name) ? commandCaptions[name as MenuCommand] : null;
  return caption ? `${product} · ${say(locale, caption)}` : product;
}

/**
 * Sheets refuses writes to a protected range with "You are trying to edit a protected cell or object…".
 * Commands check protections before writing; this catches a protection added in between.
 */
function protectionError(error: unknown, locale: Locale): UserError | null {
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (!/protected cell or object|受保护/i.test(message)) return null;
  return new UserError(say(locale, commandMessages.protectedOnWrite), 'range.protected');
}
