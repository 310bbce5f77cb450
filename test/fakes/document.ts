// DocumentApp: documents with a body of paragraphs, paragraph and character attributes, replaceText/findText, counted calls.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';
import { type DriveState, MimeType } from './drive';
import { FakeBlob } from './utilities';

export const HorizontalAlignment = Object.freeze({
  LEFT: 'LEFT',
  CENTER: 'CENTER',
  RIGHT: 'RIGHT',
  JUSTIFY: 'JUSTIFY',
});

/** DocumentApp.Attribute: the keys setAttributes accepts. */
export const Attribute = Object.freeze({
  BOLD: 'BOLD',
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  INDENT_END: 'INDENT_END',
  INDENT_FIRST_LINE: 'INDENT_FIRST_LINE',
  INDENT_START: 'INDENT_START',
  LINE_SPACING: 'LINE_SPACING',
  SPACING_AFTER: 'SPACING_AFTER',
  SPACING_BEFORE: 'SPACING_BEFORE',
  HEADING: 'HEADING',
  ITALIC: 'ITALIC',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  MARGIN_TOP: 'MARGIN_TOP',
  MARGIN_BOTTOM: 'MARGIN_BOTTOM',
  MARGIN_LEFT: 'MARGIN_LEFT',
  MARGIN_RIGHT: 'MARGIN_RIGHT',
  PAGE_WIDTH: 'PAGE_WIDTH',
  PAGE_HEIGHT: 'PAGE_HEIGHT',
});

export const ElementType = Object.freeze({
  BODY_SECTION: 'BODY_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  TEXT: 'TEXT',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  LIST_ITEM: 'LIST_ITEM',
});
export const ParagraphHeading = Object.freeze({ NORMAL: 'NORMAL', TITLE: 'TITLE', HEADING1: 'HEADING1' });

