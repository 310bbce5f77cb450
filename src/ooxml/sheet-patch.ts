// A streamed rewrite of one worksheet part: paints the ledger's cells and inserts a <legacyDrawing>.
import { at } from '../core/arrays';
import { OoxmlError } from './errors';
import { refOf } from './notes';
import { findEntry, type SheetRef, type XlsxBook } from './package';
import { REL_NS } from './paint-parts';
import type { PaintRequest } from './paint-request';
import { parseRef } from './sheet';
import { type StylesPatch, setAttribute } from './styles';
import { localName, saxesParser } from './xml';
import { inflateEntry } from './zip';
import { DeflatedEntry } from './zip-write';

/** A cell's position as one number, for sets of cells. */
const key = (row: number, column: number) => row * 16_385 + column;

export function columnName(column: number): string {
  return refOf(1, column).replace(/\d+$/, '');
}

export interface SheetPlan {
  paint?: PaintRequest;
  /** Called with the sheet's <legacyDrawing> r:id (or null) once the sheet has been read; returns a
   *  relationship id to insert a <legacyDrawing> for, or null. */
  onLegacyDrawing?: (existing: string | null) => string | null;
}

type Parser = ReturnType<typeof saxesParser>;
type Attributes = Record<string, string>;
interface Tag {
  name: string;
  attributes: unknown;
  isSelfClosing: boolean;
}

/** The cells of merges inside the painted area other than each merge's first cell: those are never painted. */
function mergeSlaves(paint: PaintRequest | undefined): Set<number> {
  const slaves = new Set<number>();
  if (!paint) return slaves;
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
  return slaves;
}

