// Reads a document to import (.docx, .pdf, .txt, .md, .html) into paragraphs, naming the file on failure.
import { extname } from 'node:path';
import type { Locale } from '../../core';
import { say } from '../../core/messages/bilingual';
import { IMPORT_SOURCE as M } from '../../core/messages/cli-import';
import { CliError } from '../errors';
import { readBytes } from '../workbook';
import { IMPORT_EXTENSIONS, type ImportSource, importSourceFromBytes } from './source-bytes';

export { IMPORT_EXTENSIONS, type ImportSource } from './source-bytes';

export async function readImportSource(path: string, locale: Locale): Promise<ImportSource> {
  const ext = extname(path).toLowerCase();
  if (!IMPORT_EXTENSIONS.includes(ext)) {
    const hint = ext === '.doc' || ext === '.wps' ? M.saveAsDocx : ext === '.ofd' ? M.saveAsPdf : null;
    throw new CliError(say(locale, M.unsupportedType({ path, ext, hint })));
  }
  const bytes = readBytes(path, locale);
  if (ext === '.pdf') {
    if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new CliError(say(locale, M.notPdf({ path })));
    const { PdfError, pdfParagraphs } = await import('./pdf');
    try {
      return { paragraphs: await pdfParagraphs(bytes), layout: 'lines' };
    } catch (error) {
      if (!(error instanceof PdfError)) throw error;
      throw new CliError(
        error.message === 'password'
          ? say(locale, M.pdfPassword({ path }))
          : say(locale, M.pdfDamaged({ path, detail: error.message })),
      );
    }
  }
  return importSourceFromBytes(bytes, path, ext, locale);
}
