// Ui: menus (recorded as a tree), alerts and prompts answered from queues, dialogs and sidebars recorded.
import { countCalls } from './calls';
import { type Core, Fake } from './core';
import type { FakeHtmlOutput } from './html';

export const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
export const ButtonSet = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; menu: MenuRecord };

export interface MenuRecord {
  caption: string;
  /** True for createAddonMenu(): Sheets shows it under Extensions › add-on name. */
  addon: boolean;
  items: MenuEntry[];
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string | null;
  response: string;
}

export interface PromptRecord {
  title: string | null;
  prompt: string;
  buttons: string | null;
  responseText: string;
  response: string;
}

export interface DialogRecord {
  kind: 'modal' | 'modeless' | 'sidebar';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  output: unknown;
}

/** What the user saw and will answer; tests read and queue through env.ui. */
export class UiState {
  /** False in contexts without a UI (triggers): SpreadsheetApp.getUi() then throws. */
  available = true;
  /**
   * Called when alert or prompt suspends the script (Google: "This method suspends the server-side script while
   * the dialog is open"); the env releases the execution's locks there, which do not survive the suspension.
   */
  onSuspend: () => void = () => {};
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: PromptRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  private readonly alertAnswers: string[] = [];
  private readonly whileOpen: (() => void)[] = [];
  private readonly promptAnswers: { text: string; button: string }[] = [];

  constructor(readonly addonName: string) {}

  /** Buttons the next alerts return, in order; without one an alert returns the first button of its set. */
  queueAlert(...buttons: string[]): void {
    this.alertAnswers.push(...buttons);
  }

  /** Runs `fn` while the next alert is open, as another execution could while this one is suspended. */
  duringNextAlert(fn: () => void): void {
    this.whileOpen.push(fn);
  }

  /** Called by alert while it is open (after the suspension released the locks). */
  _alertOpen(): void {
    this.whileOpen.shift()?.();
  }

  /** The next prompt's typed text and button (default OK). */
  queuePrompt(text: string, button: string = Button.OK): void {
    this.promptAnswers.push({ text, button });
  }

  nextAlert(buttons: string | null): string {
    return this.alertAnswers.shift() ?? firstButton(buttons);
  }

  nextPrompt(buttons: string | null): { text: string; button: string } {
    return this.promptAnswers.shift() ?? { text: '', button: firstButton(buttons) };
  }

  /** Every menu item flattened with its path of captions, e.g. { path: ['Rectify'], caption, functionName }. */
  menuItems(): { path: string[]; caption: string; functionName: string }[] {
    const out: { path: string[]; caption: string; functionName: string }[] = [];
    const walk = (menu: MenuRecord, path: string[]) => {
      for (const e of menu.items) {
        if (e.type === 'item') out.push({ path, caption: e.caption, functionName: e.functionName });
        else if (e.type === 'submenu') walk(e.menu, [...path, e.menu.caption]);
      }
    };
    for (const m of this.menus) walk(m, [m.caption]);
    return out;
  }

  get sidebars(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }
}

function firstButton(buttons: string | null): string {
  if (buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL) return Button.YES;
  return Button.OK;
}

function isButtonSet(v: unknown): v is string {
  return typeof v === 'string' && Object.values(ButtonSet).includes(v as never);
}

/** (prompt) | (prompt, buttons) | (title, prompt, buttons), as Ui.alert and Ui.prompt take them. */
function dialogArgs(args: unknown[]): { title: string | null; prompt: string; buttons: string | null } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) };
  if (args.length === 2 && isButtonSet(args[1]))
    return { title: null, prompt: String(args[0]), buttons: args[1] };
  return { title: null, prompt: String(args[0] ?? ''), buttons: null };
}

function outputRecord(kind: DialogRecord['kind'], output: unknown, title?: string): DialogRecord {
  const o = output as Partial<FakeHtmlOutput> | null;
  const isOutput = o !== null && typeof o === 'object' && '_content' in o;
  return {
    kind,
    title: title ?? (isOutput ? (o._title ?? '') : ''),
    content: isOutput ? String(o._content) : String(output),
    width: isOutput ? (o._width ?? null) : null,
    height: isOutput ? (o._height ?? null) : null,
    output,
  };
}

export class FakeMenu extends Fake {
  constructor(
    core: Core,
    readonly _state: UiState,
    readonly _record: MenuRecord,
  ) {
    super(core);
  }
  addItem(caption: string, functionName: string): this {
    this._record.items.push({ type: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._record.items.push({ type: 'separator' });
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this._record.items.push({ type: 'submenu', menu: menu._record });
    return this;
  }
  /** Adding a menu with the same caption again (onOpen run twice) replaces it, as reopening would. */
  addToUi(): void {
    const menus = this._state.menus;
    const i = menus.findIndex((m) => m.caption === this._record.caption && m.addon === this._record.addon);
    if (i >= 0) menus.splice(i, 1, this._record);
    else menus.push(this._record);
  }
}

export class FakePromptResponse extends Fake {
  constructor(
    core: Core,
    readonly _text: string,
    readonly _button: string,
  ) {
    super(core);
  }
  getResponseText(): string {
    return this._text;
  }
  getSelectedButton(): string {
    return this._button;
  }
}

export class FakeUi extends Fake {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(
    core: Core,
    readonly _state: UiState,
  ) {
    super(core);
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this._core, this._state, { caption: String(caption), addon: false, items: [] });
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this._core, this._state, { caption: this._state.addonName, addon: true, items: [] });
  }
  alert(...args: unknown[]): string {
    this._state.onSuspend();
    this._state._alertOpen();
    const a = dialogArgs(args);
    const response = this._state.nextAlert(a.buttons);
    this._state.alerts.push({ ...a, response });
    return response;
  }
  prompt(...args: unknown[]): FakePromptResponse {
    this._state.onSuspend();
    const a = dialogArgs(args);
    const answer = this._state.nextPrompt(a.buttons);
    this._state.prompts.push({ ...a, responseText: answer.text, response: answer.button });
    return new FakePromptResponse(this._core, answer.text, answer.button);
  }
  showModalDialog(userInterface: unknown, title: string): void {
    this._state.dialogs.push(outputRecord('modal', userInterface, String(title)));
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    this._state.dialogs.push(outputRecord('modeless', userInterface, String(title)));
  }
  showSidebar(userInterface: unknown): void {
    this._state.dialogs.push(outputRecord('sidebar', userInterface));
  }
}

countCalls(FakeMenu, 'Menu');
countCalls(FakePromptResponse, 'PromptResponse');
countCalls(FakeUi, 'Ui');
