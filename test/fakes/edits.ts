// Edits by people of four kinds, delivered to an installable edit trigger as Google does: late, overlapping, out of order.
//
// Google's rules, and where the fake is stricter because they are silent:
// - Installable triggers run asynchronously as the trigger's owner; a script, API or form edit fires none
//   (https://developers.google.com/apps-script/guides/triggers/installable). The fake applies an edit to the sheet
//   at once and queues its event; a test delivers queued events whenever and in whatever order it likes.
// - e.value and e.oldValue exist only for a one-cell edit; oldValue is undefined when the cell was empty
//   (https://developers.google.com/apps-script/guides/triggers/events#edit). Silent on types: the fake gives
//   strings, a date as its serial number, a checkbox as TRUE/FALSE, and no value for a cleared cell.
// - Session.getActiveUser() is '' unless Google lets the script know the user — same Workspace domain as the
//   owner (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). e.user is "the
//   active user, if available": the fake gives the editor for the same domain, the owner for an anonymous editor
//   (as Google does), and '' for consumer accounts and other domains (docs silent: stricter).

import { FakeUser } from './core';
import type { FakeEnv } from './index';
import type { FakeRange } from './range';

export type EditorKind = 'sameDomain' | 'otherDomain' | 'consumer' | 'anonymous';

export interface Editor {
  email: string;
  kind: EditorKind;
}

export interface PendingEdit {
  /** Sequence number in the order the edits were made. */
  seq: number;
  editor: Editor;
  a1: string;
  /** Values written, as the person typed them (after the edit). */
  values: unknown[][];
  event: Record<string, unknown>;
}

/** Serial day number of a Date as Sheets counts it (days since 1899-12-30, in the sheet's wall time). */
function serial(env: FakeEnv, d: Date): string {
  const text = env.calls.untracked(() =>
    env.Utilities.formatDate(d, env.spreadsheet._timeZone, "yyyy-MM-dd'T'HH:mm:ss"),
  );
  const wall = Date.parse(`${text}Z`);
  return String(wall / 86400000 + 25569);
}

function eventString(env: FakeEnv, v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (Object.prototype.toString.call(v) === '[object Date]') return serial(env, v as Date);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export class EditEvents {
  readonly pending: PendingEdit[] = [];
  private seq = 0;
  triggerUid = 'edit-trigger-1';

  constructor(
    readonly env: FakeEnv,
    /** The trigger's owner: installable triggers run as the account that made them. */
    readonly owner: string,
  ) {}

  private range(sheetName: string, a1: string): FakeRange {
    return this.env.calls.untracked(() => this.env.sheet(sheetName).getRange(a1));
  }

  /** A person's edit: the sheet changes now; its event waits in `pending` until delivered. */
  edit(editor: Editor, sheetName: string, a1: string, values: unknown[][]): PendingEdit {
    const range = this.range(sheetName, a1);
    const single = values.length === 1 && values[0].length === 1;
    const before = single ? this.env.calls.untracked(() => range.getValues()[0][0]) : undefined;
    this.env.calls.untracked(() => range.setValues(values));
    const after = single ? this.env.calls.untracked(() => range.getValues()[0][0]) : undefined;
    const user = editor.kind === 'sameDomain' ? editor.email : editor.kind === 'anonymous' ? this.owner : '';
    const event: Record<string, unknown> = {
      authMode: 'FULL',
      range,
      source: this.env.spreadsheet,
      triggerUid: this.triggerUid,
      user: new FakeUser(this.env.core, user),
    };
    if (single) {
      const value = eventString(this.env, after);
      const oldValue = eventString(this.env, before);
      if (value !== undefined) event.value = value;
      if (oldValue !== undefined) event.oldValue = oldValue;
    }
    const edit: PendingEdit = { seq: this.seq++, editor, a1, values, event };
    this.pending.push(edit);
    return edit;
  }

  /** A script, API or form writes: the sheet changes and no trigger fires. */
  scriptEdit(sheetName: string, a1: string, values: unknown[][]): void {
    const range = this.range(sheetName, a1);
    this.env.calls.untracked(() => range.setValues(values));
  }

  /**
   * Runs the handler for one pending event (by its index in `pending`, default the oldest), as Google does: as
   * the trigger's owner, with the active user Google would expose for that editor.
   */
  deliver<T>(handler: (e: never) => T, index = 0): T {
    const [edit] = this.pending.splice(index, 1);
    if (!edit) throw new Error('fake edits: nothing pending');
    // The owner is always known to their own trigger; others only within the owner's domain.
    const known = edit.editor.kind === 'sameDomain' || edit.editor.email === this.owner;
    this.env.core.activeUser = known ? edit.editor.email : '';
    this.env.core.effectiveUser = this.owner;
    try {
      return handler(edit.event as never);
    } finally {
      this.env.lock.endExecution();
    }
  }
}
