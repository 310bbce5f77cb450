// Colours a copy of a workbook as a surgical patch: only the parts colour needs change, every other entry is copied.
//
// What may differ from the input: the ledger sheet's style indexes (s="…") of painted cells and empty cells
// created to carry a fill; cell formats, fills and legend fonts appended to styles.xml; our notes in the
// comments parts and their VML shapes (plus a <legacyDrawing> and relationships when a sheet had no notes);
// the legend sheet with its workbook, relationship and content-type entries. Everything else is copied as
// stored in the zip: charts, pivots, slicers, images, macros, validations, print settings, defined names.
import { at } from '../core/arrays';
import { OoxmlError } from './errors';
import { bytesToText, type NoteToWrite, patchComments, patchVml, refOf, textToBytes } from './notes';
import {
  findEntry,
  partBytes,
  partText,
  type Relationship,
  relationshipsOf,
  relsPartOf,
  type SheetRef,
  type XlsxBook,
} from './package';
import { parseRef, readSheet } from './sheet';
import { StylesPatch, setAttribute } from './styles';
import { cellText, escapeXml, localName, saxesParser } from './xml';
import { DeflatedEntry, inflateEntry, writeZip, type ZipOutput } from './zip';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface LegendCell {
  text?: string;
  number?: number;
  bold?: boolean;
  size?: number;
  /** '#rrggbb' */
  fill?: string;
  /** An internal link, e.g. "'台账'!G8". */
  link?: string;
}

export interface PaintRequest {
  /** The ledger sheet: the only sheet whose cells are painted. */
  sheet: SheetRef;
  /** Its merged ranges (from readSheet): only a merge's first cell is painted. */
  merges: readonly string[];
  /** Rows (1-based, inclusive) whose cells colour may paint or clear: the data rows under the header. */
  rows: { first: number; last: number };
  /** Columns (1-based, inclusive) of the ledger's table; nothing right of it is touched. */
  columns: { first: number; last: number };
  /** The wanted colour ('#rrggbb') of each coloured row; a row not listed wants none of ours. */
  rowColours: ReadonlyMap<number, string>;
  /** Our colours: a cell filled with any other fill is a person's, and is kept. */
  ours: ReadonlySet<string>;
  /** Notes to write, on the ledger sheet or another (the 设置 sheet). */
  notes: (NoteToWrite & { sheet: SheetRef })[];
  /** A note whose text starts with one of these is ours: removed from every sheet before new ones are written. */
  noteMarks: readonly string[];
  noteAuthor: string;
  legend: {
    /** The sheet name wanted ('图例'); '图例 (2)' and so on when a person's sheet has it. */
    baseName: string;
    /** A1 texts that mark a legend sheet as ours, so colouring again replaces it. */
    titles: readonly string[];
    /** Rows from row 1; null for an empty cell. */
    rows: (LegendCell | null)[][];
    /** Column widths in characters. */
    widths: number[];
  };
  /** Called every few thousand rows with the row reached, for a progress bar. */
  onRow?: (row: number) => void;
}

export interface PaintResult {
  bytes: Uint8Array;
  /** Cells whose fill a person made, left as they were. */
  keptFills: number;
  notes: number;
  /** Notes not written because a person's note holds the cell. */
  skippedNotes: number;
  legendSheet: string;
}

/** A cell's position as one number, for sets of cells. */
const key = (row: number, column: number) => row * 16_385 + column;

function columnName(column: number): string {
  return refOf(1, column).replace(/\d+$/, '');
}

interface SheetPlan {
  paint?: PaintRequest;
  /** Called with the sheet's <legacyDrawing> r:id (or null) once the sheet has been read; returns a
   *  relationship id to insert a <legacyDrawing> for, or null. */
  onLegacyDrawing?: (existing: string | null) => string | null;
}

