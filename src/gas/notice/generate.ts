// 生成通报: builds the notice from the ledger and writes it as a Google Doc (official layout or the office's template).
import {
  appendAll,
  buildNotice,
  escapeHtml,
  type Locale,
  layoutNotice,
  type NoticeDocument,
  type NoticeResult,
  type NoticeWarning,
  noticeItems,
} from '../../core';
import { type Bilingual, say } from '../../core/messages/bilingual';
import { noticeDialog as D, noticeDocProblems as P } from '../../core/messages/notice-doc';
import { runCommand } from '../platform/command';
import { createFile, moveToFolder } from '../platform/drive-files';
import { UserError } from '../platform/errors';
import { type LedgerContext, loadLedger } from '../platform/ledger-sheet';
import { resolveServices, type Services } from '../platform/services';
import { setPage, writeParagraphs } from './doc';
import { DOCX_MIME, docxBlob } from './docx';
import { fillTemplate } from './template';

type Body = GoogleAppsScript.Document.Body;
type DocumentApp = GoogleAppsScript.Document.DocumentApp;

const PDF = 'application/pdf';

export interface NoticeRun {
  documentId: string;
  url: string;
  name: string;
  /** The .docx with page numbers “— N —” (official layout only; null for a template's notice). */
  docxUrl: string | null;
  pdfUrl: string | null;
  /** Where the files are: the folder of 设置 › 通报保存文件夹ID, or My Drive (where DocumentApp.create puts a Doc). */
  folder: 'settings' | 'myDrive';
  /** Paragraphs written by this run (template mode: the inserted block paragraphs). */
  paragraphs: number;
  problemBlocks: number;
  warnings: NoticeWarning[];
}

/** The notice of the loaded ledger: the Doc and the sidebar's preview are built the same way. */
export function noticeOf(ctx: LedgerContext): NoticeResult {
  return buildNotice({
    problems: ctx.ledger!.problems,
    settings: ctx.settings,
    asOf: ctx.asOf,
    narrative: ctx.narrative,
    locale: ctx.locale,
  });
}

/** “<title> 2024-12-20”: the document's name in Drive. */
export function noticeName(notice: NoticeDocument): string {
  return `${notice.title} ${notice.noticeDate}`;
}

/**
 * The office's template, opened with DocumentApp: the `documents` scope reaches every Doc the user may open,
 * where DriveApp.getFileById would need `drive.readonly` (a restricted scope) and drive.file reaches only
 * files Rectify made (https://developers.google.com/apps-script/reference/document/document-app#openById(String)).
 */
function openTemplate(app: DocumentApp, id: string, locale: Locale): GoogleAppsScript.Document.Document {
  try {
    return app.openById(id);
  } catch {
    throw new UserError(say(locale, P.templateUnreadable({ id })), 'notice.template');
  }
}

/**
 * Copies the template's page and body into the new Doc, element by element (Element.copy and the Body's
 * append methods), so no Drive scope is needed to copy a file. Headers and footers are not copied. Returns how
 * many elements could not be copied (a table of contents, for one).
 */
function copyTemplate(from: Body, to: Body, app: DocumentApp): number {
  to.setPageWidth(from.getPageWidth())
    .setPageHeight(from.getPageHeight())
    .setMarginTop(from.getMarginTop())
    .setMarginBottom(from.getMarginBottom())
    .setMarginLeft(from.getMarginLeft())
    .setMarginRight(from.getMarginRight());
  const E = app.ElementType;
  let skipped = 0;
  const n = from.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = from.getChild(i);
    const type = child.getType();
    if (type === E.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
    else if (type === E.TABLE) to.appendTable(child.asTable().copy());
    else if (type === E.LIST_ITEM) to.appendListItem(child.asListItem().copy());
    else skipped++;
  }
  // A new Doc starts with one empty paragraph; the template's content begins instead.
  if (to.getNumChildren() > 1) to.getChild(0).removeFromParent();
  return skipped;
}