/** Character-level attributes (bold, font…), one object per character. */
type CharAttrs = Readonly<Record<string, unknown>>;
const CHARACTER_ATTRIBUTES = new Set(['BOLD', 'ITALIC', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR']);

/** The stored state of one paragraph; fake elements are views onto it. */
export interface ParagraphData {
  kind?: 'paragraph';
  text: string;
  attrs: Record<string, unknown>;
  chars: CharAttrs[];
}

/** A table: rows of cells, each cell a list of paragraphs (Google's TableCell holds paragraphs). */
export interface TableData {
  kind: 'table';
  rows: ParagraphData[][][];
}

export type BodyChild = ParagraphData | TableData;

const isTable = (c: BodyChild): c is TableData => c.kind === 'table';

export interface DocumentData {
  id: string;
  body: BodyChild[];
  page: {
    PAGE_WIDTH: number;
    PAGE_HEIGHT: number;
    MARGIN_TOP: number;
    MARGIN_BOTTOM: number;
    MARGIN_LEFT: number;
    MARGIN_RIGHT: number;
  };
  /** What a PDF export sees: the body as of the last saveAndClose (pending edits are not exported). */
  saved: string;
  closed: boolean;
}

function newParagraph(text: string, attrs: Record<string, unknown> = {}): ParagraphData {
  return { text, attrs: { ...attrs }, chars: Array.from({ length: text.length }, () => ({})) };
}

function tableText(t: TableData): string {
  return t.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n')).join('\t')).join('\n');
}

function childText(c: BodyChild): string {
  return isTable(c) ? tableText(c) : c.text;
}

function bodyText(doc: DocumentData): string {
  return doc.body.map(childText).join('\n');
}

/** Every paragraph in document order, those inside table cells included. */
function allParagraphs(doc: DocumentData): ParagraphData[] {
  const out: ParagraphData[] = [];
  for (const c of doc.body) {
    if (!isTable(c)) out.push(c);
    else for (const row of c.rows) for (const cell of row) out.push(...cell);
  }
  return out;
}

/** The list that holds a paragraph: the body's children, or a table cell's paragraphs; null when detached. */
function containerOf(doc: DocumentData, p: ParagraphData): BodyChild[] | ParagraphData[] | null {
  if (doc.body.includes(p)) return doc.body;
  for (const c of doc.body) {
    if (!isTable(c)) continue;
    for (const row of c.rows) for (const cell of row) if (cell.includes(p)) return cell;
  }
  return null;
}

function cloneParagraph(p: ParagraphData): ParagraphData {
  return { text: p.text, attrs: { ...p.attrs }, chars: p.chars.map((c) => ({ ...c })) };
}

function cloneTable(t: TableData): TableData {
  return { kind: 'table', rows: t.rows.map((row) => row.map((cell) => cell.map(cloneParagraph))) };
}

/** All documents of one environment, linked to the Drive fake so files and documents share ids. */
export class DocumentState {
  readonly docs = new Map<string, DocumentData>();
  constructor(readonly drive: DriveState) {
    drive.copyContent = (from, to) => {
      const src = this.docs.get(from);
      if (!src) return;
      this.docs.set(to, {
        ...structuredClone({ ...src, closed: false }),
        id: to,
      });
    };
    drive.exportPdf = (id) => this.docs.get(id)?.saved ?? '';
  }

  /**
   * A new document as Google creates it: US Letter, 1-inch margins, one empty paragraph, in My Drive's root.
   * byApp: made by the script (DocumentApp.create), so drive.file reaches it.
   */
  create(name: string, parents: string[] = ['root'], id?: string, byApp = true): DocumentData {
    const item = this.drive.add({
      name,
      mimeType: MimeType.GOOGLE_DOCS,
      parents,
      byApp,
      ...(id ? { id } : {}),
    });
    const doc: DocumentData = {
      id: item.id,
      body: [newParagraph('')],
      page: {
        PAGE_WIDTH: 612,
        PAGE_HEIGHT: 792,
        MARGIN_TOP: 72,
        MARGIN_BOTTOM: 72,
        MARGIN_LEFT: 72,
        MARGIN_RIGHT: 72,
      },
      saved: '',
      closed: false,
    };
    this.docs.set(doc.id, doc);
    return doc;
  }

  /**
   * A document a person made (a template), with paragraphs (and their attributes) and tables given: a table
   * is { table: [['cell text', …], …] }. Not byApp: drive.file does not reach it, DocumentApp does.
   */
  addDocument(
    name: string,
    children: (string | { text: string; attrs?: Record<string, unknown> } | { table: string[][] })[],
    options: { id?: string; parents?: string[] } = {},
  ): DocumentData {
    const doc = this.create(name, options.parents, options.id, false);
    doc.body = children.map((c) => {
      if (typeof c === 'string') return newParagraph(c);
      if ('table' in c)
        return { kind: 'table', rows: c.table.map((row) => row.map((t) => [newParagraph(t)])) } as TableData;
      return newParagraph(c.text, c.attrs);
    });
    doc.saved = bodyText(doc);
    return doc;
  }

  /** The text of the body's children (a table as its cells' text), uncounted. */
  texts(id: string): string[] {
    return this.get(id).body.map(childText);
  }

  /** The body's own paragraphs (tables left out), uncounted: their text, attributes and characters. */
  paragraphs(id: string): ParagraphData[] {
    return this.get(id).body.filter((c): c is ParagraphData => !isTable(c));
  }

  /** Each table of the body as rows of cell texts (a cell's paragraphs joined by newlines), uncounted. */
  tables(id: string): string[][][] {
    return this.get(id)
      .body.filter(isTable)
      .map((t) => t.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join('\n'))));
  }

  get(id: string): DocumentData {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`fake documents: no document ${id}`);
    return doc;
  }
}

function assertOpen(doc: DocumentData): void {
  if (doc.closed) throw new GasException('Document is closed, its contents cannot be updated.');
}

/** Apps Script hands search patterns to RE2 as strings; JavaScript's engine stands in for it. */
function pattern(search: string): RegExp {
  try {
    return new RegExp(search, 'g');
  } catch {
    throw new GasException(`Invalid regular expression: ${search}`);
  }
}

/**
 * The replacement string is read like Java's Matcher.appendReplacement, which DocumentApp is built on:
 * `$n` is a group and `\x` is a literal x, so unescaped user text with “$” breaks or changes. Callers must
 * escape (or avoid replaceText for such text).
 */
function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new GasException('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      const m = /^\d+/.exec(replacement.slice(i + 1));
      if (!m) throw new GasException('Illegal group reference');
      const group = Number(m[0]);
      if (group >= match.length) throw new GasException(`No group ${group}`);
      out += match[group] ?? '';
      i += m[0].length;
    } else out += c;
  }
  return out;
}

