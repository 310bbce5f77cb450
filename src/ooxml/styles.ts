// styles.xml as colour changes it: fills classified, and fills, fonts and cell formats appended, never edited.
import { at } from '../core/arrays';
import { OoxmlError } from './errors';
import { child, parseXml } from './xml';

/** A fill as colour sees it: null for no fill, '#rrggbb' for a solid RGB fill, 'other' for anything else. */
export type FillClass = string | null | 'other';

const P = '(?:[A-Za-z_][\\w.-]*:)?';

/** A section of styles.xml (`<fills …>…</fills>`): where its items start and end, and its raw items. */
interface Section {
  prefix: string;
  /** Offsets of the opening tag and of the closing tag in the part's text. */
  open: { start: number; end: number };
  close: number;
  items: string[];
}

function section(text: string, name: string, item: string): Section | null {
  const open = new RegExp(`<(${P})${name}\\b[^>]*?(/?)>`).exec(text);
  if (!open) return null;
  const prefix = at(open, 1);
  const openEnd = open.index + open[0].length;
  if (open[2] === '/') {
    return { prefix, open: { start: open.index, end: openEnd }, close: -1, items: [] };
  }
  const close = text.indexOf(`</${prefix}${name}>`, openEnd);
  if (close < 0) throw new OoxmlError('damaged', `styles: <${name}> is not closed`);
  const body = text.slice(openEnd, close);
  const items: string[] = [];
  const re = new RegExp(`<${P}${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${P}${item}>)`, 'g');
  for (let m = re.exec(body); m; m = re.exec(body)) items.push(at(m, 0));
  return { prefix, open: { start: open.index, end: openEnd }, close, items };
}

/** Sets (or adds) an attribute on an element's start tag, leaving the rest of the element as it was. */
export function setAttribute(element: string, name: string, value: string): string {
  const end = element.indexOf('>');
  const selfClosing = element[end - 1] === '/';
  const tagEnd = selfClosing ? end - 1 : end;
  const start = element.slice(0, tagEnd);
  const re = new RegExp(`(\\s)${name}\\s*=\\s*(["'])[^"']*\\2`);
  const next = re.test(start)
    ? start.replace(re, `$1${name}="${value}"`)
    : `${start.replace(/\s+$/, '')} ${name}="${value}"`;
  return next + element.slice(tagEnd);
}

