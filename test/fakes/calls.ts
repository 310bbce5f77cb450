// Call counter for the fakes: every public method of every fake service counts itself here as 'Class.method'.
import { requiredScopes } from './scopes';

/** Counts service calls by key ('Range.getValues'); tests assert a fixed number of calls per command. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private paused = 0;

  /** Records one call; the fakes call this, tests rarely need to. */
  hit(key: string): void {
    if (this.paused > 0) return;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls made to one method, e.g. count('Range.setValue'). */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Sum over keys starting with prefix: total('Range.') for one class, total() for everything. */
  total(prefix = ''): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(prefix)) sum += n;
    return sum;
  }

  /** Forgets every count (typically after seeding, before the command under test). */
  reset(): void {
    this.counts.clear();
  }

  /** Plain object of every non-zero count, sorted by key, convenient for toEqual and snapshots. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.counts.keys()].sort()) out[key] = this.counts.get(key)!;
    return out;
  }

  /** Runs fn without counting, so a test can inspect fakes without disturbing the counts. */
  untracked<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }
}

/** Anything whose methods are counted carries the counter of its environment, and its scope check. */
export interface Counted {
  readonly _calls: CallCounter;
  readonly _core?: { requireScope(method: string, ...anyOf: string[]): void };
}

// biome-ignore lint/suspicious/noExplicitAny: constructors of any fake class
type AnyClass = abstract new (...args: any[]) => Counted;

/**
 * Wraps every public prototype method of a fake class (names not starting with '_') so that a
 * call increments `Class.method` on the instance's counter and, first, throws Google's "You do not
 * have permission to call …" when the manifest grants none of the scopes Google's reference lists for
 * `Class.method` (test/fakes/google-scopes.json). Fakes never call their own public methods
 * internally, so one user call is one count.
 */
export function countCalls(cls: AnyClass, name: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || key === 'toString' || key.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (!desc || typeof desc.value !== 'function') continue;
    const original = desc.value as (...args: unknown[]) => unknown;
    const counted = `${name}.${key}`;
    const scopes = requiredScopes(counted);
    Object.defineProperty(proto, key, {
      ...desc,
      value: function (this: Counted, ...args: unknown[]) {
        if (scopes && scopes.length > 0) this._core?.requireScope(counted, ...scopes);
        this._calls.hit(counted);
        return original.apply(this, args);
      },
    });
  }
}