export class FakeText extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
    readonly _p: ParagraphData,
  ) {
    super(core);
  }
  private _range(start: number, end: number, args: number): [number, number] {
    if (args < 3) return [0, this._p.text.length - 1];
    if (start < 0 || end >= this._p.text.length || start > end) {
      throw new GasException(`Index (${end}) must be less than the content length (${this._p.text.length}).`);
    }
    return [start, end];
  }
  private _set(key: string, value: unknown, start: number, end: number, args: number): FakeText {
    assertOpen(this._doc);
    const [a, b] = this._range(start, end, args);
    for (let i = a; i <= b; i++) this._p.chars[i] = { ...this._p.chars[i], [key]: value };
    return this;
  }
  getText(): string {
    return this._p.text;
  }
  getType(): string {
    return ElementType.TEXT;
  }
  asText(): FakeText {
    return this;
  }
  /** A Text element's parent is the paragraph that holds it. */
  getParent(): FakeParagraph {
    return new FakeParagraph(this._core, this._doc, this._p);
  }
  /** setBold(bold) or setBold(start, endInclusive, bold). */
  setBold(a: number | boolean, b?: number, c?: boolean): FakeText {
    return typeof a === 'boolean' ? this._set('BOLD', a, 0, 0, 1) : this._set('BOLD', c, a, b!, 3);
  }
  setFontFamily(a: number | string, b?: number, c?: string): FakeText {
    return typeof a === 'string'
      ? this._set('FONT_FAMILY', a, 0, 0, 1)
      : this._set('FONT_FAMILY', c, a, b!, 3);
  }
  isBold(offset: number): boolean | null {
    return (
      (this._p.chars[offset]?.BOLD as boolean | undefined) ??
      (this._p.attrs.BOLD as boolean | undefined) ??
      null
    );
  }
  getFontFamily(offset: number): string | null {
    return (
      (this._p.chars[offset]?.FONT_FAMILY as string | undefined) ??
      (this._p.attrs.FONT_FAMILY as string | undefined) ??
      null
    );
  }
  deleteText(start: number, endInclusive: number): FakeText {
    assertOpen(this._doc);
    this._range(start, endInclusive, 3);
    this._p.text = this._p.text.slice(0, start) + this._p.text.slice(endInclusive + 1);
    this._p.chars.splice(start, endInclusive - start + 1);
    return this;
  }
  /** Inserted text takes the attributes of the character before it, as typing does. */
  insertText(offset: number, text: string): FakeText {
    assertOpen(this._doc);
    if (offset < 0 || offset > this._p.text.length)
      throw new GasException(`Offset ${offset} is out of bounds.`);
    const like = this._p.chars[offset - 1] ?? this._p.chars[offset] ?? {};
    this._p.text = this._p.text.slice(0, offset) + text + this._p.text.slice(offset);
    this._p.chars.splice(offset, 0, ...Array.from({ length: text.length }, () => ({ ...like })));
    return this;
  }
}

export class FakeRangeElement extends Fake {
  constructor(
    core: Core,
    readonly _text: FakeText,
    readonly _start: number,
    readonly _end: number,
  ) {
    super(core);
  }
  getElement(): FakeText {
    return this._text;
  }
  getStartOffset(): number {
    return this._start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return true;
  }
}

export class FakeParagraph extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
    readonly _p: ParagraphData,
  ) {
    super(core);
  }
  getType(): string {
    return ElementType.PARAGRAPH;
  }
  getText(): string {
    return this._p.text;
  }
  setText(text: string): FakeParagraph {
    assertOpen(this._doc);
    this._p.text = String(text);
    this._p.chars = Array.from({ length: this._p.text.length }, () => ({}));
    return this;
  }
  /** Merges the attributes; character attributes apply to every character too, as in Google Docs. */
  setAttributes(attributes: Record<string, unknown>): FakeParagraph {
    assertOpen(this._doc);
    for (const [key, value] of Object.entries(attributes)) {
      if (!(key in Attribute))
        throw new GasException(`Invalid argument: attributes (unknown attribute ${key})`);
      if (value === null || value === undefined) continue;
      this._p.attrs[key] = value;
      if (CHARACTER_ATTRIBUTES.has(key)) this._p.chars = this._p.chars.map((c) => ({ ...c, [key]: value }));
    }
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this._p.attrs };
  }
  editAsText(): FakeText {
    return new FakeText(this._core, this._doc, this._p);
  }
  /** The body, or the table cell that holds the paragraph. */
  getParent(): FakeBody | FakeTableCell | null {
    const container = containerOf(this._doc, this._p);
    if (container === null) return null;
    if (container === this._doc.body) return new FakeBody(this._core, this._doc);
    return new FakeTableCell(this._core, this._doc, container as ParagraphData[]);
  }
  /** A detached deep copy, to append elsewhere (Element.copy). */
  copy(): FakeParagraph {
    return new FakeParagraph(this._core, this._doc, cloneParagraph(this._p));
  }
  /** Google refuses to remove a section's last paragraph; the fake also keeps a table cell's last one. */
  removeFromParent(): FakeParagraph {
    assertOpen(this._doc);
    const container = containerOf(this._doc, this._p) as BodyChild[] | null;
    if (!container) return this;
    const i = container.indexOf(this._p);
    // A body always ends with a paragraph: its last one cannot go, whatever precedes it.
    if (i === container.length - 1)
      throw new GasException("Can't remove the last paragraph in a document section.");
    container.splice(i, 1);
    return this;
  }
}

