// Renders the notice as .docx bytes in the GB/T 9704-2012 layout; pure (no file system), so a browser page can call it.
import { Zip, ZipDeflate } from 'fflate';
import { type LayoutParagraph, type LayoutTable, layoutNotice, type NoticeDocument, SIZES } from '../../core';
import {
  appPropsXml,
  charsToTwips,
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  fontTableXml,
  footerXml,
  LINE_TWIPS,
  packageRelsXml,
  R_NS,
  rFonts,
  STYLE_OF,
  sectionXml,
  settingsXml,
  sizeXml,
  stylesXml,
  TEXT_WIDTH_TWIPS,
  W_NS,
} from './docx-parts';
import { runContent, splitAddresses, withBreakOpportunities } from './docx-xml';

export { DOCUMENT_AUTHOR, PAGE_NUMBER_FONT } from './docx-parts';

const ADDRESS_LANG = '<w:lang w:val="zh-CN"/>';
const STYLE_ALIGN = { title: 'center', body: 'justify', heading1: 'justify', heading2: 'justify' } as const;
const JC = { center: 'center', justify: 'both', left: 'left', right: 'right' } as const;

/**
 * One w:p. Only what differs from the paragraph's style is written, so a 100,000-problem notice stays a
 * fraction of the size. Indents are in grid characters (w:firstLineChars, w:rightChars: Word) with their
 * twips twin (LibreOffice), so they land on the character grid whatever the fonts' digit widths.
 */
function paragraphXml(p: LayoutParagraph, notice: NoticeDocument): string {
  const styleSize = p.font === 'title' ? SIZES.title : SIZES.body;
  const styleIndent = p.font === 'title' ? 0 : 2;
  let pPr = `<w:pStyle w:val="${STYLE_OF[p.font]}"/>`;
  if (p.keepNext && p.font !== 'title') pPr += '<w:keepNext/>';
  if (p.linesBefore > 0) pPr += `<w:spacing w:before="${p.linesBefore * LINE_TWIPS}"/>`;
  if (p.firstLineChars !== styleIndent || p.rightChars > 0) {
    const right =
      p.rightChars > 0
        ? ` w:right="${charsToTwips(p.rightChars)}" w:rightChars="${Math.round(p.rightChars * 100)}"`
        : '';
    pPr += `<w:ind${right} w:firstLine="${charsToTwips(p.firstLineChars)}" w:firstLineChars="${Math.round(
      p.firstLineChars * 100,
    )}"/>`;
  }
  if (p.align !== STYLE_ALIGN[p.font]) pPr += `<w:jc w:val="${JC[p.align]}"/>`;
  let runs = '';
  let addresses = false;
  for (const r of p.runs) {
    let rPr = '';
    if (r.font && r.font !== p.font) rPr += rFonts(notice.fonts[r.font]);
    if (r.bold) rPr += '<w:b/><w:bCs/>';
    if (p.sizePt !== styleSize) rPr += sizeXml(p.sizePt);
    for (const piece of splitAddresses(r.text)) {
      // An address may break anywhere, as a Chinese run does: LibreOffice breaks text by its language,
      // Word by the paragraph's w:wordWrap. Otherwise the line before it is stretched letter by letter.
      const props = piece.address ? `${rPr}${ADDRESS_LANG}` : rPr;
      addresses ||= piece.address;
      const text = piece.address ? piece.text : withBreakOpportunities(piece.text);
      runs += `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${runContent(text)}</w:r>`;
    }
  }
  if (addresses) pPr = pPr.replace(/(<w:pStyle [^>]*\/>(?:<w:keepNext\/>)?)/, '$1<w:wordWrap w:val="0"/>');
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

const RULE = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((b) => `<w:${b} ${RULE}/>`)
  .join('');

/**
 * A table of figures across the text block: single black rules, fixed column widths in proportion, the
 * header row bold and repeated on every page, the 合计 row bold, no row split across pages. Cell lines are
 * single-spaced and off the line grid (w:snapToGrid 0; LibreOffice would otherwise give every cell line the
 * 28.95 pt pitch): the 22-line body pitch would make a 40-unit table four pages long.
 */
function tableXml(t: LayoutTable): string {
  const weight = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w / weight) * TEXT_WIDTH_TWIPS));
  const cell = (text: string, i: number, bold: boolean, header: boolean) => {
    const jc = JC[header ? 'center' : (t.align[i] ?? 'left')];
    const rPr = `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${sizeXml(t.sizePt)}</w:rPr>`;
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${STYLE_OF.body}"/><w:snapToGrid w:val="0"/>\
<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0" w:firstLineChars="0"/>\
<w:jc w:val="${jc}"/></w:pPr><w:r>${rPr}${runContent(text)}</w:r></w:p></w:tc>`;
  };
  const row = (cells: string[], bold: boolean, header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells
      .map((c, i) => cell(c, i, bold, header))
      .join('')}</w:tr>`;
  let rows = row(t.header, true, true);
  for (const r of t.rows) rows += row(r, false, false);
  if (t.footer) rows += row(t.footer, true, false);
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH_TWIPS}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders>\
<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar>\
</w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}

