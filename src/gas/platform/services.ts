// The Apps Script services every command uses, bundled so commands take them as a parameter (tests pass fakes).
import type { DriveAdvanced } from './drive-files';
import type { Presenter } from './presenters';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface Services {
  readonly spreadsheet: SpreadsheetApp;
  readonly lock: GoogleAppsScript.Lock.LockService;
  readonly properties: GoogleAppsScript.Properties.PropertiesService;
  readonly session: GoogleAppsScript.Base.Session;
  readonly utilities: GoogleAppsScript.Utilities.Utilities;
  readonly script: GoogleAppsScript.Script.ScriptApp;
  readonly html: GoogleAppsScript.HTML.HtmlService;
  readonly mail: GoogleAppsScript.Mail.MailApp;
  readonly document: GoogleAppsScript.Document.DocumentApp;
  /** The advanced Drive service (API v3): it honours drive.file, DriveApp does not (see drive-files.ts). */
  readonly drive: DriveAdvanced;
  readonly charts: GoogleAppsScript.Charts.Charts;
  /** The clock, so tests can pin "now"; the calendar date comes from it in the spreadsheet's zone. */
  now(): Date;
  /** Where a command's report goes: the sidebar sets its own; the menu's when absent. */
  readonly presenter?: Presenter;
}

/**
 * The real services. Each global is read only when a command first uses it: a simple trigger (onOpen in
 * AuthMode.NONE) must not touch services it may not call, and a test context need only define the
 * services the code under test reaches.
 */
export function defaultServices(): Services {
  return {
    get spreadsheet() {
      return SpreadsheetApp;
    },
    get lock() {
      return LockService;
    },
    get properties() {
      return PropertiesService;
    },
    get session() {
      return Session;
    },
    get utilities() {
      return Utilities;
    },
    get script() {
      return ScriptApp;
    },
    get html() {
      return HtmlService;
    },
    get mail() {
      return MailApp;
    },
    get document() {
      return DocumentApp;
    },
    get drive() {
      return Drive;
    },
    get charts() {
      return Charts;
    },
    now: () => new Date(),
  };
}

/** Overrides some services (tests, or a caller that already holds one), keeping the rest lazy. */
export function withServices(base: Services, overrides: Partial<Services>): Services {
  const out = Object.create(null) as Record<string, unknown>;
  const keys = new Set([...Object.keys(base), ...Object.keys(overrides)]) as Set<keyof Services>;
  for (const key of keys) {
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => (key in overrides ? overrides[key] : base[key]),
    });
  }
  return out as unknown as Services;
}

/**
 * The services a command was given, else the real ones. Apps Script may call a menu function with an
 * argument of its own, so anything that is not a Services bundle means "use the globals".
 */
export function resolveServices(candidate?: unknown): Services {
  const s = candidate as Partial<Services> | null | undefined;
  return s && typeof s === 'object' && typeof s.now === 'function' && 'spreadsheet' in s
    ? (s as Services)
    : defaultServices();
}

/**
 * A view of an Apps Script object with a few methods replaced; every other property is read from the
 * real object and its methods are called on it (never re-bound), so host objects behave as usual.
 */
export function overriding<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key];
      const value = (t as Record<string | symbol, unknown>)[key];
      return typeof value === 'function'
        ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(t, args)
        : value;
    },
  });
}

/** The advanced Drive service's global, present once appsscript.json enables it (userSymbol "Drive", v3). */
declare const Drive: DriveAdvanced;