export class FakeBody extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
  ) {
    super(core);
  }
  private _paragraph(p: ParagraphData): FakeParagraph {
    return new FakeParagraph(this._core, this._doc, p);
  }
  private _setPage(key: keyof DocumentData['page'], points: number): FakeBody {
    assertOpen(this._doc);
    if (typeof points !== 'number' || !(points >= 0)) throw new GasException(`Invalid argument: ${key}`);
    this._doc.page[key] = points;
    return this;
  }
  getType(): string {
    return ElementType.BODY_SECTION;
  }
  getText(): string {
    return bodyText(this._doc);
  }
  getNumChildren(): number {
    return this._doc.body.length;
  }
  /** An Element, as Google's getChild returns: asParagraph() or asTable() gives the typed view. */
  getChild(index: number): FakeElement {
    const c = this._doc.body[index];
    if (!c)
      throw new GasException(
        `Child index (${index}) must be less than the number of child elements (${this._doc.body.length}).`,
      );
    return new FakeElement(this._core, this._doc, c);
  }
  /** Only the body's own children: a paragraph inside a table cell is not one (Google throws). */
  getChildIndex(child: FakeParagraph | FakeTable | FakeElement): number {
    const data = child instanceof FakeTable ? child._t : child instanceof FakeElement ? child._c : child._p;
    const i = this._doc.body.indexOf(data);
    if (i < 0) throw new GasException('Element does not contain the specified child element.');
    return i;
  }
  getParagraphs(): FakeParagraph[] {
    return allParagraphs(this._doc).map((p) => this._paragraph(p));
  }
  /** A new paragraph at the end (text, or a detached copy of a paragraph); it takes no attributes from its neighbours. */
  appendParagraph(textOrParagraph: string | FakeParagraph): FakeParagraph {
    assertOpen(this._doc);
    const p =
      textOrParagraph instanceof FakeParagraph
        ? attachable(this._doc, textOrParagraph._p)
        : newParagraph(String(textOrParagraph));
    this._doc.body.push(p);
    return this._paragraph(p);
  }
  /** Appends a detached copy of a table (Table.copy()). */
  appendTable(table: FakeTable): FakeTable {
    assertOpen(this._doc);
    if (!(table instanceof FakeTable)) throw new GasException('Invalid argument: table');
    const t = containerOfTable(this._doc, table._t) ? cloneTable(table._t) : table._t;
    this._doc.body.push(t);
    return new FakeTable(this._core, this._doc, t);
  }
  insertParagraph(index: number, text: string): FakeParagraph {
    assertOpen(this._doc);
    if (index < 0 || index > this._doc.body.length)
      throw new GasException(`Index (${index}) is out of bounds.`);
    const p = newParagraph(String(text));
    this._doc.body.splice(index, 0, p);
    return this._paragraph(p);
  }
  /** Regex replace within each paragraph (a pattern never spans paragraphs), Java replacement syntax. */
  replaceText(searchPattern: string, replacement: string): FakeBody {
    assertOpen(this._doc);
    const re = pattern(searchPattern);
    for (const p of allParagraphs(this._doc)) {
      let out = '';
      const chars: CharAttrs[] = [];
      let last = 0;
      re.lastIndex = 0;
      for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
        out += p.text.slice(last, m.index);
        chars.push(...p.chars.slice(last, m.index));
        const rep = javaReplacement(String(replacement), m);
        const like = p.chars[m.index] ?? {};
        out += rep;
        chars.push(...Array.from({ length: rep.length }, () => ({ ...like })));
        last = m.index + m[0].length;
        if (m[0].length === 0) re.lastIndex++;
      }
      if (last === 0 && out === '') continue;
      out += p.text.slice(last);
      chars.push(...p.chars.slice(last));
      p.text = out;
      p.chars = chars;
    }
    return this;
  }
  /** The first match at or after `from` (a RangeElement findText returned), or null. */
  findText(searchPattern: string, from?: FakeRangeElement): FakeRangeElement | null {
    const re = pattern(searchPattern);
    const paragraphs = allParagraphs(this._doc);
    let startParagraph = 0;
    let startOffset = 0;
    if (from) {
      startParagraph = paragraphs.indexOf(from._text._p);
      startOffset = from._end + 1;
    }
    for (let i = Math.max(0, startParagraph); i < paragraphs.length; i++) {
      const p = paragraphs[i];
      re.lastIndex = i === startParagraph ? startOffset : 0;
      const m = re.exec(p.text);
      if (m && m[0].length > 0) {
        return new FakeRangeElement(
          this._core,
          new FakeText(this._core, this._doc, p),
          m.index,
          m.index + m[0].length - 1,
        );
      }
    }
    return null;
  }
  setPageWidth(points: number): FakeBody {
    return this._setPage('PAGE_WIDTH', points);
  }
  setPageHeight(points: number): FakeBody {
    return this._setPage('PAGE_HEIGHT', points);
  }
  setMarginTop(points: number): FakeBody {
    return this._setPage('MARGIN_TOP', points);
  }
  setMarginBottom(points: number): FakeBody {
    return this._setPage('MARGIN_BOTTOM', points);
  }
  setMarginLeft(points: number): FakeBody {
    return this._setPage('MARGIN_LEFT', points);
  }
  setMarginRight(points: number): FakeBody {
    return this._setPage('MARGIN_RIGHT', points);
  }
  getPageWidth(): number {
    return this._doc.page.PAGE_WIDTH;
  }
  getPageHeight(): number {
    return this._doc.page.PAGE_HEIGHT;
  }
  getMarginTop(): number {
    return this._doc.page.MARGIN_TOP;
  }
  getMarginBottom(): number {
    return this._doc.page.MARGIN_BOTTOM;
  }
  getMarginLeft(): number {
    return this._doc.page.MARGIN_LEFT;
  }
  getMarginRight(): number {
    return this._doc.page.MARGIN_RIGHT;
  }
}

