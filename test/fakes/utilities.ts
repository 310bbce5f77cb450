// Utilities: formatDate/parseDate with Java patterns in a given zone, formatString, sleep (recorded), getUuid, newBlob.
import { zipSync } from 'fflate';
import { countCalls } from './calls';
import { type Core, Fake, GasException, isDate } from './core';
import { formatJavaDate, instantOf } from './time';

/** A Blob holds bytes, as Google's does; text goes in and out as UTF-8. */
export class FakeBlob extends Fake {
  readonly _bytes: Uint8Array;
  constructor(
    core: Core,
    data: string | Uint8Array,
    public _contentType: string | null,
    public _name: string | null,
  ) {
    super(core);
    this._bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  }
  get _data(): string {
    return new TextDecoder().decode(this._bytes);
  }
  getDataAsString(): string {
    return this._data;
  }
  /** Java bytes are signed. */
  getBytes(): number[] {
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(contentType: string): this {
    this._contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): this {
    this._name = name;
    return this;
  }
  copyBlob(): FakeBlob {
    return new FakeBlob(this._core, this._bytes.slice(), this._contentType, this._name);
  }
}

export class FakeUtilities extends Fake {
  /** Total milliseconds scripts asked to sleep (sleep itself returns at once). */
  _slept = 0;
  _uuids = 0;

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      const names = [date, timeZone, format].map((v) =>
        isDate(v) ? 'Date' : typeof v === 'string' ? 'String' : typeof v,
      );
      throw new GasException(
        `The parameters (${names.join(',')}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    return formatJavaDate(date.getTime(), timeZone, format);
  }
  /**
   * The instant a wall-clock text names in the zone, read with a SimpleDateFormat pattern (the numeric
   * fields y, M, d, H, m, s and literal separators). Like Java's lenient parser, "2024-02-30" rolls over.
   */
  parseDate(date: string, timeZone: string, format: string): Date {
    const fields: string[] = [];
    const pattern = String(format).replace(/([yMdHms])\1*|[^yMdHms]/g, (token, letter?: string) => {
      if (!letter) return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      fields.push(letter);
      return '(\\d+)';
    });
    const m = new RegExp(`^${pattern}`).exec(String(date));
    if (!m) throw new GasException(`Unparseable date: "${date}"`);
    const v: Record<string, number> = { y: 1970, M: 1, d: 1, H: 0, m: 0, s: 0 };
    fields.forEach((f, i) => {
      v[f] = Number(m[i + 1]);
    });
    return this._core.newDate(instantOf(timeZone, v.y, v.M, v.d, v.H, v.m, v.s));
  }
  /** sprintf-style: %s, %d, %f (with precision), %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(
      /%(\.\d+)?([sdf%])/g,
      (_m, precision: string | undefined, kind: string) => {
        if (kind === '%') return '%';
        const v = args[i++];
        if (kind === 'd') return String(Math.trunc(Number(v)));
        if (kind === 'f') return Number(v).toFixed(precision ? Number(precision.slice(1)) : 6);
        return String(v);
      },
    );
  }
  sleep(milliseconds: number): void {
    this._slept += Number(milliseconds);
  }
  /** Deterministic version-4-shaped ids, so snapshots are stable. */
  getUuid(): string {
    this._uuids++;
    return `00000000-0000-4000-8000-${this._uuids.toString(16).padStart(12, '0')}`;
  }
  /** newBlob(text | Byte[], contentType?, name?). */
  newBlob(data: unknown, contentType?: string, name?: string): FakeBlob {
    const content = Array.isArray(data) ? Uint8Array.from(data, (b: number) => b & 255) : String(data);
    return new FakeBlob(this._core, content, contentType ?? null, name ?? null);
  }
  /**
   * A zip of the blobs, each stored under its name (Google: "Creates a new Blob object that is a zip file
   * containing the data from the Blobs passed in"); a blob without a name is refused, as Google does.
   * https://developers.google.com/apps-script/reference/utilities/utilities#zip(BlobSource,String)
   */
  zip(blobs: FakeBlob[], name?: string): FakeBlob {
    const files: Record<string, Uint8Array> = {};
    for (const b of blobs) {
      if (!b._name) throw new GasException('Blob object must have non-null name for this operation.');
      files[b._name] = b._bytes;
    }
    return new FakeBlob(this._core, zipSync(files), 'application/zip', name ?? 'Archive.zip');
  }
}

countCalls(FakeBlob, 'Blob');
countCalls(FakeUtilities, 'Utilities');
