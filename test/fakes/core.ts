// Shared state of one fake environment (counter, users, Date realm, logs) and Google-style exceptions.
import { CallCounter, type Counted, countCalls } from './calls';
import { MANIFEST_SCOPES } from './scopes';

// Jest runs tests in a vm context where every global lookup is slow, so hot paths use module-level aliases.
const objectToString = Object.prototype.toString;

/**
 * The error Apps Script services throw. Like Google's, its name is 'Exception' and its message has
 * no prefix, so String(e) reads 'Exception: Those rows are out of bounds.' and e.message reads
 * 'Those rows are out of bounds.'.
 */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** True for Date objects of any realm (a bundle in node:vm passes its own Dates in). */
export function isDate(v: unknown): v is Date {
  return objectToString.call(v) === '[object Date]';
}

/** State every fake service of one environment shares. */
export class Core {
  readonly calls = new CallCounter();
  /** Constructor for the Dates the fakes hand out; createVmContext sets it to the context's Date. */
  DateCtor: DateConstructor = Date;
  activeUser: string;
  /** The user the script runs as; null means the active user. */
  effectiveUser: string | null = null;
  userLocale: string;
  scriptTimeZone: string;
  /** True inside an editor add-on's time-driven trigger: no active spreadsheet, no document properties. */
  noActiveDocument = false;
  /** Echo Logger and console lines to the real console. */
  echoLogs: boolean;
  /** OAuth scopes the user granted: the manifest's oauthScopes unless a test gives others; null grants all. */
  scopes: ReadonlySet<string> | null = new Set(MANIFEST_SCOPES);

  constructor(opts: { activeUser: string; userLocale: string; scriptTimeZone: string; echoLogs: boolean }) {
    this.activeUser = opts.activeUser;
    this.userLocale = opts.userLocale;
    this.scriptTimeZone = opts.scriptTimeZone;
    this.echoLogs = opts.echoLogs;
  }

  /**
   * Throws Apps Script's error when the script lacks every scope a method's reference page lists, e.g.
   * "You do not have permission to call Session.getActiveUser. Required permissions:
   * https://www.googleapis.com/auth/userinfo.email". With explicit oauthScopes Apps Script grants only those.
   */
  requireScope(method: string, ...anyOf: string[]): void {
    if (this.scopes === null || anyOf.some((s) => this.scopes?.has(s))) return;
    const needed = anyOf.length === 1 ? anyOf[0] : `(${anyOf.join(' || ')})`;
    throw new GasException(`You do not have permission to call ${method}. Required permissions: ${needed}`);
  }

  newDate(ms: number): Date {
    return new this.DateCtor(ms);
  }

  get runAs(): string {
    return this.effectiveUser ?? this.activeUser;
  }
}

/** Base of every fake class: instances carry the counter that countCalls increments. */
export abstract class Fake implements Counted {
  readonly _calls: CallCounter;
  constructor(readonly _core: Core) {
    this._calls = _core.calls;
  }
}

/** Session's User: only the e-mail is modelled. */
export class FakeUser extends Fake {
  constructor(
    core: Core,
    readonly _email: string,
  ) {
    super(core);
  }
  getEmail(): string {
    return this._email;
  }
  override toString(): string {
    return this._email;
  }
}

countCalls(FakeUser, 'User');
