// Developer metadata on the spreadsheet: key/value pairs a script keeps in the document itself, any context.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';

export const DeveloperMetadataVisibility = Object.freeze({ DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' });

/**
 * Google: "The total size of all metadata associated with a spreadsheet or sheet may not exceed 30,000
 * characters" (https://developers.google.com/workspace/sheets/api/guides/metadata). Keys and values count.
 */
const TOTAL_LIMIT = 30000;

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export class MetadataState {
  readonly entries: MetadataEntry[] = [];
  private next = 1;

  /** The value under a key (uncounted), for tests. */
  get(key: string): string | undefined {
    return this.entries.find((e) => e.key === key)?.value ?? undefined;
  }
  has(key: string): boolean {
    return this.entries.some((e) => e.key === key);
  }
  set(key: string, value: string): void {
    const e = this.entries.find((x) => x.key === key);
    if (e) e.value = value;
    else this.add(key, value, DeveloperMetadataVisibility.PROJECT);
  }
  add(key: string, value: string | null, visibility: string): MetadataEntry {
    const entry = { id: this.next++, key, value, visibility };
    this.entries.push(entry);
    this.check();
    return entry;
  }
  check(): void {
    const size = this.entries.reduce((n, e) => n + e.key.length + (e.value ?? '').length, 0);
    if (size > TOTAL_LIMIT) {
      throw new GasException(
        'The total size of developer metadata on this spreadsheet would exceed 30000 characters.',
      );
    }
  }
}

export class FakeDeveloperMetadata extends Fake {
  constructor(
    core: Core,
    readonly _state: MetadataState,
    readonly _entry: MetadataEntry,
  ) {
    super(core);
  }
  getKey(): string {
    return this._entry.key;
  }
  getValue(): string | null {
    return this._entry.value;
  }
  getId(): number {
    return this._entry.id;
  }
  getVisibility(): string {
    return this._entry.visibility;
  }
  setValue(value: string): FakeDeveloperMetadata {
    const before = this._entry.value;
    this._entry.value = String(value);
    try {
      this._state.check();
    } catch (error) {
      this._entry.value = before;
      throw error;
    }
    return this;
  }
  remove(): void {
    const i = this._state.entries.indexOf(this._entry);
    if (i >= 0) this._state.entries.splice(i, 1);
  }
}

countCalls(FakeDeveloperMetadata, 'DeveloperMetadata');