/** A child of the body as Google's generic Element: its type, and the typed views. */
export class FakeElement extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
    readonly _c: BodyChild,
  ) {
    super(core);
  }
  getType(): string {
    return isTable(this._c) ? ElementType.TABLE : ElementType.PARAGRAPH;
  }
  asParagraph(): FakeParagraph {
    if (isTable(this._c)) throw new GasException('Cannot cast a TABLE element to PARAGRAPH.');
    return new FakeParagraph(this._core, this._doc, this._c);
  }
  asTable(): FakeTable {
    if (!isTable(this._c)) throw new GasException('Cannot cast a PARAGRAPH element to TABLE.');
    return new FakeTable(this._core, this._doc, this._c);
  }
  removeFromParent(): FakeElement {
    assertOpen(this._doc);
    const i = this._doc.body.indexOf(this._c);
    if (i < 0) return this;
    if (i === this._doc.body.length - 1)
      throw new GasException("Can't remove the last paragraph in a document section.");
    this._doc.body.splice(i, 1);
    return this;
  }
}

/** A copy may be appended once; appending an attached paragraph appends a copy of it. */
function attachable(doc: DocumentData, p: ParagraphData): ParagraphData {
  return containerOf(doc, p) ? cloneParagraph(p) : p;
}

function containerOfTable(doc: DocumentData, t: TableData): boolean {
  return doc.body.includes(t);
}

export class FakeTable extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
    readonly _t: TableData,
  ) {
    super(core);
  }
  getType(): string {
    return ElementType.TABLE;
  }
  getText(): string {
    return tableText(this._t);
  }
  getNumRows(): number {
    return this._t.rows.length;
  }
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    const cell = this._t.rows[rowIndex]?.[cellIndex];
    if (!cell)
      throw new GasException(`Child index (${rowIndex}) must be less than the number of child elements.`);
    return new FakeTableCell(this._core, this._doc, cell);
  }
  /** A detached deep copy (Element.copy). */
  copy(): FakeTable {
    return new FakeTable(this._core, this._doc, cloneTable(this._t));
  }
}

