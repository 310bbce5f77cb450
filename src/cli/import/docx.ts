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

/** Reads word/document.xml's events into paragraphs: where we are (run, run properties, text) and the text so far. */
class ParagraphReader {
  readonly paragraphs: SourceParagraph[] = [];
  private text = '';
  private boldChars = 0;
  private plainChars = 0;
  private inRun = false;
  private inRunProps = false;
  private runBold = false;
  private inText = false;
  private inParagraph = false;

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case 'w:p':
        this.inParagraph = true;
        this.text = '';
        this.boldChars = 0;
        this.plainChars = 0;
        break;
      case 'w:r':
        this.inRun = true;
        this.runBold = false;
        break;
      case 'w:rPr':
        if (this.inRun) this.inRunProps = true;
        break;
      case 'w:b':
        if (this.inRunProps) this.runBold = isOn(attrs);
        break;
      case 'w:t':
        this.inText = this.inRun;
        break;
      case 'w:tab':
        if (this.inRun && !this.inRunProps) this.text += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (this.inRun) this.text += '\n';
        break;
    }
  }

  characters(t: string): void {
    if (!this.inText) return;
    this.text += t;
    const n = t.replace(/\s+/g, '').length;
    if (this.runBold) this.boldChars += n;
    else this.plainChars += n;
  }

  close(name: string): void {
    switch (name) {
      case 'w:t':
        this.inText = false;
        break;
      case 'w:rPr':
        this.inRunProps = false;
        break;
      case 'w:r':
        this.inRun = false;
        break;
      case 'w:p':
        if (this.inParagraph)
          this.paragraphs.push({ text: this.text, bold: this.boldChars > 0 && this.plainChars === 0 });
        this.inParagraph = false;
        break;
    }
  }
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
  const reader = new ParagraphReader();
  parser.on('opentag', (tag) => reader.open(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (t) => reader.characters(t));
  parser.on('closetag', (tag) => reader.close(tag.name));
  try {
    parser.write(new TextDecoder('utf-8').decode(xml)).close();
  } catch (error) {
    throw new DocxError(`word/document.xml is damaged: ${(error as Error).message.split('\n')[0]}`);
  }
  return reader.paragraphs;
}
