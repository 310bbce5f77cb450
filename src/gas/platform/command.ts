// Runs a menu command under the document lock; a failure the user can fix ends in an alert, never half-written.
import { type Locale, tr } from '../../core';
import { menuItems } from '../menu';
import { isUserError, UserError } from './errors';
import { sessionLocale } from './ledger-sheet';
import { runLocked } from './run-locked';
import type { Services } from './services';

type Ui = GoogleAppsScript.Base.Ui;

/** Shown in the toast title and alert titles. */
export const PRODUCT = { zh: '整改台账助手', en: 'Rectify' } as const;

export interface CommandEnv {
  services: Services;
  /** The account's language; commands switch to the 语言 setting once they have read it. */
  locale: Locale;
  ui: Ui;
  /** A short progress message in the corner of the sheet (ss.toast). */
  toast(message: string, locale?: Locale): void;
  /**
   * Asks a question (Ui.alert with buttons) and takes the document lock again before returning: the dialog
   * suspends the script and the lock does not survive it, so the caller must read again what it will change.
   */
  ask(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
}

/**
 * Runs `work` holding LockService.getDocumentLock(). A second click while one command runs is told to wait;
 * a UserError is shown as an alert that says what to fix. Other errors propagate, so Apps Script logs them
 * and shows its own error bar. `work` must compute every plan before its first write.
 */
export function runCommand<T>(name: string, services: Services, work: (env: CommandEnv) => T): T | undefined {
  const locale = sessionLocale(services);
  const ui = services.spreadsheet.getUi();
  const title = commandTitle(name, locale);
  const locked = runLocked(services, 'menu', (relock) => {
    const env: CommandEnv = {
      services,
      locale,
      ui,
      toast: (message, lang = locale) =>
        services.spreadsheet.getActiveSpreadsheet().toast(message, tr(lang, PRODUCT.zh, PRODUCT.en), 5),
      ask: (question, prompt, buttons) => {
        const answer = ui.alert(question, prompt, buttons);
        relock();
        return answer;
      },
    };
    try {
      return work(env);
    } catch (error) {
      const userError = isUserError(error) ? error : protectionError(error, locale);
      if (!userError) throw error;
      ui.alert(title, userError.message, ui.ButtonSet.OK);
      return undefined;
    }
  });
  if (!locked.ran) {
    ui.alert(
      title,
      tr(
        locale,
        '另一项操作正在进行，请稍后再试。',
        'Another Rectify operation is running; please try again in a moment.',
      ),
      ui.ButtonSet.OK,
    );
    return undefined;
  }
  return locked.value;
}

/** "整改台账助手 · 标记逾期": the product and the menu caption of the command. */
export function commandTitle(name: string, locale: Locale): string {
  const product = tr(locale, PRODUCT.zh, PRODUCT.en);
  const { items } = menuItems(locale);
  const all = items.flatMap((i) => (i.submenu ? i.submenu.items : [i]));
  const caption = all.find((i) => i.fn === name)?.caption;
  return caption ? `${product} · ${caption}` : product;
}

/**
 * Sheets refuses writes to a protected range with "You are trying to edit a protected cell or object…".
 * Commands check protections before writing; this catches a protection added in between.
 */
function protectionError(error: unknown, locale: Locale): UserError | null {
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  if (!/protected cell or object|受保护/i.test(message)) return null;
  return new UserError(
    tr(
      locale,
      '表格中有受保护的区域，无法写入。请让表格所有者取消保护（数据 → 保护工作表和范围）或把您加为编辑者后再试。',
      'Part of the spreadsheet is protected and cannot be written. Ask the owner to remove the protection (Data → Protect sheets and ranges) or add you as an editor.',
    ),
    'range.protected',
  );
}