/** The rewritten part's text, encoded and deflated in pieces of about 64 KB. */
class Output {
  private readonly encoder = new TextEncoder();
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly entry: DeflatedEntry) {}

  emit(text: string): void {
    if (text.length === 0) return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.entry.push(this.encoder.encode(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }
}

/** One pass over a worksheet: the SAX handlers share this state; text not edited is copied as it came. */
class SheetPatcher {
  readonly out: Output;
  readonly parser: Parser;
  private readonly paint: PaintRequest | undefined;
  private readonly slaves: Set<number>;
  private readonly columnStyles: { min: number; max: number; style: number }[] = [];
  /** Text from `bufferStart` on that the parser has been given; what lies before `flushed` is emitted. */
  buffer = '';
  bufferStart = 0;
  flushed = 0;
  changed = false;
  inTail = false;
  rootPrefix = '';
  private row = 0;
  private rowPrefix = '';
  private rowStyle = 0;
  private want: string | null = null;
  private inRange = false;
  private lastColumn = 0;
  private nextRowReport = 0;

  constructor(
    part: string,
    entryName: string,
    private readonly styles: StylesPatch,
    plan: SheetPlan,
    private readonly counts: { keptFills: number },
  ) {
    this.out = new Output(new DeflatedEntry(entryName));
    this.paint = plan.paint;
    this.slaves = mergeSlaves(plan.paint);
    this.parser = saxesParser(part);
    this.parser.on('opentag', (tag) => this.open(tag as Tag));
    this.parser.on('closetag', (tag) => this.close(tag as Tag));
  }

  copyTo(offset: number): void {
    this.out.emit(this.buffer.slice(this.flushed - this.bufferStart, offset - this.bufferStart));
    this.flushed = offset;
  }

  private tagStart(end: number): number {
    return this.bufferStart + this.buffer.lastIndexOf('<', end - 1 - this.bufferStart);
  }

  private raw(start: number, end: number): string {
    return this.buffer.slice(start - this.bufferStart, end - this.bufferStart);
  }

  private open(tag: Tag): void {
    const name = localName(tag.name);
    if (this.inTail) return;
    const a = tag.attributes as Attributes;
    if (name === 'worksheet') this.rootPrefix = tag.name.slice(0, tag.name.length - name.length);
    else if (name === 'col' && this.paint) this.openCol(a);
    else if (name === 'row') this.openRow(tag.name.slice(0, tag.name.length - name.length), a);
    else if (name === 'c' && this.inRange && this.paint) this.openCell(this.paint, a);
  }

  private openCol(a: Attributes): void {
    if (a.style !== undefined)
      this.columnStyles.push({ min: Number(a.min), max: Number(a.max ?? a.min), style: Number(a.style) });
  }

  private openRow(prefix: string, a: Attributes): void {
    const paint = this.paint;
    this.row = a.r ? Number(a.r) : this.row + 1;
    this.rowPrefix = prefix;
    this.rowStyle = a.customFormat === '1' || a.customFormat === 'true' ? Number(a.s ?? 0) : -1;
    this.inRange = !!paint && this.row >= paint.rows.first && this.row <= paint.rows.last;
    this.want = this.inRange ? (paint?.rowColours.get(this.row) ?? null) : null;
    this.lastColumn = 0;
    if (paint?.onRow && this.row >= this.nextRowReport) {
      paint.onRow(this.row);
      this.nextRowReport = this.row + 5000;
    }
  }

  private openCell(paint: PaintRequest, a: Attributes): void {
    const column = a.r ? parseRef(a.r)[1] : this.lastColumn + 1;
    const before = this.missingCells(column - 1);
    this.lastColumn = column;
    let style: string | null = null;
    if (
      column >= paint.columns.first &&
      column <= paint.columns.last &&
      !this.slaves.has(key(this.row, column))
    ) {
      const xf = a.s ? Number(a.s) : 0;
      const have = this.styles.fillOf(xf);
      if (have !== this.want) {
        if (have !== null && !paint.ours.has(have)) this.counts.keptFills++;
        else style = String(this.styles.withFill(xf, this.want));
      }
    }
    if (before === '' && style === null) return;
    const end = this.parser.position;
    const start = this.tagStart(end);
    this.copyTo(start);
    this.out.emit(before);
    const raw = this.raw(start, end);
    // The s="…" attribute goes after the others, where Excel puts it.
    this.out.emit(style === null ? raw : setAttribute(raw, 's', style));
    this.flushed = end;
    this.changed = true;
  }

  private close(tag: Tag): void {
    const name = localName(tag.name);
    if (this.inTail) return;
    if (name === 'row' && this.want !== null) this.closeRow(tag);
    else if (name === 'sheetData') {
      this.copyTo(this.parser.position);
      this.inTail = true;
    }
  }

  private closeRow(tag: Tag): void {
    const cells = this.missingCells(Number.MAX_SAFE_INTEGER);
    if (cells === '') return;
    const end = this.parser.position;
    const start = this.tagStart(end);
    this.copyTo(start);
    if (tag.isSelfClosing)
      this.out.emit(`${this.raw(start, end).replace(/\s*\/>$/, '>')}${cells}</${tag.name}>`);
    else {
      this.out.emit(cells);
      this.out.emit(this.raw(start, end));
    }
    this.flushed = end;
    this.changed = true;
  }

  private baseStyle(column: number): number {
    if (this.rowStyle >= 0) return this.rowStyle;
    for (const c of this.columnStyles) if (column >= c.min && column <= c.max) return c.style;
    return 0;
  }

  /** Empty cells carrying the row's colour for columns a coloured row lacks, up to `to`. */
  private missingCells(to: number): string {
    const { paint, want, row } = this;
    if (!paint || want === null) return '';
    let cells = '';
    for (
      let c = Math.max(this.lastColumn + 1, paint.columns.first);
      c <= Math.min(to, paint.columns.last);
      c++
    ) {
      if (this.slaves.has(key(row, c))) continue;
      const base = this.baseStyle(c);
      const have = this.styles.fillOf(base);
      if (have !== null && have !== want && !paint.ours.has(have)) {
        this.counts.keptFills++;
        continue;
      }
      cells += `<${this.rowPrefix}c r="${columnName(c)}${row}" s="${this.styles.withFill(base, want)}"/>`;
    }
    return cells;
  }

  write(text: string): void {
    this.buffer = this.buffer.slice(this.flushed - this.bufferStart) + text;
    this.bufferStart = this.flushed;
    this.parser.write(text);
    // Whatever lies before the last '<' belongs to tags already handled: copy it on, so the buffer stays small.
    if (!this.inTail) {
      const safe = this.bufferStart + this.buffer.lastIndexOf('<');
      if (safe > this.flushed) this.copyTo(safe);
    }
  }

  /** The part after <sheetData>, not yet emitted. */
  tail(): string {
    return this.buffer.slice(this.flushed - this.bufferStart);
  }
}

/** The tail with a <legacyDrawing r:id="…"/> put where the schema's element order wants it. */
function insertLegacyDrawing(tail: string, rootPrefix: string, id: string): string {
  const element = `<${rootPrefix}legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  const after =
    /<(?:[\w.-]+:)?(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst|AlternateContent)\b/.exec(
      tail,
    ) ?? new RegExp(`</${rootPrefix}worksheet\\s*>`).exec(tail);
  const index = after ? after.index : tail.length;
  return tail.slice(0, index) + element + tail.slice(index);
}

/** A streamed rewrite of one worksheet part: returns the new entry, or null when nothing had to change. */
export function patchSheet(
  book: XlsxBook,
  sheet: SheetRef,
  styles: StylesPatch,
  plan: SheetPlan,
  counts: { keptFills: number },
): DeflatedEntry | null {
  const entry = findEntry(book.zip, sheet.part);
  if (!entry) throw new OoxmlError('damaged', `${sheet.part} is missing`);
  const patcher = new SheetPatcher(sheet.part, entry.name, styles, plan, counts);
  const decoder = new TextDecoder('utf-8');
  inflateEntry(book.zip, entry, book.budget, (chunk) =>
    patcher.write(decoder.decode(chunk, { stream: true })),
  );
  patcher.write(decoder.decode());
  patcher.parser.close();

  // The part after <sheetData> is small (merges, validations, print settings): edited as a whole.
  let tail = patcher.tail();
  const legacyDrawing =
    /<(?:[\w.-]+:)?legacyDrawing\b[^>]*?\s[\w.-]*:?id\s*=\s*"([^"]*)"/.exec(tail)?.[1] ?? null;
  const insert = plan.onLegacyDrawing?.(legacyDrawing) ?? null;
  if (insert !== null) {
    tail = insertLegacyDrawing(tail, patcher.rootPrefix, insert);
    patcher.changed = true;
  }
  if (!patcher.changed) return null;
  patcher.out.emit(tail);
  patcher.out.flush();
  return patcher.out.entry;
}
