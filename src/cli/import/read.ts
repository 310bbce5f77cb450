// Reads a document to import (.docx, .pdf, .txt, .md, .html) into paragraphs, naming the file on failure.
import { extname } from 'node:path';
import { type Locale, tr } from '../../core';
import { CliError } from '../errors';
import { readBytes } from '../workbook';
import { IMPORT_EXTENSIONS, type ImportSource, importSourceFromBytes } from './source-bytes';

export { IMPORT_EXTENSIONS, type ImportSource } from './source-bytes';

export async function readImportSource(path: string, locale: Locale): Promise<ImportSource> {
  const ext = extname(path).toLowerCase();
  if (!IMPORT_EXTENSIONS.includes(ext)) {
    const hint =
      ext === '.doc' || ext === '.wps'
        ? tr(locale, '（请在 Word 或 WPS 中另存为 .docx）', ' (save it as .docx in Word or WPS)')
        : ext === '.ofd'
          ? tr(locale, '（请另存为 PDF）', ' (save it as PDF)')
          : '';
    throw new CliError(
      tr(
        locale,
        `${path}: 不支持的文件类型“${ext || '无扩展名'}”，可导入 .docx、.pdf、.txt、.md、.html${hint}`,
        `${path}: unsupported file type "${ext || 'no extension'}"; import reads .docx, .pdf, .txt, .md and .html${hint}`,
      ),
    );
  }
  const bytes = readBytes(path, locale);
  if (ext === '.pdf') {
    if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0)
      throw new CliError(tr(locale, `${path}: 不是 PDF 文件`, `${path}: not a PDF file`));
    const { PdfError, pdfParagraphs } = await import('./pdf');
    try {
      return { paragraphs: await pdfParagraphs(bytes), layout: 'lines' };
    } catch (error) {
      if (!(error instanceof PdfError)) throw error;
      throw new CliError(
        error.message === 'password'
          ? tr(locale, `${path}: PDF 有打开密码，请先去掉密码`, `${path}: the PDF is password-protected`)
          : tr(
              locale,
              `${path}: PDF 已损坏，无法读取（${error.message}）`,
              `${path}: the PDF is damaged (${error.message})`,
            ),
      );
    }
  }
  return importSourceFromBytes(bytes, path, ext, locale);
}
