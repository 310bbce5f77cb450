// The one runner that takes the document lock: every kind of run waits for it as long as the table says.

import type { Services } from './services';
import { withDocumentLock } from './sheet-executor';

/** What started the run: a menu click, a sidebar button, the on-edit trigger, or the daily trigger. */
export type RunKind = 'menu' | 'sidebar' | 'edit' | 'daily';

/**
 * How long each kind of run waits for another execution's lock (Lock.tryLock:
 * https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)). A person at the screen is
 * told quickly that another operation runs. The edit trigger runs behind the person and may wait longer, but
 * not so long that overlapping edits pile up: a run that gives up loses nothing, as the next one's whole-sheet
 * diff logs its cells. The daily trigger has no one waiting and a whole execution (6 min:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations), so it waits longest.
 */
export const LOCK_WAIT_BY_KIND: Readonly<Record<RunKind, number>> = {
  menu: 3000,
  sidebar: 3000,
  edit: 20000,
  daily: 60000,
};

/**
 * Runs `work` holding LockService.getDocumentLock(), waiting as long as `kind` may; `{ ran: false }` when
 * another execution kept the lock. `work` gets `relock`, which takes the lock again after a dialog.
 */
export function runLocked<T>(
  services: Services,
  kind: RunKind,
  work: (relock: () => void) => T,
): { ran: true; value: T } | { ran: false } {
  return withDocumentLock(services, LOCK_WAIT_BY_KIND[kind], work);
}
