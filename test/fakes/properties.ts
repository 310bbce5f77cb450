// PropertiesService: document, script and per-user string stores with Google's size limits.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

/** Google's quotas: 9 KB a value, 500 KB a store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The raw stores, for tests: env.properties.document.get('settings'). */
export class PropertiesState {
  readonly document = new Map<string, string>();
  readonly script = new Map<string, string>();
  private readonly users = new Map<string, Map<string, string>>();
  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (!store) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

export class FakeProperties extends Fake {
  constructor(
    core: Core,
    readonly _store: Map<string, string>,
  ) {
    super(core);
  }
  _set(key: string, value: unknown): void {
    const v = String(value);
    if (utf8Length(v) > VALUE_LIMIT) throw new GasException('Argument too large: value');
    let total = utf8Length(String(key)) + utf8Length(v);
    for (const [k, old] of this._store) if (k !== String(key)) total += utf8Length(k) + utf8Length(old);
    if (total > STORE_LIMIT) {
      throw new GasException(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this._store.set(String(key), v);
  }
  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): this {
    this._set(key, value);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of Object.entries(properties)) this._set(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(key: string): this {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this._store.clear();
    return this;
  }
}

export class FakePropertiesService extends Fake {
  constructor(
    core: Core,
    readonly _state: PropertiesState,
  ) {
    super(core);
  }
  /** Null where there is no document: an editor add-on's time-driven trigger (Google: "returns null"). */
  getDocumentProperties(): FakeProperties | null {
    if (this._core.noActiveDocument) return null;
    return new FakeProperties(this._core, this._state.document);
  }
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this._core, this._state.script);
  }
  /** The store of the user the script runs as. */
  getUserProperties(): FakeProperties {
    return new FakeProperties(this._core, this._state.user(this._core.runAs));
  }
}

countCalls(FakeProperties, 'Properties');
countCalls(FakePropertiesService, 'PropertiesService');
