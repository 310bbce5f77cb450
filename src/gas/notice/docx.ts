// The notice as a .docx built in Apps Script (WordprocessingML text + Utilities.zip): GB/T 9704 layout with “— N —”.
//
// DocumentApp has no way to insert a page-number field (its Footer offers paragraphs, tables and images only:
// https://developers.google.com/apps-script/reference/document/footer-section), so the Google Doc cannot carry
// the page numbers GB/T 9704 asks for. This file can. Every part but the body comes from the CLI's writer
// (src/cli/render/docx-parts.ts): package plumbing, properties, settings, the page, margins and grid, the
// “— N —” footers, font runs and XML escaping. The body's paragraphs stay formatted directly, without the
// CLI's styles and font table: those (and its table writer) would take Code.js over its 200 KB budget.

import {
  appPropsXml,
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  footerXml,
  LINE_TWIPS,
  type OptionalPart,
  packageRelsXml,
  R_NS,
  rFonts,
  sectionXml,
  settingsXml,
  sizeXml,
  W_NS,
} from '../../cli/render/docx-parts';
import { runContent } from '../../cli/render/docx-xml';
import { type LayoutParagraph, layoutNotice, type NoticeDocument } from '../../core';

type Utilities = GoogleAppsScript.Utilities.Utilities;

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const TWIPS_PER_PT = 20;
/** The parts of the CLI's package this one leaves out (see the top of the file). */
const OMITTED: OptionalPart[] = ['styles', 'fontTable'];

function run(text: string, font: string, sizePt: number, bold: boolean): string {
  const b = bold ? '<w:b/><w:bCs/>' : '';
  return `<w:r><w:rPr>${rFonts(font)}${b}${sizeXml(sizePt)}<w:lang w:eastAsia="zh-CN"/></w:rPr>${runContent(text)}</w:r>`;
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

/** Every part of the package by its path in the zip. */
export function docxParts(notice: NoticeDocument): Record<string, string> {
  const body = layoutNotice(notice)
    .map((p) => paragraph(p, notice))
    .join('');
  return {
    '[Content_Types].xml': contentTypesXml(OMITTED),
    '_rels/.rels': packageRelsXml(),
    'docProps/core.xml': corePropsXml(notice),
    'docProps/app.xml': appPropsXml(),
    'word/_rels/document.xml.rels': documentRelsXml(OMITTED),
    'word/settings.xml': settingsXml(),
    'word/footer1.xml': footerXml('right'),
    'word/footer2.xml': footerXml('left'),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectionXml()}</w:body></w:document>`,
  };
}

/** The .docx as a Blob: one Utilities.newBlob per part and one Utilities.zip. */
export function docxBlob(
  utilities: Utilities,
  notice: NoticeDocument,
  fileName: string,
): GoogleAppsScript.Base.Blob {
  const parts = docxParts(notice);
  const blobs = Object.entries(parts).map(([path, xml]) => utilities.newBlob(xml, 'application/xml', path));
  return utilities.zip(blobs, fileName).setContentType(DOCX_MIME);
}
