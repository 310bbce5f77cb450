// Plain text, Markdown and HTML as paragraphs for the importer, with bold where the markup says so.
import { captured } from '../text';
import type { SourceParagraph } from './model';

/** Plain text: one paragraph a line (a PDF's copied text is one printed line a line; the importer tells). */
export function textParagraphs(text: string): SourceParagraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => ({ text: line }));
}

const BOLD_MD = /\*\*([^*]+)\*\*|__([^_]+)__/g;

/**
 * Markdown: headings lose their #, list markers their bullet, emphasis its asterisks; a paragraph wholly in
 * **bold** (or a heading) is bold. Line breaks inside a paragraph are kept as lines.
 */
export function markdownParagraphs(text: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    let line = raw.trim();
    let bold = false;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      line = captured(heading, 1).replace(/\s+#+\s*$/, '');
      bold = true;
    }
    line = line.replace(/^(?:[-*+]\s+|>\s*)/, '');
    if (/^(?:\*\*[^*]+\*\*|__[^_]+__)$/.test(line)) bold = true;
    line = line.replace(BOLD_MD, (_m, a, b) => a ?? b).replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2');
    line = line.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
    out.push(bold ? { text: line, bold } : { text: line });
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const BLOCK = /^(?:p|div|h[1-6]|li|tr|td|th|br|section|article|blockquote|pre|title|table|ul|ol|dt|dd)$/i;

/**
 * HTML (a notice saved from a browser or from Word): block elements and <br> end paragraphs, <script> and
 * <style> are skipped, entities decoded; a paragraph whose text all sits in <b>/<strong>/<h1-6> is bold.
 * No DOM: this runs in the add-on and the offline page as well.
 */
export function htmlParagraphs(html: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let text = '';
  let boldText = '';
  let boldDepth = 0;
  const flush = () => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (t !== '') {
      const b = decodeEntities(boldText).replace(/\s+/g, '');
      out.push({ text: t, bold: b !== '' && b === t.replace(/\s+/g, '') });
    }
    text = '';
    boldText = '';
  };
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '');
  const re = /<\s*(\/?)\s*([a-z0-9]+)[^>]*>|([^<]+)/gi;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[3] !== undefined) {
      text += m[3];
      if (boldDepth > 0) boldText += m[3];
      continue;
    }
    const closing = captured(m, 1) === '/';
    const tag = captured(m, 2).toLowerCase();
    if (/^(?:b|strong|h[1-6])$/.test(tag)) boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
    if (BLOCK.test(tag)) flush();
  }
  flush();
  return out;
}
