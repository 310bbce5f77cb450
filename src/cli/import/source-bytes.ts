// A document to import (.docx, .txt, .md, .html) from its bytes, with no file system: the CLI and the offline page share it.
import type { Locale } from '../../core';
import {
  htmlParagraphs,
  type InputLayout,
  markdownParagraphs,
  type SourceParagraph,
  textParagraphs,
} from '../../core/import';
import { say } from '../../core/messages/bilingual';
import { IMPORT_SOURCE as M } from '../../core/messages/cli-import';
import { decodeText } from '../csv';
import { CliError } from '../errors';
import { DocxError, docxParagraphs } from './docx';

export interface ImportSource {
  paragraphs: SourceParagraph[];
  layout: InputLayout;
}

export const IMPORT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.markdown', '.html', '.htm'];

/** The paragraphs of a .docx, .txt, .md or .html file's bytes (`ext` with its dot); `path` names it in messages. */
export function importSourceFromBytes(
  bytes: Uint8Array,
  path: string,
  ext: string,
  locale: Locale,
): ImportSource {
  if (ext === '.docx') {
    try {
      return { paragraphs: docxParagraphs(bytes), layout: 'paragraphs' };
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      throw new CliError(say(locale, M.docxUnreadable({ path, detail: error.message })));
    }
  }
  const { text } = decodeText(bytes);
  if (ext === '.md' || ext === '.markdown') return { paragraphs: markdownParagraphs(text), layout: 'auto' };
  if (ext === '.html' || ext === '.htm') return { paragraphs: htmlParagraphs(text), layout: 'auto' };
  return { paragraphs: textParagraphs(text), layout: 'auto' };
}