/** A streamed rewrite of one worksheet part: returns the new entry, or null when nothing had to change. */
function patchSheet(
  book: XlsxBook,
  sheet: SheetRef,
  styles: StylesPatch,
  plan: SheetPlan,
  counts: { keptFills: number },
): DeflatedEntry | null {
  const entry = findEntry(book.zip, sheet.part);
  if (!entry) throw new OoxmlError('damaged', `${sheet.part} is missing`);
  const paint = plan.paint;
  const slaves = new Set<number>();
  if (paint) {
    for (const range of paint.merges) {
      const ends = range.split(':');
      const a = at(ends, 0);
      const b = ends[1] ?? a;
      const [r1, c1] = parseRef(a);
      const [r2, c2] = parseRef(b);
      for (let r = Math.max(r1, paint.rows.first); r <= Math.min(r2, paint.rows.last); r++)
        for (let c = Math.max(c1, paint.columns.first); c <= Math.min(c2, paint.columns.last); c++)
          if (r !== r1 || c !== c1) slaves.add(key(r, c));
    }
  }
  const columnStyles: { min: number; max: number; style: number }[] = [];
  const out = new DeflatedEntry(entry.name);
  const encoder = new TextEncoder();
  let pending: string[] = [];
  let pendingLength = 0;
  const emit = (text: string) => {
    if (text.length === 0) return;
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1 << 16) flushOut();
  };
  const flushOut = () => {
    if (pending.length === 0) return;
    out.push(encoder.encode(pending.join('')));
    pending = [];
    pendingLength = 0;
  };

  let buffer = '';
  let bufferStart = 0;
  let flushed = 0;
  let changed = false;
  let inTail = false;
  let rootPrefix = '';
  let legacyDrawing: string | null = null;
  const copyTo = (offset: number) => {
    emit(buffer.slice(flushed - bufferStart, offset - bufferStart));
    flushed = offset;
  };
  const tagStart = (end: number) => bufferStart + buffer.lastIndexOf('<', end - 1 - bufferStart);

  let row = 0;
  let rowPrefix = '';
  let rowStyle = 0;
  let want: string | null = null;
  let inRange = false;
  let lastColumn = 0;
  let nextRowReport = 0;

  const baseStyle = (column: number) => {
    if (rowStyle >= 0) return rowStyle;
    for (const c of columnStyles) if (column >= c.min && column <= c.max) return c.style;
    return 0;
  };
  /** Empty cells carrying the row's colour for columns a coloured row lacks, up to `to`. */
  const missingCells = (to: number): string => {
    if (!paint || want === null) return '';
    let cells = '';
    for (let c = Math.max(lastColumn + 1, paint.columns.first); c <= Math.min(to, paint.columns.last); c++) {
      if (slaves.has(key(row, c))) continue;
      const base = baseStyle(c);
      const have = styles.fillOf(base);
      if (have !== null && have !== want && !paint.ours.has(have)) {
        counts.keptFills++;
        continue;
      }
      cells += `<${rowPrefix}c r="${columnName(c)}${row}" s="${styles.withFill(base, want)}"/>`;
    }
    return cells;
  };

  const parser = saxesParser(sheet.part);
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (inTail) return;
    if (name === 'worksheet') rootPrefix = tag.name.slice(0, tag.name.length - name.length);
    else if (name === 'col' && paint) {
      const a = tag.attributes as Record<string, string>;
      if (a.style !== undefined)
        columnStyles.push({ min: Number(a.min), max: Number(a.max ?? a.min), style: Number(a.style) });
    } else if (name === 'row') {
      const a = tag.attributes as Record<string, string>;
      row = a.r ? Number(a.r) : row + 1;
      rowPrefix = tag.name.slice(0, tag.name.length - name.length);
      rowStyle = a.customFormat === '1' || a.customFormat === 'true' ? Number(a.s ?? 0) : -1;
      inRange = !!paint && row >= paint.rows.first && row <= paint.rows.last;
      want = inRange ? (paint?.rowColours.get(row) ?? null) : null;
      lastColumn = 0;
      if (paint?.onRow && row >= nextRowReport) {
        paint.onRow(row);
        nextRowReport = row + 5000;
      }
    } else if (name === 'c' && inRange && paint) {
      const a = tag.attributes as Record<string, string>;
      const column = a.r ? parseRef(a.r)[1] : lastColumn + 1;
      const before = missingCells(column - 1);
      lastColumn = column;
      let tagText: string | null = null;
      if (column >= paint.columns.first && column <= paint.columns.last && !slaves.has(key(row, column))) {
        const xf = a.s ? Number(a.s) : 0;
        const have = styles.fillOf(xf);
        if (have !== want) {
          if (have !== null && !paint.ours.has(have)) counts.keptFills++;
          else tagText = String(styles.withFill(xf, want));
        }
      }
      if (before === '' && tagText === null) return;
      const end = parser.position;
      const start = tagStart(end);
      copyTo(start);
      emit(before);
      const raw = buffer.slice(start - bufferStart, end - bufferStart);
      emit(tagText === null ? raw : setStyle(raw, tagText));
      flushed = end;
      changed = true;
    }
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (inTail) return;
    if (name === 'row' && want !== null) {
      const cells = missingCells(Number.MAX_SAFE_INTEGER);
      if (cells === '') return;
      const end = parser.position;
      const start = tagStart(end);
      copyTo(start);
      if (tag.isSelfClosing) {
        const raw = buffer.slice(start - bufferStart, end - bufferStart);
        emit(`${raw.replace(/\s*\/>$/, '>')}${cells}</${tag.name}>`);
      } else {
        emit(cells);
        emit(buffer.slice(start - bufferStart, end - bufferStart));
      }
      flushed = end;
      changed = true;
    } else if (name === 'sheetData') {
      copyTo(parser.position);
      inTail = true;
    }
  });

  const decoder = new TextDecoder('utf-8');
  const write = (text: string) => {
    buffer = buffer.slice(flushed - bufferStart) + text;
    bufferStart = flushed;
    parser.write(text);
    // Whatever lies before the last '<' belongs to tags already handled: copy it on, so the buffer stays small.
    if (!inTail) {
      const safe = bufferStart + buffer.lastIndexOf('<');
      if (safe > flushed) copyTo(safe);
    }
  };
  inflateEntry(book.zip, entry, book.budget, (chunk) => write(decoder.decode(chunk, { stream: true })));
  write(decoder.decode());
  parser.close();

  // The part after <sheetData> is small (merges, validations, print settings): edited as a whole.
  let tail = buffer.slice(flushed - bufferStart);
  legacyDrawing = /<(?:[\w.-]+:)?legacyDrawing\b[^>]*?\s[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(tail)?.[1] ?? null;
  const insert = plan.onLegacyDrawing?.(legacyDrawing) ?? null;
  if (insert !== null) {
    const element = `<${rootPrefix}legacyDrawing xmlns:r="${REL_NS}" r:id="${insert}"/>`;
    const after =
      /<(?:[\w.-]+:)?(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst|AlternateContent)\b/.exec(
        tail,
      ) ?? new RegExp(`</${rootPrefix}worksheet\\s*>`).exec(tail);
    const at = after ? after.index : tail.length;
    tail = tail.slice(0, at) + element + tail.slice(at);
    changed = true;
  }
  if (!changed) return null;
  emit(tail);
  flushOut();
  return out;
}

