// A .docx as paragraphs for the importer: word/document.xml read with fflate and saxes (no Node APIs).
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import type { SourceParagraph } from '../../core/import';

export class DocxError extends Error {}

/** w:b, w:b w:val="1"/"true"/"on" are bold; w:val="0"/"false"/"off" switches bold off (ECMA-376 17.3.2.1). */
function isOn(attributes: Record<string, string>): boolean {
  const v = attributes['w:val'];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/**
 * The body's paragraphs in order (table cells included, each cell paragraph on its own), with bold when
 * every run that holds text is bold. Deleted text of tracked changes (w:delText) and field codes
 * (w:instrText) are not text of the document and are left out; a tab is a space, a line break a new line.
 */
export function docxParagraphs(bytes: Uint8Array): SourceParagraph[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch (error) {
    throw new DocxError(`not a .docx (zip) file: ${(error as Error).message}`);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new DocxError('no word/document.xml: not a Word document');
  const parser = new SaxesParser();
  const out: SourceParagraph[] = [];
  let text = '';
  let boldChars = 0;
  let plainChars = 0;
  let inRun = false;
  let inRunProps = false;
  let runBold = false;
  let inText = false;
  let inParagraph = false;
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'w:p':
        inParagraph = true;
        text = '';
        boldChars = 0;
        plainChars = 0;
        break;
      case 'w:r':
        inRun = true;
        runBold = false;
        break;
      case 'w:rPr':
        if (inRun) inRunProps = true;
        break;
      case 'w:b':
        if (inRunProps) runBold = isOn(attrs);
        break;
      case 'w:t':
        inText = inRun;
        break;
      case 'w:tab':
        if (inRun && !inRunProps) text += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun) text += '\n';
        break;
    }
  });
  parser.on('text', (t) => {
    if (!inText) return;
    text += t;
    const n = t.replace(/\s+/g, '').length;
    if (runBold) boldChars += n;
    else plainChars += n;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:rPr':
        inRunProps = false;
        break;
      case 'w:r':
        inRun = false;
        break;
      case 'w:p':
        if (inParagraph) out.push({ text, bold: boldChars > 0 && plainChars === 0 });
        inParagraph = false;
        break;
    }
  });
  try {
    parser.write(new TextDecoder('utf-8').decode(xml)).close();
  } catch (error) {
    throw new DocxError(`word/document.xml is damaged: ${(error as Error).message.split('\n')[0]}`);
  }
  return out;
}
