// Who runs the daily reminders: the owner's address and hour live in document properties, since
// ScriptApp.getProjectTriggers() only shows the current user's triggers and two owners would mean two mails.
import type { CalendarDate } from '../core';
import type { Services } from './services';

/** Stable name of the trigger handler (DESIGN.md: trigger handlers are stored by name). */
export const HANDLER = 'dailyReminders';

const OWNER = 'rectify.reminders.owner';
const HOUR = 'rectify.reminders.hour';
const ALERTED = 'rectify.reminders.alertedOn';

export interface OwnerRecord {
  owner: string | null;
  hour: number | null;
  /** The last day the owner was mailed about a failure (the log may be unwritable, so kept here too). */
  alertedOn: CalendarDate | null;
}

type Properties = GoogleAppsScript.Properties.Properties;

export function documentProperties(services: Services): Properties {
  return services.properties.getDocumentProperties();
}

/** One getProperties call. */
export function readOwner(props: Properties): OwnerRecord {
  const all = props.getProperties();
  const hour = Number(all[HOUR]);
  return {
    owner: all[OWNER] || null,
    hour: all[HOUR] !== undefined && Number.isInteger(hour) ? hour : null,
    alertedOn: all[ALERTED] || null,
  };
}

export function writeOwner(props: Properties, owner: string, hour: number): void {
  props.setProperties({ [OWNER]: owner, [HOUR]: String(hour) });
}

export function clearOwner(props: Properties): void {
  props.deleteProperty(OWNER);
  props.deleteProperty(HOUR);
}

export function markAlerted(props: Properties, date: CalendarDate): void {
  props.setProperty(ALERTED, date);
}

/** The account the script runs as (a trigger runs as its creator). */
export function currentUser(services: Services): string {
  try {
    return services.session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The current user's dailyReminders triggers (Google returns only the current user's). */
export function ownTriggers(services: Services): GoogleAppsScript.Script.Trigger[] {
  return services.script.getProjectTriggers().filter((t) => t.getHandlerFunction() === HANDLER);
}