/** Sets the s="…" attribute of a cell's start tag (added after the others, where Excel puts it). */
function setStyle(tag: string, style: string): string {
  return setAttribute(tag, 's', style);
}

/** A relationships part with relationships added (made new when the part had none). */
function addRelationships(
  existing: string | null,
  add: { id: string; type: string; target: string }[],
): string {
  const items = add
    .map((r) => `<Relationship Id="${r.id}" Type="${REL_NS}/${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('');
  if (existing === null)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL_NS}">${items}</Relationships>`;
  const close = /<\/(?:[\w.-]+:)?Relationships\s*>/.exec(existing);
  if (close) return existing.slice(0, close.index) + items + existing.slice(close.index);
  return existing.replace(/<((?:[\w.-]+:)?Relationships\b[^>]*?)\s*\/>/, `<$1>${items}</Relationships>`);
}

/** A relationship id not yet used in `rels`. */
function freeId(rels: readonly { id: string }[], taken: Set<string>, base = 'rIdRectify'): string {
  for (let i = 1; ; i++) {
    const id = `${base}${i}`;
    if (!taken.has(id) && !rels.some((r) => r.id === id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A relative target from one part's folder to another part. */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** A free part name like xl/comments3.xml. */
function freePart(book: XlsxBook, made: Set<string>, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = pattern(n);
    if (!findEntry(book.zip, name) && !made.has(name.toLowerCase())) {
      made.add(name.toLowerCase());
      return name;
    }
  }
}

function legendSheetXml(legend: PaintRequest['legend'], styles: StylesPatch): string {
  const rows: string[] = [];
  const links: string[] = [];
  legend.rows.forEach((cells, i) => {
    const r = i + 1;
    let xml = '';
    cells.forEach((cell, j) => {
      if (!cell) return;
      const ref = `${columnName(j + 1)}${r}`;
      const format =
        cell.bold || cell.size || cell.fill
          ? ` s="${styles.legendFormat({ bold: cell.bold, size: cell.size, fill: cell.fill })}"`
          : '';
      if (cell.number !== undefined) xml += `<c r="${ref}"${format}><v>${cell.number}</v></c>`;
      else if (cell.text !== undefined)
        xml += `<c r="${ref}"${format} t="inlineStr"><is><t xml:space="preserve">${cellText(cell.text)}</t></is></c>`;
      else xml += `<c r="${ref}"${format}/>`;
      if (cell.link)
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(cell.link)}" display="${escapeXml(cell.text ?? '')}"/>`,
        );
    });
    if (xml) rows.push(`<row r="${r}">${xml}</row>`);
  });
  const cols = legend.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>${links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : ''}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
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

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Paints the ledger, rewrites notes and the legend, and returns the copy; see the module comment for what changes. */
export function paintWorkbook(book: XlsxBook, request: PaintRequest): PaintResult {
  const replaced = new Map<string, ZipOutput>();
  const added: ZipOutput[] = [];
  const made = new Set<string>();
  const counts = { keptFills: 0 };
  const styles = new StylesPatch(book.stylesPart ? partText(book, book.stylesPart) : null);
  const overrides: [string, string][] = [];
  const defaults: [string, string][] = [];
  const workbookRelsAdd: { id: string; type: string; target: string }[] = [];
  const workbookRels = relationshipsOf(book, book.workbookPart);
  const takenIds = new Set<string>();

  // Notes, by sheet: every worksheet with a comments part (our old notes go everywhere), and those with new ones.
  const relsOf = new Map<string, Relationship[]>();
  const sheetRels = (sheet: SheetRef) => {
    let rels = relsOf.get(sheet.part);
    if (!rels) {
      rels = relationshipsOf(book, sheet.part);
      relsOf.set(sheet.part, rels);
    }
    return rels;
  };
  let written = 0;
  let skipped = 0;
  const worksheets = book.sheets.filter((s) => s.kind === 'worksheet');
  for (const [index, sheet] of worksheets.entries()) {
    const notes = request.notes.filter((n) => n.sheet.part === sheet.part);
    const isLedger = sheet.part === request.sheet.part;
    const rels = sheetRels(sheet);
    const commentsRel = rels.find((r) => r.type === 'comments' && !r.external);
    if (!isLedger && notes.length === 0 && !commentsRel) continue;
    const existing = commentsRel ? partText(book, commentsRel.target) : null;
    const comments = patchComments(existing, notes, request.noteMarks, request.noteAuthor);
    const relsAdd: { id: string; type: string; target: string }[] = [];
    let commentsPart = commentsRel?.target ?? null;
    if (comments) {
      written += comments.added.length;
      skipped += comments.skipped;
      if (!commentsPart) {
        commentsPart = freePart(book, made, (n) => `xl/comments${n}.xml`);
        relsAdd.push({
          id: freeId(rels, takenIds),
          type: 'comments',
          target: relativeTarget(sheet.part, commentsPart),
        });
        overrides.push([
          commentsPart,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
        ]);
      }
      const output = {
        name: findEntry(book.zip, commentsPart)?.name ?? commentsPart,
        data: utf8(comments.text),
      };
      if (findEntry(book.zip, commentsPart)) replaced.set(commentsPart.toLowerCase(), output);
      else added.push(output);
    } else skipped += notes.length;
    const plan: SheetPlan = {
      paint: isLedger ? request : undefined,
      onLegacyDrawing: (existingId) => {
        if (!comments) return null;
        const vmlRel = existingId ? rels.find((r) => r.id === existingId) : undefined;
        if (vmlRel) {
          const entry = findEntry(book.zip, vmlRel.target);
          const text = entry ? bytesToText(partBytes(book, vmlRel.target) ?? new Uint8Array(0)) : null;
          const vml = patchVml(text, comments.removed, comments.added, index + 1);
          const output = { name: entry?.name ?? vmlRel.target, data: textToBytes(vml) };
          if (entry) replaced.set(vmlRel.target.toLowerCase(), output);
          else added.push(output);
          return null;
        }
        if (comments.added.length === 0) return null;
        const vmlPart = freePart(book, made, (n) => `xl/drawings/vmlDrawing${n}.vml`);
        added.push({
          name: vmlPart,
          data: utf8(patchVml(null, comments.removed, comments.added, index + 1)),
        });
        defaults.push(['vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing']);
        const id = freeId(rels, takenIds);
        relsAdd.push({ id, type: 'vmlDrawing', target: relativeTarget(sheet.part, vmlPart) });
        return id;
      },
    };
    // A sheet that only had notes of a person's, untouched, is not rewritten at all.
    if (!isLedger && !comments) continue;
    const patched = patchSheet(book, sheet, styles, plan, counts);
    if (patched) replaced.set(sheet.part.toLowerCase(), { deflated: patched });
    if (relsAdd.length > 0) {
      const relsPart = relsPartOf(sheet.part);
      const existingRels = partText(book, relsPart);
      const output = {
        name: findEntry(book.zip, relsPart)?.name ?? relsPart,
        data: utf8(addRelationships(existingRels, relsAdd)),
      };
      if (existingRels !== null) replaced.set(relsPart.toLowerCase(), output);
      else added.push(output);
    }
  }

  // The legend: our old legend sheet (A1 is one of our titles) is rewritten in place; else a new sheet.
  const old = worksheets.find(
    (s) =>
      s.part !== request.sheet.part &&
      request.legend.titles.includes(String(readSheet(book, s, { maxRows: 1 }).grid[0]?.[0] ?? '')),
  );
  const names = new Set(book.sheets.filter((s) => s !== old).map((s) => s.name.toLowerCase()));
  let legendName = request.legend.baseName;
  for (let i = 2; names.has(legendName.toLowerCase()); i++) legendName = `${request.legend.baseName} (${i})`;
  const legendXml = utf8(legendSheetXml(request.legend, styles));
  let workbookText = partText(book, book.workbookPart) as string;
  let workbookChanged = false;
  if (old) {
    replaced.set(old.part.toLowerCase(), {
      name: findEntry(book.zip, old.part)?.name ?? old.part,
      data: legendXml,
    });
    // Its old relationships (hyperlinks written by another tool) point nowhere now.
    if (findEntry(book.zip, relsPartOf(old.part)))
      replaced.set(relsPartOf(old.part).toLowerCase(), { name: '', data: new Uint8Array(0) });
    if (old.name !== legendName) {
      workbookText = workbookText.replace(
        new RegExp(`(<(?:[\\w.-]+:)?sheet\\b[^>]*?\\sname\\s*=\\s*")${escapeRe(escapeXml(old.name))}(")`),
        `$1${escapeXml(legendName)}$2`,
      );
      workbookChanged = true;
    }
  } else {
    const part = freePart(book, made, (n) => `xl/worksheets/sheet${n}.xml`);
    added.push({ name: part, data: legendXml });
    overrides.push([part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    const id = freeId(workbookRels, takenIds);
    workbookRelsAdd.push({ id, type: 'worksheet', target: relativeTarget(book.workbookPart, part) });
    let sheetId = 0;
    for (const m of workbookText.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\ssheetId\s*=\s*"(\d+)"/g))
      sheetId = Math.max(sheetId, Number(m[1]));
    const prefix = /<((?:[\w.-]+:)?)sheets\b/.exec(workbookText)?.[1] ?? '';
    const close = new RegExp(`</${escapeRe(prefix)}sheets\\s*>`).exec(workbookText);
    if (!close) throw new OoxmlError('damaged', 'workbook.xml has no </sheets>');
    const entry = `<${prefix}sheet xmlns:r="${REL_NS}" name="${escapeXml(legendName)}" sheetId="${sheetId + 1}" r:id="${id}"/>`;
    workbookText = workbookText.slice(0, close.index) + entry + workbookText.slice(close.index);
    workbookChanged = true;
  }
  if (workbookChanged)
    replaced.set(book.workbookPart.toLowerCase(), {
      name: findEntry(book.zip, book.workbookPart)?.name ?? book.workbookPart,
      data: utf8(workbookText),
    });

  const stylesText = styles.result();
  if (stylesText !== null) {
    if (book.stylesPart && findEntry(book.zip, book.stylesPart)) {
      replaced.set(book.stylesPart.toLowerCase(), {
        name: findEntry(book.zip, book.stylesPart)?.name as string,
        data: utf8(stylesText),
      });
    } else {
      const part = freePart(book, made, (n) => (n === 1 ? 'xl/styles.xml' : `xl/stylesRectify${n}.xml`));
      added.push({ name: part, data: utf8(stylesText) });
      overrides.push([part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml']);
      workbookRelsAdd.push({
        id: freeId(workbookRels, takenIds),
        type: 'styles',
        target: relativeTarget(book.workbookPart, part),
      });
    }
  }
  if (workbookRelsAdd.length > 0) {
    const relsPart = relsPartOf(book.workbookPart);
    const text = addRelationships(partText(book, relsPart), workbookRelsAdd);
    replaced.set(relsPart.toLowerCase(), {
      name: findEntry(book.zip, relsPart)?.name ?? relsPart,
      data: utf8(text),
    });
  }
  if (overrides.length + defaults.length > 0) {
    const entry = findEntry(book.zip, '[Content_Types].xml');
    if (!entry) throw new OoxmlError('damaged', 'no [Content_Types].xml');
    replaced.set(entry.name.toLowerCase(), {
      name: entry.name,
      data: utf8(addContentTypes(partText(book, entry.name) as string, overrides, defaults)),
    });
  }

  const outputs: ZipOutput[] = [];
  for (const e of book.zip.entries) {
    const r = replaced.get(e.name.toLowerCase());
    if (!r) outputs.push({ copy: e });
    else if (!('name' in r) || r.name !== '') outputs.push(r);
  }
  for (const a of added) outputs.push(a);
  return {
    bytes: writeZip(book.zip, outputs),
    keptFills: counts.keptFills,
    notes: written,
    skippedNotes: skipped,
    legendSheet: legendName,
  };
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