/** A table cell: a container of paragraphs, with the same child methods as the body. */
export class FakeTableCell extends Fake {
  constructor(
    core: Core,
    readonly _doc: DocumentData,
    readonly _cell: ParagraphData[],
  ) {
    super(core);
  }
  getType(): string {
    return ElementType.TABLE_CELL;
  }
  getText(): string {
    return this._cell.map((p) => p.text).join('\n');
  }
  getNumChildren(): number {
    return this._cell.length;
  }
  getChild(index: number): FakeParagraph {
    const p = this._cell[index];
    if (!p)
      throw new GasException(
        `Child index (${index}) must be less than the number of child elements (${this._cell.length}).`,
      );
    return new FakeParagraph(this._core, this._doc, p);
  }
  getChildIndex(child: FakeParagraph): number {
    const i = this._cell.indexOf(child._p);
    if (i < 0) throw new GasException('Element does not contain the specified child element.');
    return i;
  }
  appendParagraph(text: string): FakeParagraph {
    assertOpen(this._doc);
    const p = newParagraph(String(text));
    this._cell.push(p);
    return new FakeParagraph(this._core, this._doc, p);
  }
  insertParagraph(childIndex: number, text: string): FakeParagraph {
    assertOpen(this._doc);
    if (childIndex < 0 || childIndex > this._cell.length)
      throw new GasException(`Index (${childIndex}) is out of bounds.`);
    const p = newParagraph(String(text));
    this._cell.splice(childIndex, 0, p);
    return new FakeParagraph(this._core, this._doc, p);
  }
}

export class FakeDocument extends Fake {
  constructor(
    core: Core,
    readonly _state: DocumentState,
    readonly _doc: DocumentData,
  ) {
    super(core);
  }
  getId(): string {
    return this._doc.id;
  }
  getName(): string {
    return this._state.drive.items.get(this._doc.id)?.name ?? '';
  }
  setName(name: string): FakeDocument {
    const item = this._state.drive.items.get(this._doc.id);
    if (item) item.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this._doc.id}`;
  }
  getBody(): FakeBody {
    assertOpen(this._doc);
    return new FakeBody(this._core, this._doc);
  }
  /**
   * The document converted (Google: getAs("application/pdf") exports it as PDF); an export sees the content as
   * of the last saveAndClose. The fake PDF's bytes are the text, so tests can read what it holds.
   */
  getAs(contentType: string): FakeBlob {
    if (contentType !== MimeType.PDF)
      throw new GasException(`Converting from ${MimeType.GOOGLE_DOCS} to ${contentType} is not supported.`);
    const name = this._state.drive.items.get(this._doc.id)?.name ?? 'document';
    return new FakeBlob(this._core, `%PDF-1.4 fake\n${this._doc.saved}`, MimeType.PDF, `${name}.pdf`);
  }
  /** Flushes pending changes (exports see them from now on) and closes this Document object. */
  saveAndClose(): void {
    this._doc.saved = bodyText(this._doc);
    this._doc.closed = true;
  }
}

export class FakeDocumentApp extends Fake {
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  constructor(
    core: Core,
    readonly _state: DocumentState,
  ) {
    super(core);
  }
  /** A new document in the root of My Drive, as DocumentApp.create does. */
  create(name: string): FakeDocument {
    return new FakeDocument(this._core, this._state, this._state.create(String(name)));
  }
  openById(id: string): FakeDocument {
    const doc = this._state.docs.get(String(id));
    const item = this._state.drive.items.get(String(id));
    if (!doc || !item?.accessible) {
      throw new GasException("Document is missing (perhaps it was deleted, or you don't have read access?)");
    }
    // Each openById is a fresh, open Document object.
    doc.closed = false;
    return new FakeDocument(this._core, this._state, doc);
  }
  /**
   * DocumentApp.openByUrl(url) "Opens and returns the document with the specified URL"
   * (https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String)). Google does
   * not say which URL forms it takes; the fake accepts the two Google prints (…/document/d/<id>/… from the
   * address bar, and Document.getUrl()'s …/open?id=<id>) and refuses anything else, stricter than silence.
   */
  openByUrl(url: string): FakeDocument {
    const text = String(url);
    const m =
      /^https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]+)/.exec(text) ??
      /^https:\/\/docs\.google\.com\/open\?id=([A-Za-z0-9_-]+)/.exec(text);
    if (!m) throw new GasException('Invalid argument: url');
    return this.openById(m[1]);
  }
}

countCalls(FakeText, 'Text');
countCalls(FakeRangeElement, 'RangeElement');
countCalls(FakeParagraph, 'Paragraph');
countCalls(FakeBody, 'Body');
countCalls(FakeElement, 'Element');
countCalls(FakeTable, 'Table');
countCalls(FakeTableCell, 'TableCell');
countCalls(FakeDocument, 'Document');
countCalls(FakeDocumentApp, 'DocumentApp');
