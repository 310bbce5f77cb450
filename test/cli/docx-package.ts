// Checks an OOXML package the way Word opens one: content types, relationships, required parts, well-formed XML.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with saxes (namespaces on): throws on anything that is not well-formed XML 1.0. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#root', uri: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attributes[k] = typeof a === 'string' ? a : a.value;
    const el: XmlElement = { name: tag.name, uri: tag.uri ?? '', attributes, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** The decoded text of each w:p (w:t contents; zero-width spaces are break hints, not text). */
export function paragraphTexts(document: XmlElement): string[] {
  return [...walk(document)]
    .filter((e) => e.name === 'w:p')
    .map((p) =>
      [...walk(p)]
        .filter((e) => e.name === 'w:t')
        .map((t) => t.text.replace(/\u200b/g, ''))
        .join(''),
    );
}

function resolve(base: string, target: string): string {
  const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
  const parts: string[] = [];
  for (const seg of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Every problem Word would stop at, as sentences (empty when the package is sound): each part has a
 * content type, every relationship points at a part that exists, ids are unique, the main document is
 * reachable, every XML part is well-formed, and no part is left unreferenced.
 */
export async function packageProblems(
  bytes: Uint8Array,
): Promise<{ problems: string[]; parts: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const parts = new Map<string, string>();
  for (const n of names) parts.set(n, await zip.files[n].async('string'));
  const problems: string[] = [];
  const xml = new Map<string, XmlElement>();
  for (const [n, text] of parts) {
    try {
      xml.set(n, parseXml(text));
    } catch (e) {
      problems.push(`${n} is not well-formed: ${(e as Error).message}`);
    }
  }
  const types = xml.get('[Content_Types].xml');
  if (!types || types.uri !== CT_NS) return { problems: [...problems, 'no [Content_Types].xml'], parts };
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const c of types.children) {
    if (c.name === 'Default') defaults.set(c.attributes.Extension.toLowerCase(), c.attributes.ContentType);
    if (c.name === 'Override') overrides.set(c.attributes.PartName.slice(1), c.attributes.ContentType);
  }
  const typeOf = (n: string) =>
    overrides.get(n) ?? defaults.get(n.slice(n.lastIndexOf('.') + 1).toLowerCase());
  for (const n of names)
    if (n !== '[Content_Types].xml' && !typeOf(n)) problems.push(`${n} has no content type`);
  for (const o of overrides.keys()) if (!parts.has(o)) problems.push(`content type for missing part ${o}`);
  const referenced = new Set<string>();
  for (const [n, root] of xml) {
    if (!n.endsWith('.rels')) continue;
    if (root.uri !== REL_NS) problems.push(`${n}: wrong namespace`);
    const source = n === '_rels/.rels' ? '' : n.replace(/_rels\/([^/]+)\.rels$/, '$1');
    const ids = new Set<string>();
    for (const r of root.children) {
      if (ids.has(r.attributes.Id)) problems.push(`${n}: duplicate Id ${r.attributes.Id}`);
      ids.add(r.attributes.Id);
      if (r.attributes.TargetMode === 'External') continue;
      const target = resolve(source, r.attributes.Target);
      referenced.add(target);
      if (!parts.has(target)) problems.push(`${n}: ${r.attributes.Id} points at missing ${target}`);
    }
  }
  const main = xml.get('_rels/.rels')?.children.find((r) => r.attributes.Type === OFFICE_DOC)
    ?.attributes.Target;
  if (!main) problems.push('no officeDocument relationship');
  else if (typeOf(resolve('', main)) !== MAIN) problems.push(`${main} is not a WordprocessingML main part`);
  for (const n of names)
    if (!n.endsWith('.rels') && n !== '[Content_Types].xml' && !referenced.has(n))
      problems.push(`${n} is not referenced by any relationship`);
  return { problems, parts };
}
