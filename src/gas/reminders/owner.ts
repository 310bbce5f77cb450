// Who runs the daily reminders: the owner's address and hour live in document properties, since
// ScriptApp.getProjectTriggers() only shows the current user's triggers and two owners would mean two mails.
// The trigger's unique id is kept too: as an add-on, one user's project triggers include the clock triggers
// made in every other document the add-on runs in, and a clock trigger names no source document.
import { type CalendarDate, MAX_SKIP_MARKS } from '../../core';
import { isAddonBuild } from '../platform/build-flags';
import { documentStore, type RecordStore } from '../platform/document-store';
import { ownedTriggers } from '../platform/owned-trigger';
import type { Services } from '../platform/services';

/** Stable name of the trigger handler (docs/architecture.md: trigger handlers are stored by name). */
export const HANDLER = 'dailyReminders';

const OWNER = 'rectify.reminders.owner';
const HOUR = 'rectify.reminders.hour';
const TRIGGER = 'rectify.reminders.trigger';
const ALERTED = 'rectify.reminders.alertedOn';
const SKIPS = 'rectify.reminders.skipsReported';

export interface OwnerRecord {
  owner: string | null;
  hour: number | null;
  /** getUniqueId() of the owner's trigger for this document; null when set up by a version that kept none. */
  triggerId: string | null;
  /** The last day the owner was mailed about a failure (the log may be unwritable, so kept here too). */
  alertedOn: CalendarDate | null;
  /** Fingerprints of the skipped items (bad or missing addresses) already reported, so each is told once. */
  skipsReported: string[];
}

type Properties = RecordStore;

/**
 * Where the owner record lives: the spreadsheet's developer metadata, which the add-on's daily run can read with
 * no document open. A record an earlier version kept in document properties moves over on first read.
 */
export function documentProperties(services: Services): Properties {
  const ss = services.spreadsheet.getActiveSpreadsheet();
  const store = documentStore(ss, services.spreadsheet.DeveloperMetadataVisibility.PROJECT);
  const legacy = services.properties.getDocumentProperties();
  if (legacy) {
    const old = legacy.getProperties();
    const keys = Object.keys(old).filter((k) => k.startsWith('rectify.reminders.'));
    if (keys.length > 0) {
      const moved: Record<string, string> = {};
      // Object.entries, not old[k]: each key comes with its value, so no index can miss.
      for (const [k, v] of Object.entries(old)) if (k.startsWith('rectify.reminders.')) moved[k] = v;
      store.setProperties(moved);
      for (const k of keys) legacy.deleteProperty(k);
    }
  }
  return store;
}

/** User-properties key (the trigger owner's) naming the spreadsheet a daily trigger serves: add-on build only. */
export function servedSheetKey(triggerId: string): string {
  return `rectify.reminders.sheet.${triggerId}`;
}

/** One getProperties call. */
export function readOwner(props: Properties): OwnerRecord {
  const all = props.getProperties();
  const hour = Number(all[HOUR]);
  return {
    owner: all[OWNER] || null,
    hour: all[HOUR] !== undefined && Number.isInteger(hour) ? hour : null,
    triggerId: all[TRIGGER] || null,
    alertedOn: all[ALERTED] || null,
    skipsReported: all[SKIPS] ? all[SKIPS].split(',') : [],
  };
}

/** One setProperties call, so the owner, hour and trigger are never recorded half. */
export function writeOwner(props: Properties, owner: string, hour: number, triggerId: string): void {
  props.setProperties({ [OWNER]: owner, [HOUR]: String(hour), [TRIGGER]: triggerId });
}

/** Records which trigger is this document's, for a record kept before trigger ids were. */
export function recordTrigger(props: Properties, triggerId: string): void {
  props.setProperty(TRIGGER, triggerId);
}

export function clearOwner(props: Properties): void {
  props.deleteProperty(OWNER);
  props.deleteProperty(HOUR);
  props.deleteProperty(TRIGGER);
}

export function markAlerted(props: Properties, date: CalendarDate): void {
  props.setProperty(ALERTED, date);
}

/** One setProperty; a property holds 9 KB, so at most MAX_SKIP_MARKS fingerprints (7 characters each). */
export function markSkipsReported(props: Properties, fingerprints: readonly string[]): void {
  if (fingerprints.length === 0) props.deleteProperty(SKIPS);
  else props.setProperty(SKIPS, fingerprints.slice(0, MAX_SKIP_MARKS).join(','));
}

type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * Whether a dailyReminders trigger with this unique id belongs to this document. A sheet-bound script has
 * one container, so all of its triggers do (those made before the id was kept included); an add-on's
 * belongs only when it is the one recorded here, since the others serve the user's other documents.
 */
export function isDocumentTrigger(triggerId: string, record: OwnerRecord): boolean {
  return !isAddonBuild() || triggerId === record.triggerId;
}

/** The current user's dailyReminders triggers that belong to this document (one getProjectTriggers call). */
export function documentTriggers(services: Services, record: OwnerRecord): Trigger[] {
  return ownedTriggers(services, HANDLER, (t) => isDocumentTrigger(t.getUniqueId(), record));
}

/** Deletes the current user's dailyReminders trigger with this unique id, and no other; false if none. */
export function deleteTriggerById(services: Services, triggerId: string): boolean {
  // Every document's: the id is unique across them (ownedTriggers lists only this account's triggers).
  const trigger = ownedTriggers(services, HANDLER).find((t) => t.getUniqueId() === triggerId);
  if (trigger) deleteTrigger(services, trigger);
  return trigger !== undefined;
}

/** Deletes a trigger and, in the add-on build, the note of which spreadsheet it served. */
export function deleteTrigger(services: Services, trigger: Trigger): void {
  const id = trigger.getUniqueId();
  services.script.deleteTrigger(trigger);
  if (isAddonBuild()) services.properties.getUserProperties().deleteProperty(servedSheetKey(id));
}

/**
 * Add-on build: remembers, in the trigger owner's user properties, which spreadsheet the new trigger serves. Its
 * run has no active document and a clock trigger names no source (getTriggerSourceId is null), so this note is
 * the only way back to the spreadsheet.
 */
export function rememberServedSheet(services: Services, triggerId: string, spreadsheetId: string): void {
  if (isAddonBuild())
    services.properties.getUserProperties().setProperty(servedSheetKey(triggerId), spreadsheetId);
}
