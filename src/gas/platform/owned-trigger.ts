// The trigger this account owns for this document: who the account is, its triggers for a handler, one kept.
import type { Services } from './services';

type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * The account the script runs as ('' when Google will not say): a trigger runs as the account that made it
 * (https://developers.google.com/apps-script/guides/triggers/installable#restrictions), so this is who owns
 * the triggers getProjectTriggers lists.
 */
export function currentUser(services: Services): string {
  try {
    return services.session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * The current account's triggers for `handler` that `belongs` to this document, in one getProjectTriggers call.
 * Google lists only the current account's triggers ("the current user's triggers associated with this
 * project": https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()), so
 * another editor's trigger is never among them: who owns it is kept in the document by each feature.
 */
export function ownedTriggers(
  services: Services,
  handler: string,
  belongs: (trigger: Trigger) => boolean = () => true,
): Trigger[] {
  return services.script.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler && belongs(t));
}

/**
 * Keeps the first of `triggers` and removes the rest with `remove`: a second copy (from an old version or a
 * race) would do every job twice. Returns how many were removed.
 */
export function keepFirst(triggers: readonly Trigger[], remove: (trigger: Trigger) => void): number {
  for (const extra of triggers.slice(1)) remove(extra);
  return Math.max(0, triggers.length - 1);
}
