// LockService: document, script and user locks; a test can make "another execution" hold one.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export type LockScope = 'document' | 'script' | 'user';

interface Holder {
  by: 'self' | 'other';
  /** For 'other': the lock frees for a waiter willing to wait at least this long (ms); null = never. */
  releasesAfterMs: number | null;
}

export interface LockAttempt {
  scope: string;
  method: 'tryLock' | 'waitLock';
  timeoutMs: number;
  acquired: boolean;
}

/** Lock state of the environment; tests drive it through env.lock. */
export class LockState {
  private readonly holders = new Map<string, Holder>();
  readonly attempts: LockAttempt[] = [];

  constructor(private readonly core: Core) {}

  key(scope: LockScope): string {
    return scope === 'user' ? `user:${this.core.runAs}` : scope;
  }

  /** Another execution takes the lock (for releasesAfterMs ms of waiting, or until releaseOther). */
  holdByOther(scope: LockScope = 'document', opts: { releasesAfterMs?: number } = {}): void {
    this.holders.set(this.key(scope), { by: 'other', releasesAfterMs: opts.releasesAfterMs ?? null });
  }

  releaseOther(scope: LockScope = 'document'): void {
    if (this.holders.get(this.key(scope))?.by === 'other') this.holders.delete(this.key(scope));
  }

  /** 'free', 'self' (this execution holds it) or 'other'. */
  state(scope: LockScope = 'document'): 'free' | 'self' | 'other' {
    return this.holders.get(this.key(scope))?.by ?? 'free';
  }

  /** Apps Script releases an execution's locks when it ends; tests can call this between runs. */
  endExecution(): void {
    for (const [k, h] of this.holders) if (h.by === 'self') this.holders.delete(k);
  }

  acquire(key: string, method: LockAttempt['method'], timeoutMs: number): boolean {
    const h = this.holders.get(key);
    const free =
      !h || h.by === 'self' || (h.releasesAfterMs !== null && Number(timeoutMs) >= h.releasesAfterMs);
    if (free) this.holders.set(key, { by: 'self', releasesAfterMs: null });
    this.attempts.push({ scope: key, method, timeoutMs: Number(timeoutMs), acquired: free });
    return free;
  }

  release(key: string): void {
    if (this.holders.get(key)?.by === 'self') this.holders.delete(key);
  }

  held(key: string): boolean {
    return this.holders.get(key)?.by === 'self';
  }
}

export class FakeLock extends Fake {
  constructor(
    core: Core,
    readonly _state: LockState,
    readonly _key: string,
  ) {
    super(core);
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._state.acquire(this._key, 'tryLock', timeoutInMillis);
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._state.acquire(this._key, 'waitLock', timeoutInMillis)) {
      throw new GasException('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this._state.release(this._key);
  }
  hasLock(): boolean {
    return this._state.held(this._key);
  }
}

export class FakeLockService extends Fake {
  constructor(
    core: Core,
    readonly _state: LockState,
  ) {
    super(core);
  }
  getDocumentLock(): FakeLock {
    return new FakeLock(this._core, this._state, this._state.key('document'));
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this._core, this._state, this._state.key('script'));
  }
  getUserLock(): FakeLock {
    return new FakeLock(this._core, this._state, this._state.key('user'));
  }
}

countCalls(FakeLock, 'Lock');
countCalls(FakeLockService, 'LockService');