/**
 * word/document.xml, written piece by piece: every paragraph and table of the layout, then the section
 * (page, margins, grid, footers). A 100,000-problem body is about 90 MB of XML; it is never one string.
 */
export function writeDocumentXml(notice: NoticeDocument, write: (xml: string) => void): void {
  write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>`,
  );
  for (const p of layoutNotice(notice)) write(p.table ? tableXml(p.table) : paragraphXml(p, notice));
  write(`${sectionXml()}</w:body></w:document>`);
}

const utf8 = new TextEncoder();
const CHUNK = 1 << 20;

/**
 * Encodes strings into 1 MB UTF-8 chunks and hands each full chunk on: the zip's deflater takes the body as
 * it is written, instead of a 90 MB string, its 90 MB encoding and the garbage of both.
 */
function chunkedUtf8(flush: (bytes: Uint8Array, final: boolean) => void) {
  let buf = new Uint8Array(CHUNK);
  let len = 0;
  return {
    write(text: string): void {
      // encodeInto writes at most 3 bytes per UTF-16 unit.
      if (len + text.length * 3 > buf.length) {
        if (len > 0) flush(buf.subarray(0, len), false);
        buf = new Uint8Array(Math.max(CHUNK, text.length * 3));
        len = 0;
      }
      len += utf8.encodeInto(text, buf.subarray(len)).written;
    },
    end(): void {
      flush(buf.subarray(0, len), true);
    },
  };
}

/**
 * The .docx file's bytes: [Content_Types].xml first (as Word writes it), then the package and document
 * relationships and the parts they name, the body last, streamed into fflate's deflater. Zip times are
 * the notice's date, so the bytes depend only on the notice.
 */
export function renderDocx(notice: NoticeDocument): Uint8Array {
  const out: Uint8Array[] = [];
  let failure = null as Error | null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  const mtime = zipTime(notice.noticeDate);
  const part = (name: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    // A property, not a constructor option: ZipDeflate ignores options other than the deflate ones, and the
    // zip would carry the time of writing instead (a test renders twice and compares the bytes).
    file.mtime = mtime;
    zip.add(file);
    return file;
  };
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypesXml()],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropsXml(notice)],
    ['docProps/app.xml', appPropsXml()],
    ['word/_rels/document.xml.rels', documentRelsXml()],
    ['word/styles.xml', stylesXml(notice)],
    ['word/settings.xml', settingsXml()],
    ['word/fontTable.xml', fontTableXml(notice)],
    ['word/footer1.xml', footerXml('right')],
    ['word/footer2.xml', footerXml('left')],
  ];
  for (const [name, xml] of parts) part(name).push(utf8.encode(xml), true);
  const document = part('word/document.xml');
  const body = chunkedUtf8((bytes, final) => document.push(bytes, final));
  writeDocumentXml(notice, body.write);
  body.end();
  zip.end();
  if (failure) throw failure;
  let size = 0;
  for (const c of out) size += c.length;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Zip entries carry DOS times, which only reach from 1980 to 2107: a date outside them gets 1980-01-01. */
function zipTime(date: string): string {
  const year = Number(date.slice(0, 4));
  return year >= 1980 && year <= 2099 ? `${date}T00:00:00` : '1980-01-01T00:00:00';
}