function attribute(element: string, name: string): string | undefined {
  const start = element.slice(0, element.indexOf('>'));
  const m = new RegExp(`\\s${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(start);
  return m ? m[2] : undefined;
}

export function classifyFill(raw: string): FillClass {
  const fill = parseXml(raw, 'styles fill');
  const pattern = child(fill, 'patternFill');
  if (!pattern) return 'other';
  // ECMA-376 §18.8.32: patternType is optional, and a patternFill without it paints nothing.
  const type = pattern.attrs.patternType;
  if (!type || type === 'none') return null;
  if (type !== 'solid') return 'other';
  const rgb = child(pattern, 'fgColor')?.attrs.rgb;
  return typeof rgb === 'string' && rgb.length === 8 ? `#${rgb.slice(2).toLowerCase()}` : 'other';
}

const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** The cell formats and fills of a workbook, and what colouring appends to them. */
export class StylesPatch {
  private readonly fills: FillClass[];
  private readonly xfs: string[];
  private readonly fonts: string[];
  private readonly fillSection: Section;
  private readonly xfSection: Section;
  private readonly fontSection: Section;
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly fillOfColour = new Map<string, number>();
  private readonly derived = new Map<string, number>();
  /** True when styles.xml did not exist and is written new. */
  readonly created: boolean;

  constructor(private readonly text: string | null) {
    this.created = text === null;
    const source = text ?? DEFAULT_STYLES;
    const fills = section(source, 'fills', 'fill');
    const xfs = section(source, 'cellXfs', 'xf');
    const fonts = section(source, 'fonts', 'font');
    if (!fills || !xfs || !fonts) throw new OoxmlError('damaged', 'styles.xml lacks fonts, fills or cellXfs');
    this.fillSection = fills;
    this.xfSection = xfs;
    this.fontSection = fonts;
    this.fills = fills.items.map(classifyFill);
    this.xfs = xfs.items;
    this.fonts = fonts.items;
  }

  private xf(index: number): string {
    return this.xfs[index] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** The fill of a cell format as colour sees it. */
  fillOf(xfIndex: number): FillClass {
    const id = Number(attribute(this.xf(xfIndex), 'fillId') ?? 0);
    return this.fills[id] ?? null;
  }

  private fillFor(colour: string | null): number {
    const key = colour ?? 'none';
    const known = this.fillOfColour.get(key);
    if (known !== undefined) return known;
    let index = this.fills.indexOf(colour);
    if (index < 0) {
      const p = this.fillSection.prefix;
      this.newFills.push(
        colour === null
          ? `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`
          : `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${colour.slice(1).toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
      );
      index = this.fills.length + this.newFills.length - 1;
    }
    this.fillOfColour.set(key, index);
    return index;
  }

  /** A cell format like `xfIndex` but with the given fill (null: none); appended once per pair. */
  withFill(xfIndex: number, colour: string | null): number {
    const key = `${xfIndex}|${colour}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const fillId = this.fillFor(colour);
    const xf = setAttribute(setAttribute(this.xf(xfIndex), 'fillId', String(fillId)), 'applyFill', '1');
    this.newXfs.push(xf);
    const index = this.xfs.length + this.newXfs.length - 1;
    this.derived.set(key, index);
    return index;
  }

  /** A cell format for the legend sheet: the default font made bold (and sized), with an optional fill. */
  legendFormat(options: { bold?: boolean; size?: number; fill?: string }): number {
    const key = `legend|${options.bold}|${options.size}|${options.fill}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let xf = this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (options.bold || options.size) {
      const p = this.fontSection.prefix;
      const base = (this.fonts[0] ?? `<${p}font></${p}font>`).replace(
        new RegExp(`<${P}(b|sz)\\b[^>]*?(/>|>[^<]*</${P}\\1>)`, 'g'),
        '',
      );
      const extra = `${options.bold ? `<${p}b/>` : ''}${options.size ? `<${p}sz val="${options.size}"/>` : ''}`;
      const font = base.endsWith('/>')
        ? `${base.slice(0, -2)}>${extra}</${p}font>`
        : base.replace(/^(<[^>]*>)/, `$1${extra}`);
      this.newFonts.push(font);
      xf = setAttribute(
        setAttribute(xf, 'fontId', String(this.fonts.length + this.newFonts.length - 1)),
        'applyFont',
        '1',
      );
    }
    if (options.fill)
      xf = setAttribute(setAttribute(xf, 'fillId', String(this.fillFor(options.fill))), 'applyFill', '1');
    xf = setAttribute(xf, 'numFmtId', '0');
    this.newXfs.push(xf);
    const index = this.xfs.length + this.newXfs.length - 1;
    this.derived.set(key, index);
    return index;
  }

  /** The new styles.xml, or null when nothing was appended (the part is then copied as it was). */
  result(): string | null {
    if (this.newFills.length + this.newXfs.length + this.newFonts.length === 0 && !this.created) return null;
    let text = this.text ?? DEFAULT_STYLES;
    // Later sections first, so earlier offsets stay valid; each section gets its items and a new count.
    const edits = [
      {
        s: this.fontSection,
        add: this.newFonts,
        total: this.fonts.length + this.newFonts.length,
        name: 'fonts',
      },
      {
        s: this.fillSection,
        add: this.newFills,
        total: this.fills.length + this.newFills.length,
        name: 'fills',
      },
      { s: this.xfSection, add: this.newXfs, total: this.xfs.length + this.newXfs.length, name: 'cellXfs' },
    ].sort((a, b) => b.s.open.start - a.s.open.start);
    for (const { s, add, total, name } of edits) {
      if (add.length === 0) continue;
      const openTag = setAttribute(`${text.slice(s.open.start, s.open.end)}`, 'count', String(total));
      if (s.close < 0) {
        // A self-closing <fills/>: give it content.
        text = `${text.slice(0, s.open.start)}${openTag.replace(/\s*\/>$/, '>')}${add.join('')}</${s.prefix}${name}>${text.slice(s.open.end)}`;
      } else {
        text = `${text.slice(0, s.open.start)}${openTag}${text.slice(s.open.end, s.close)}${add.join('')}${text.slice(s.close)}`;
      }
    }
    return text;
  }
}