/** The dialog with the links; every piece of text escaped. */
export function noticeDialogHtml(run: NoticeRun, locale: Locale): string {
  const t = (text: Bilingual) => escapeHtml(say(locale, text));
  const link = (url: string, text: string) =>
    `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
  const warnings = run.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('');
  const where = t(run.folder === 'settings' ? D.inFolder : D.inMyDrive);
  const print = run.docxUrl
    ? `<p>${t(D.printDocx)}<br>${link(run.docxUrl, `${run.name}.docx`)}</p>`
    : `<p>${t(D.noPageNumbers)}</p>`;
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font-family:Arial,"Microsoft YaHei",sans-serif;font-size:13px;line-height:1.6;margin:4px 8px}ul{padding-left:18px}
</style></head><body>
<p>${t(D.ready)}<br>${link(run.url, run.name)}</p>
${print}
${run.pdfUrl ? `<p>${t(D.pdfCopy)}${link(run.pdfUrl, `${run.name}.pdf`)}</p>` : ''}
<p>${where} ${t(D.blocks({ n: run.problemBlocks }))}</p>
${warnings ? `<p>${t(D.pleaseNote)}</p><ul>${warnings}</ul>` : ''}
</body></html>`;
}

/** The Doc's body: the office's template filled in, or the official layout; returns the paragraphs written. */
function writeBody(
  body: Body,
  template: GoogleAppsScript.Document.Document | null,
  result: NoticeResult,
  ctx: LedgerContext,
  app: DocumentApp,
): number {
  const { notice, warnings } = result;
  if (!template) {
    setPage(body);
    const paragraphs = writeParagraphs(body, layoutNotice(notice), notice.fonts, app);
    // A new document starts with one empty paragraph; the notice begins with its title instead.
    body.getChild(0).removeFromParent();
    return paragraphs;
  }
  const skipped = copyTemplate(template.getBody(), body, app);
  if (skipped > 0)
    warnings.push({
      code: 'notice.templateSkipped',
      message: say(ctx.locale, P.templateSkipped({ n: skipped })),
    });
  const before = body.getNumChildren();
  appendAll(warnings, fillTemplate(body, notice, ctx.settings, ctx.locale, app));
  return Math.max(0, body.getNumChildren() - before);
}

/** Moves the Doc into 设置's folder when Rectify may; a folder it may not use is a warning, and the Doc stays put. */
function placeDoc(
  s: Services,
  documentId: string,
  ctx: LedgerContext,
  warnings: NoticeWarning[],
): string | null {
  const folderId = ctx.settings.noticeFolderId.trim();
  if (folderId === '') return null;
  if (moveToFolder(s.drive, documentId, folderId)) return folderId;
  warnings.push({
    code: 'notice.folderFallback',
    message: say(ctx.locale, P.folderFallback({ id: folderId })),
  });
  return null;
}

/**
 * Menu 生成通报. One read of the spreadsheet; the document calls grow with paragraphs, not characters. The Doc is
 * made by DocumentApp.create (scope `documents`), which puts it in My Drive; the .docx and the PDF are uploaded
 * and the Doc moved with the advanced Drive service, which honours drive.file (see drive-files.ts).
 */
export function generateNotice(services?: Services): NoticeRun | undefined {
  const s = resolveServices(services);
  return runCommand('generateNotice', s, (env) => {
    const ctx = loadLedger(s, { narrative: true });
    const { locale, settings } = ctx;
    const result = noticeOf(ctx);
    const { notice, warnings } = result;
    env.toast(say(locale, D.writing), locale);
    const name = noticeName(notice);
    const app = s.document;
    const templateId = settings.templateDocId.trim();
    // The template first: an ID that cannot be opened stops the run before anything is made.
    const template = templateId !== '' ? openTemplate(app, templateId, locale) : null;
    const doc = app.create(name);
    const paragraphs = writeBody(doc.getBody(), template, result, ctx, app);
    const documentId = doc.getId();
    const url = doc.getUrl();
    // Pending edits reach the PDF export only after saveAndClose.
    doc.saveAndClose();
    const target = placeDoc(s, documentId, ctx, warnings);
    const docx = template
      ? null
      : createFile(s.drive, docxBlob(s.utilities, notice, `${name}.docx`), `${name}.docx`, DOCX_MIME, target);
    const pdf = settings.pdfCopy
      ? createFile(s.drive, app.openById(documentId).getAs(PDF), `${name}.pdf`, PDF, target)
      : null;
    const run: NoticeRun = {
      documentId,
      url,
      name,
      docxUrl: docx?.url ?? null,
      pdfUrl: pdf?.url ?? null,
      folder: target ? 'settings' : 'myDrive',
      paragraphs,
      problemBlocks: noticeItems(notice).length,
      warnings,
    };
    const output = s.html
      .createHtmlOutput(noticeDialogHtml(run, locale))
      .setWidth(520)
      .setHeight(warnings.length > 0 ? 420 : 300);
    env.ui.showModalDialog(output, say(locale, D.title));
    return run;
  });
}
