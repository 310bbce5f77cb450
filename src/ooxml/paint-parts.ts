// The parts a paint adds or replaces, and the small text edits of relationships and content types.
import { OoxmlError } from './errors';
import {
  findEntry,
  partText,
  type Relationship,
  relationshipsOf,
  relsPartOf,
  type XlsxBook,
} from './package';
import { escapeXml } from './xml';
import type { ZipOutput } from './zip-write';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A relationships part with relationships added (made new when the part had none). */
export function addRelationships(existing: string | null, add: NewRelationship[]): string {
  const items = add
    .map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('');
  if (existing === null)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items}</Relationships>`;
  const close = /<\/(?:[\w.-]+:)?Relationships\s*>/.exec(existing);
  if (close) return existing.slice(0, close.index) + items + existing.slice(close.index);
  return existing.replace(/<((?:[\w.-]+:)?Relationships\b[^>]*?)\s*\/>/, `<$1>${items}</Relationships>`);
}

/** A relative target from one part's folder to another part. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** Adds Override (and Default) entries to [Content_Types].xml. */
function addContentTypes(text: string, overrides: [string, string][], defaults: [string, string][]): string {
  const close = /<\/(?:[\w.-]+:)?Types\s*>/.exec(text);
  if (!close) throw new OoxmlError('damaged', '[Content_Types].xml has no </Types>');
  const items =
    defaults
      .filter(([ext]) => !new RegExp(`Extension\\s*=\\s*"${ext}"`, 'i').test(text))
      .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
      .join('') +
    overrides
      .filter(([part]) => !text.includes(`PartName="/${part}"`))
      .map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
      .join('');
  return text.slice(0, close.index) + items + text.slice(close.index);
}

/** Everything a paint changes in the package, gathered before the zip is written once. */
export class PackageEdits {
  /** Replaced parts by lower-case name; a `name: ''` output deletes the part. */
  readonly replaced = new Map<string, ZipOutput>();
  readonly added: ZipOutput[] = [];
  readonly overrides: [string, string][] = [];
  readonly defaults: [string, string][] = [];
  readonly workbookRelsAdd: NewRelationship[] = [];
  readonly workbookRels: Relationship[];
  private readonly made = new Set<string>();
  private readonly takenIds = new Set<string>();

  constructor(readonly book: XlsxBook) {
    this.workbookRels = relationshipsOf(book, book.workbookPart);
  }

  /** The stored name of a part (its case in the zip), or the part name when it is new. */
  storedName(part: string): string {
    return findEntry(this.book.zip, part)?.name ?? part;
  }

  /** Replaces the part when the zip has it, else adds it. */
  put(part: string, data: Uint8Array, exists = findEntry(this.book.zip, part) !== undefined): void {
    const output = { name: this.storedName(part), data };
    if (exists) this.replaced.set(part.toLowerCase(), output);
    else this.added.push(output);
  }

  /** A relationship id not yet used in `rels`. */
  freeId(rels: readonly { id: string }[], base = 'rIdRectify'): string {
    for (let i = 1; ; i++) {
      const id = `${base}${i}`;
      if (!this.takenIds.has(id) && !rels.some((r) => r.id === id)) {
        this.takenIds.add(id);
        return id;
      }
    }
  }

  /** A free part name like xl/comments3.xml. */
  freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!findEntry(this.book.zip, name) && !this.made.has(name.toLowerCase())) {
        this.made.add(name.toLowerCase());
        return name;
      }
    }
  }

  /** Writes the workbook relationships and content types the added parts need. */
  finishPackage(): void {
    const book = this.book;
    if (this.workbookRelsAdd.length > 0) {
      const relsPart = relsPartOf(book.workbookPart);
      const text = addRelationships(partText(book, relsPart), this.workbookRelsAdd);
      this.replaced.set(relsPart.toLowerCase(), { name: this.storedName(relsPart), data: utf8(text) });
    }
    if (this.overrides.length + this.defaults.length > 0) {
      const entry = findEntry(book.zip, '[Content_Types].xml');
      if (!entry) throw new OoxmlError('damaged', 'no [Content_Types].xml');
      this.replaced.set(entry.name.toLowerCase(), {
        name: entry.name,
        data: utf8(addContentTypes(partText(book, entry.name) as string, this.overrides, this.defaults)),
      });
    }
  }

  /** The zip's entries in their order, replaced or copied, then the added parts. */
  outputs(): ZipOutput[] {
    const outputs: ZipOutput[] = [];
    for (const e of this.book.zip.entries) {
      const r = this.replaced.get(e.name.toLowerCase());
      if (!r) outputs.push({ copy: e });
      else if (!('name' in r) || r.name !== '') outputs.push(r);
    }
    for (const a of this.added) outputs.push(a);
    return outputs;
  }
}
