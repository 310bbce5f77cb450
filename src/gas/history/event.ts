// What an edit event tells: its cells, its editor when Google vouches for them, and the change it proves.
import {
  a1,
  type Cell,
  type CellChange,
  cellText,
  eventValueText,
  findHeader,
  type Locale,
  valueText,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { historyMessages } from '../../core/messages/history';
import type { Services } from '../platform/services';

/**
 * The person who made the edit, or null when Google does not say or cannot be trusted. An installable trigger runs
 * as its owner; Session.getActiveUser() then gives the editor only when Google lets the script know them (same
 * Workspace domain), and '' otherwise — consumer accounts, other domains, anonymous editors
 * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). e.user is "the active user,
 * if available (depending on a complex set of security restrictions)"
 * (https://developers.google.com/apps-script/guides/triggers/events#edit), and for an anonymous editor it names the
 * trigger's owner: so a blank active user with e.user equal to the owner is not evidence of anyone. The owner's own
 * edits are always known, as getActiveUser gives the script's own user.
 */
export function editorOf(s: Services, e: GoogleAppsScript.Events.SheetsOnEdit): string | null {
  const email = (get: () => string | undefined) => {
    try {
      return (get() ?? '').trim();
    } catch {
      return '';
    }
  };
  const active = email(() => s.session.getActiveUser().getEmail());
  if (active !== '') return active;
  const owner = email(() => s.session.getEffectiveUser().getEmail());
  const given = email(() => e.user?.getEmail?.());
  return given !== '' && given.toLowerCase() !== owner.toLowerCase() ? given : null;
}

/** One cell of the event: where, and what Google says it held before and after. */
export interface EventCell {
  row: number;
  column: number;
  oldValue: unknown;
  value: unknown;
}

/** The single cell an event describes with its values, or null (a range, or no value given). */
export function eventCell(e: GoogleAppsScript.Events.SheetsOnEdit): EventCell | null {
  const range = e.range;
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) return null;
  const { value, oldValue } = e as { value?: unknown; oldValue?: unknown };
  return { row: range.getRow(), column: range.getColumn(), oldValue, value };
}

/**
 * The change a one-cell event proves its editor made, as Google reports it (true whether or not someone changed
 * the cell since), or null when the event shows no change. When the cell still holds this edit's value, the
 * change the diff found is this edit and leaves `changes`; a gap between the snapshot and Google's old value is
 * someone else's earlier edit, returned in `before` to be logged first and unattributed.
 */
export function attributed(
  single: EventCell,
  ctx: { current: Cell[][]; changes: CellChange[]; dateText: (value: Date) => string; locale: Locale },
): { change: CellChange; before: CellChange[] } | null {
  const { current, changes, dateText, locale } = ctx;
  const cell = current[single.row - 1]?.[single.column - 1];
  const newText = eventValueText(single.value, cell, dateText);
  const oldText = eventValueText(single.oldValue, cell, dateText);
  if (newText === oldText) return null;
  const at = changes.findIndex((c) => c.row === single.row && c.column === single.column);
  const found = changes[at];
  const change: CellChange = {
    row: single.row,
    column: single.column,
    cell: a1(single.row, single.column),
    id: found?.id ?? changeId(current, single.row),
    field: found?.field ?? fieldName(current, single.row, single.column, locale),
    oldValue: oldText,
    newValue: newText,
  };
  const before: CellChange[] = [];
  if (found && valueText(cell, dateText) === newText) {
    changes.splice(at, 1);
    if (found.oldValue !== null && found.oldValue !== oldText) before.push({ ...found, newValue: oldText });
  }
  return { change, before };
}

/** Without a snapshot: the event's cells as they are now; the old value is Google's for one cell, else unknown. */
export function cellsOf(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  current: readonly (readonly Cell[])[],
  dateText: (value: Date) => string,
  locale: Locale,
): CellChange[] {
  const r = e.range;
  const out: CellChange[] = [];
  const single = r.getNumRows() === 1 && r.getNumColumns() === 1;
  for (let row = r.getRow(); row < r.getRow() + r.getNumRows(); row++) {
    for (let column = r.getColumn(); column < r.getColumn() + r.getNumColumns(); column++) {
      const cell = current[row - 1]?.[column - 1];
      const old = (e as { oldValue?: unknown }).oldValue;
      out.push({
        row,
        column,
        cell: a1(row, column),
        id: changeId(current, row),
        field: fieldName(current, row, column, locale),
        // Google omits oldValue for a one-cell edit exactly when the cell was empty.
        oldValue: single ? eventValueText(old, cell, dateText) : null,
        newValue: valueText(cell, dateText),
      });
    }
  }
  return out;
}

/** 编号 of a ledger row (1-based), '' above the data or without an 编号 column. */
function changeId(current: readonly (readonly Cell[])[], row: number): string {
  const { header } = findHeader(current);
  if (!header || header.columns.id === undefined || row <= header.index + 1) return '';
  return cellText(current[row - 1]?.[header.columns.id]);
}

/** The header text above a cell, 表头 for the header row itself. */
function fieldName(
  current: readonly (readonly Cell[])[],
  row: number,
  column: number,
  locale: Locale,
): string {
  const { header } = findHeader(current);
  if (!header || row < header.index + 1) return '';
  if (row === header.index + 1) return say(locale, historyMessages.headerField);
  return cellText(current[header.index]?.[column - 1]);
}
