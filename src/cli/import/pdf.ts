// A .pdf's text layer as printed lines for the importer, through pdfjs-dist, loaded only when a PDF is read.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { SourceParagraph } from '../../core/import';

export class PdfError extends Error {}

interface TextItem {
  str: string;
  transform: number[];
  height: number;
  hasEOL?: boolean;
}

/**
 * One line per printed line, in reading order of each page (pdfjs gives items in content order; a new
 * line starts at an end-of-line mark or where the baseline moves). Bold is unknown: a PDF's fonts do not
 * say it reliably, so the importer does not rely on it here.
 */
export async function pdfParagraphs(bytes: Uint8Array): Promise<SourceParagraph[]> {
  // pdfjs-dist is ESM-only and large: imported here, on first use, so no other command pays for it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      // Predefined CJK encodings (UniGB-UCS2-H…) and the 14 standard fonts, for PDFs that do not embed them.
      // In Node, pdfjs reads these with fs: plain paths with a trailing separator, not file: URLs.
      cMapUrl: `${join(root, 'cmaps')}${sep}`,
      cMapPacked: true,
      standardFontDataUrl: `${join(root, 'standard_fonts')}${sep}`,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const e = error as Error;
    throw new PdfError(e.name === 'PasswordException' ? 'password' : e.message.split('\n')[0]);
  }
  const out: SourceParagraph[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      let y: number | null = null;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        // pdf.js gives every text item its 6-number matrix [a b c d e f]; f is the baseline's y.
        const itemY = item.transform[5] ?? 0;
        if (y !== null && Math.abs(itemY - y) > Math.max(2, item.height / 2) && line.trim() !== '') {
          out.push({ text: line });
          line = '';
        }
        line += item.str;
        if (item.str.trim() !== '') y = itemY;
        if (item.hasEOL) {
          out.push({ text: line });
          line = '';
          y = null;
        }
      }
      if (line.trim() !== '') out.push({ text: line });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}
