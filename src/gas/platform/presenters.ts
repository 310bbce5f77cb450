// The two ways a command's report reaches the person: the menu's dialog or toast, or the sidebar's JSON.
import type { Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { commandMessages } from '../../core/messages/commands';
import type { Report, ReportLink } from '../../core/outcome';
import type { RunKind } from './run-locked';
import type { Services } from './services';

type Ui = GoogleAppsScript.Base.Ui;

/** Where a run's words go. The runner calls it; a command never picks one. */
export interface Presenter {
  /** Which kind of run it is, for how long it waits for the document lock. */
  readonly kind: RunKind;
  /** The Ui for a command's own question or page (the notice's dialog, a confirmation). */
  ui(): Ui;
  /** A short progress note while the command works. */
  progress(text: string, locale: Locale): void;
  /** The command's report, under its title ("整改台账助手 · 标记逾期"). */
  report(title: string, report: Report): void;
  /** Why the command stopped: another one runs, or something the person must fix. */
  refuse(title: string, message: string): void;
}

/** The menu: a report is an alert (OK to close) or a toast in the corner; a refusal is an alert. */
export function menuPresenter(s: Services): Presenter {
  let ui: Ui | null = null;
  const theUi = () => {
    ui ??= s.spreadsheet.getUi();
    return ui;
  };
  const toast = (text: string, locale: Locale) =>
    s.spreadsheet.getActiveSpreadsheet().toast(text, say(locale, commandMessages.product), 5);
  return {
    kind: 'menu',
    ui: theUi,
    progress: toast,
    report(title, report) {
      const text = report.lines.join('\n');
      if (report.show === 'toast') toast(text, report.locale);
      else theUi().alert(title, text, theUi().ButtonSet.OK);
    },
    refuse(title, message) {
      theUi().alert(title, message, theUi().ButtonSet.OK);
    },
  };
}

/** The sidebar's answer to a button: the page shows `message` in place and links `url`. */
export interface CommandResult {
  /** False when the command stopped (a message to fix something, or another command running). */
  ok: boolean;
  message: string;
  url?: string;
  urlText?: string;
}

/** A presenter that keeps the words for the sidebar instead of showing them over it. */
export interface SidebarPresenter extends Presenter {
  /** The report or refusal of the run, as the page shows it; null when the command said nothing. */
  result(): CommandResult | null;
}

/**
 * The sidebar: the report becomes the page's result as it is (its brief when it has one), and progress notes
 * are left to the page's own. Commands of other slices that still open their own dialog (the notice, the
 * reminders preview) get a Ui whose alert is taken as their report and whose dialog is not opened: the sidebar
 * links the notice instead. Nothing guesses: a refusal comes through `refuse`, never from a missing value.
 */
export function sidebarPresenter(s: Services): SidebarPresenter {
  let said: CommandResult | null = null;
  const take = (lines: readonly string[], links?: readonly ReportLink[]) => {
    said = { ok: true, message: lines.join('\n'), ...firstLink(links) };
  };
  const ui = (): Ui => {
    const real = s.spreadsheet.getUi();
    const dialogsAsReports = {
      Button: real.Button,
      ButtonSet: real.ButtonSet,
      // alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons): the prompt is the report.
      alert: (...args: unknown[]) => {
        const prompt = typeof args[1] === 'string' ? args[1] : String(args[0]);
        take([prompt]);
        return real.Button.OK;
      },
      showModalDialog: () => undefined,
    };
    // Only the members above are reached from a sidebar run (alert, showModalDialog and the enums).
    return dialogsAsReports as unknown as Ui;
  };
  return {
    kind: 'sidebar',
    ui,
    progress: () => undefined,
    report: (_title, report) => take(report.brief ?? report.lines, report.links),
    refuse: (_title, message) => {
      said = { ok: false, message };
    },
    result: () => said,
  };
}

function firstLink(links: readonly ReportLink[] | undefined): { url?: string; urlText?: string } {
  const link = links?.[0];
  return link ? { url: link.url, urlText: link.text } : {};
}
