// XML helpers on saxes: a small element tree for small parts, local names without prefixes, and escaping.
import { SaxesParser } from 'saxes';
import { at } from '../core/arrays';
import { decodeXstring, encodeXstring } from '../core/xml-chars';
import { OoxmlError } from './errors';

export interface XmlElement {
  /** Local name: `x:row` and `row` are both 'row' (producers differ in the prefixes they use). */
  name: string;
  /** Attributes by qualified name and, when not taken, by local name (`r:id` is also `id`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (character data and CDATA directly inside it). */
  text: string;
}

export const localName = (qname: string) => {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
};

export function attributesOf(raw: Record<string, string>): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) attrs[key] = value;
  for (const [key, value] of Object.entries(raw)) {
    const local = localName(key);
    if (!(local in attrs)) attrs[local] = value;
  }
  return attrs;
}

/** A saxes parser without namespace processing (names keep their prefixes) that throws on malformed XML. */
export function saxesParser(part: string): SaxesParser {
  const parser = new SaxesParser({ position: true });
  parser.on('error', (error) => {
    throw new OoxmlError('damaged', `${part}: ${error.message}`);
  });
  return parser;
}

/** Parses a small part (workbook, relationships, styles, comments) into an element tree. */
export function parseXml(text: string, part: string): XmlElement {
  const parser = saxesParser(part);
  const root: XmlElement = { name: '', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: localName(tag.name),
      attrs: attributesOf(tag.attributes as Record<string, string>),
      children: [],
      text: '',
    };
    at(stack, stack.length - 1).children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    at(stack, stack.length - 1).text += t;
  });
  parser.on('cdata', (t) => {
    at(stack, stack.length - 1).text += t;
  });
  parser.write(text).close();
  const top = root.children[0];
  if (!top) throw new OoxmlError('damaged', `${part}: empty`);
  return top;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** The text of a rich or plain string item (`<si>`, `<is>`, `<text>`): its `<t>`s, without phonetic runs. */
export function richText(element: XmlElement | undefined): string {
  if (!element) return '';
  let text = '';
  for (const c of element.children) {
    if (c.name === 't') text += c.text;
    else if (c.name === 'r') text += richText(c);
  }
  return text;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for XML content or a double-quoted attribute (no _xHHHH_ step: see cellText for cells). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Text for a cell, note or shared string: Excel's _xHHHH_ form for controls and CR, then XML escaping. */
export function cellText(text: string): string {
  return escapeXml(encodeXstring(text));
}

/** Undoes Excel's _xHHHH_ escapes in text read from a part. */
export const unescapeOoxml = decodeXstring;

/** A part's text: UTF-8 (with or without BOM) or UTF-16 with BOM, as the XML spec lets producers write. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
