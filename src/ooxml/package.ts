// An .xlsx package opened for reading: parts found through relationships, shared strings, styles and sheets.
import { DEFAULT_LIMITS, type Limits, OoxmlError } from './errors';
import { isDateFormat } from './numfmt';
import { child, children, decodePart, parseXml, richText, unescapeOoxml, type XmlElement } from './xml';
import { entryBytes, type InflateBudget, readZip, type ZipArchive, type ZipEntry } from './zip';

export interface SheetRef {
  name: string;
  /** Zip entry name of the sheet part, e.g. 'xl/worksheets/sheet1.xml'. */
  part: string;
  /** The relationship id in workbook.xml (`r:id`). */
  relId: string;
  sheetId: string;
  /** 'worksheet', or 'chartsheet'/'dialogsheet'/'macrosheet' (no cells to read). */
  kind: string;
  state: string;
}

export interface Relationship {
  id: string;
  /** The type's last path segment: 'worksheet', 'comments', 'vmlDrawing', … (transitional and strict alike). */
  type: string;
  /** Resolved zip entry name; for external targets the target as written. */
  target: string;
  external: boolean;
}

export interface XlsxBook {
  zip: ZipArchive;
  limits: Limits;
  budget: InflateBudget;
  workbookPart: string;
  sheets: SheetRef[];
  /** The 1904 date system (old Mac Excel): serial 0 is 1904-01-01. */
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
  /** Read on first use. */
  cache: { sharedStrings?: string[]; dateStyles?: boolean[] };
}

/** The entry of a part, or undefined; part names compare case-insensitively. */
export function findEntry(zip: ZipArchive, part: string): ZipEntry | undefined {
  return zip.byName.get(part.toLowerCase());
}

/** A part's bytes, counted against the package's inflate budget. */
export function partBytes(book: Pick<XlsxBook, 'zip' | 'budget'>, part: string): Uint8Array | null {
  const entry = findEntry(book.zip, part);
  return entry ? entryBytes(book.zip, entry, book.budget) : null;
}

export function partText(book: Pick<XlsxBook, 'zip' | 'budget'>, part: string): string | null {
  const bytes = partBytes(book, part);
  return bytes ? decodePart(bytes) : null;
}

/** Resolves a relationship target against the folder of the part that owns the relationships. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ownerPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of a part (none when it has no .rels part). */
export function relationshipsOf(book: Pick<XlsxBook, 'zip' | 'budget'>, part: string): Relationship[] {
  const text = partText(book, relsPartOf(part));
  if (text === null) return [];
  return children(parseXml(text, relsPartOf(part)), 'Relationship').map((r) => {
    const external = (r.attrs.TargetMode ?? '').toLowerCase() === 'external';
    const target = r.attrs.Target ?? '';
    return {
      id: r.attrs.Id ?? '',
      type: (r.attrs.Type ?? '').split('/').pop() ?? '',
      target: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/** Opens an .xlsx: reads the directory and the workbook's sheet list; cells are read per sheet on demand. */
export function openXlsx(bytes: Uint8Array, limits: Partial<Limits> = {}): XlsxBook {
  const all: Limits = { ...DEFAULT_LIMITS, ...limits };
  const zip = readZip(bytes);
  const budget: InflateBudget = { max: all.maxInflatedBytes, used: 0 };
  // Refuse a bomb from the directory alone, before inflating anything.
  let declared = 0;
  for (const e of zip.entries) declared += e.size;
  if (declared > all.maxInflatedBytes)
    throw new OoxmlError('limit.inflated', 'the package', all.maxInflatedBytes, declared);
  const base = { zip, budget };
  const office = relationshipsOf(base, '').find((r) => r.type === 'officeDocument');
  const workbookPart = office?.target ?? 'xl/workbook.xml';
  const text = partText(base, workbookPart);
  if (text === null) {
    throw new OoxmlError(
      findEntry(zip, 'word/document.xml') || findEntry(zip, 'ppt/presentation.xml')
        ? 'notWorkbook'
        : 'damaged',
      'no workbook part',
    );
  }
  const workbook = parseXml(text, workbookPart);
  const rels = relationshipsOf(base, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  for (const s of children(child(workbook, 'sheets'), 'sheet')) {
    const rel = byId.get(s.attrs['r:id'] ?? s.attrs.id ?? '');
    if (!rel || rel.external) continue;
    sheets.push({
      name: s.attrs.name ?? '',
      part: rel.target,
      relId: rel.id,
      sheetId: s.attrs.sheetId ?? '',
      kind: rel.type,
      state: s.attrs.state ?? 'visible',
    });
  }
  if (!sheets.some((s) => s.kind === 'worksheet')) throw new OoxmlError('noSheets', 'no worksheets');
  const pr = child(workbook, 'workbookPr');
  const flag = (pr?.attrs.date1904 ?? '').toLowerCase();
  return {
    zip,
    limits: all,
    budget,
    workbookPart,
    sheets,
    date1904: flag === '1' || flag === 'true',
    sharedStringsPart: rels.find((r) => r.type === 'sharedStrings')?.target ?? null,
    stylesPart: rels.find((r) => r.type === 'styles')?.target ?? null,
    cache: {},
  };
}

/** The shared strings, rich or plain, with Excel's _xHHHH_ escapes undone. */
export function sharedStrings(book: XlsxBook): string[] {
  if (book.cache.sharedStrings) return book.cache.sharedStrings;
  const strings: string[] = [];
  const text = book.sharedStringsPart ? partText(book, book.sharedStringsPart) : null;
  if (text !== null) {
    for (const si of children(parseXml(text, book.sharedStringsPart as string), 'si'))
      strings.push(unescapeOoxml(richText(si)));
  }
  book.cache.sharedStrings = strings;
  return strings;
}

/** For each cell format (cellXfs index), whether its number format shows a date. */
export function dateStyles(book: XlsxBook): boolean[] {
  if (book.cache.dateStyles) return book.cache.dateStyles;
  const text = book.stylesPart ? partText(book, book.stylesPart) : null;
  const flags: boolean[] = [];
  if (text !== null) {
    const styles = parseXml(text, book.stylesPart as string);
    const custom = new Map<string, string>();
    for (const f of children(child(styles, 'numFmts'), 'numFmt')) {
      const id = f.attrs.numFmtId;
      if (id !== undefined) custom.set(id, f.attrs.formatCode ?? '');
    }
    for (const xf of children(child(styles, 'cellXfs'), 'xf')) {
      const id = xf.attrs.numFmtId ?? '0';
      flags.push(isDateFormat(Number(id), custom.get(id)));
    }
  }
  book.cache.dateStyles = flags;
  return flags;
}

/** The notes of a sheet (legacy comments, rich or plain `<text>`), by cell address. */
export function sheetNotes(book: XlsxBook, sheet: SheetRef): Map<string, string> {
  const notes = new Map<string, string>();
  const rel = relationshipsOf(book, sheet.part).find((r) => r.type === 'comments' && !r.external);
  const text = rel ? partText(book, rel.target) : null;
  if (text === null) return notes;
  const comments = parseXml(text, (rel as Relationship).target);
  for (const c of children(child(comments, 'commentList'), 'comment')) {
    notes.set((c.attrs.ref ?? '').toUpperCase(), unescapeOoxml(richText(child(c, 'text'))));
  }
  return notes;
}

export type { XmlElement };
