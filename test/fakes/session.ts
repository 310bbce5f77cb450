// Session: the active and effective user, the user's locale, the script's time zone.
import { countCalls } from './calls';
import { Fake, FakeUser } from './core';

export class FakeSession extends Fake {
  getActiveUser(): FakeUser {
    return new FakeUser(this._core, this._core.activeUser);
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this._core, this._core.runAs);
  }
  getActiveUserLocale(): string {
    return this._core.userLocale;
  }
  getScriptTimeZone(): string {
    return this._core.scriptTimeZone;
  }
  /** Stable per user, opaque like Google's. */
  getTemporaryActiveUserKey(): string {
    let h = 0;
    for (const ch of this._core.activeUser) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return `tmpkey${h.toString(16).padStart(8, '0')}`;
  }
}

countCalls(FakeSession, 'Session');
