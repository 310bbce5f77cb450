// The notice as a .docx built in Apps Script (WordprocessingML text + Utilities.zip): GB/T 9704 layout with “— N —”.
//
// DocumentApp has no way to insert a page-number field (its Footer offers paragraphs, tables and images only:
// https://developers.google.com/apps-script/reference/document/footer-section), so the Google Doc cannot carry
// the page numbers GB/T 9704 asks for. This file can: the same layoutNotice paragraphs, page and fonts as the
// CLI's renderer (src/cli/render/docx.ts), with a PAGE field in odd and even footers. The `docx` package the
// CLI uses would not fit in the Apps Script bundle, and the XML it writes is this small.
import { type LayoutParagraph, LINE_PT, layoutNotice, type NoticeDocument, PAGE, SIZES } from '../core';

type Utilities = GoogleAppsScript.Utilities.Utilities;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TWIPS_PER_PT = 20;
const twipsOfMm = (mm: number) => Math.round((mm / 25.4) * 1440);
const LINE_TWIPS = Math.round(LINE_PT * TWIPS_PER_PT);
/** GB/T 9704: page numbers in 4号 半角宋体. */
const PAGE_NUMBER_FONT = '宋体';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text for XML: the five entities escaped, and characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function fonts(name: string): string {
  const n = xmlText(name);
  return `<w:rFonts w:ascii="${n}" w:eastAsia="${n}" w:hAnsi="${n}" w:cs="${n}"/>`;
}

function run(text: string, font: string, sizePt: number, bold: boolean): string {
  const b = bold ? '<w:b/><w:bCs/>' : '';
  return `<w:r><w:rPr>${fonts(font)}${b}<w:sz w:val="${sizePt * 2}"/><w:szCs w:val="${sizePt * 2}"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

const JC = { center: 'center', justify: 'both', left: 'left', right: 'right' } as const;

function paragraph(p: LayoutParagraph, notice: NoticeDocument): string {
  const charTwips = p.sizePt * TWIPS_PER_PT;
  const indent =
    p.firstLineChars > 0 || p.rightChars > 0
      ? `<w:ind w:firstLine="${p.firstLineChars * charTwips}" w:firstLineChars="${p.firstLineChars * 100}"${
          p.rightChars > 0 ? ` w:right="${Math.round(p.rightChars * charTwips)}"` : ''
        }/>`
      : '';
  const pPr =
    (p.keepNext ? '<w:keepNext/>' : '') +
    `<w:spacing w:before="${p.linesBefore * LINE_TWIPS}" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/>` +
    indent +
    `<w:jc w:val="${JC[p.align]}"/>`;
  const runs = p.runs
    .filter((r) => r.text.length > 0)
    .map((r) => run(r.text, notice.fonts[r.font ?? p.font], p.sizePt, r.bold === true))
    .join('');
  return `<w:p><w:pPr>${pPr}</w:pPr>${runs}</w:p>`;
}

/** “— N —” outside-aligned, one character in from the text block's edge: odd pages right, even pages left. */
function footer(align: 'left' | 'right'): string {
  const oneChar = SIZES.pageNumber * TWIPS_PER_PT;
  const rPr = `<w:rPr>${fonts(PAGE_NUMBER_FONT)}<w:sz w:val="${SIZES.pageNumber * 2}"/><w:szCs w:val="${SIZES.pageNumber * 2}"/></w:rPr>`;
  const t = (text: string) => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const field =
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${rPr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r>${t('1')}` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r>`;
  const ind = align === 'right' ? `<w:ind w:right="${oneChar}"/>` : `<w:ind w:left="${oneChar}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W}" xmlns:r="${R}">` +
    `<w:p><w:pPr><w:jc w:val="${align}"/>${ind}</w:pPr>${t('— ')}${field}${t(' —')}</w:p></w:ftr>`
  );
}

/** Every part of the package by its path in the zip. */
export function docxParts(notice: NoticeDocument): Record<string, string> {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const body = layoutNotice(notice)
    .map((p) => paragraph(p, notice))
    .join('');
  const sectPr =
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>' +
    '<w:footerReference w:type="even" r:id="rIdFooterEven"/>' +
    `<w:pgSz w:w="${twipsOfMm(PAGE.widthMm)}" w:h="${twipsOfMm(PAGE.heightMm)}"/>` +
    `<w:pgMar w:top="${twipsOfMm(PAGE.topMm)}" w:right="${twipsOfMm(PAGE.rightMm)}" w:bottom="${twipsOfMm(PAGE.bottomMm)}" w:left="${twipsOfMm(PAGE.leftMm)}" ` +
    // GB/T: the page number's dash sits 7 mm below the text block.
    `w:header="${twipsOfMm(15)}" w:footer="${twipsOfMm(PAGE.bottomMm - 7) - SIZES.pageNumber * TWIPS_PER_PT}" w:gutter="0"/></w:sectPr>`;
  const creator = xmlText(notice.issuer ?? '整改台账助手');
  return {
    '[Content_Types].xml':
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
      '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
    '_rels/.rels':
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
    'docProps/core.xml':
      `${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>${xmlText(notice.title)}</dc:title><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy></cp:coreProperties>`,
    'word/_rels/document.xml.rels':
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
      '<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' +
      '<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>' +
      '</Relationships>',
    'word/settings.xml': `${xml}<w:settings xmlns:w="${W}"><w:evenAndOddHeaders/></w:settings>`,
    'word/footer1.xml': footer('right'),
    'word/footer2.xml': footer('left'),
    'word/document.xml': `${xml}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sectPr}</w:body></w:document>`,
  };
}

/** The .docx as a Blob: one Utilities.newBlob per part and one Utilities.zip. */
export function docxBlob(
  utilities: Utilities,
  notice: NoticeDocument,
  fileName: string,
): GoogleAppsScript.Base.Blob {
  const parts = docxParts(notice);
  const blobs = Object.keys(parts).map((path) => utilities.newBlob(parts[path], 'application/xml', path));
  return utilities.zip(blobs, fileName).setContentType(DOCX_MIME);
}
