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
  tr,
} from '../../core';
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
    throw new UserError(
      tr(
        locale,
        `设置中的“通报模板文档ID”（${id}）无法打开，本次未生成通报。请核对ID（文档网址 /d/ 后面那一串），并确认您的账号能打开这份 Google 文档（不是 Word 文件；Word 模板请先在云端硬盘中“用 Google 文档打开”并另存）。`,
        `The "Template document ID" in Settings (${id}) cannot be opened; no notice was made. Check the ID (the part after /d/ in the document's address) and that your account can open that Google Doc (a Word file must first be opened with Google Docs and saved as one).`,
      ),
      'notice.template',
    );
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
  const t = (zh: string, en: string) => escapeHtml(tr(locale, zh, en));
  const link = (url: string, text: string) =>
    `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
  const warnings = run.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('');
  const where =
    run.folder === 'settings'
      ? t('文件保存在设置指定的文件夹中。', 'The files are in the folder named in Settings.')
      : t(
          '文件保存在“我的云端硬盘”的根目录（新建的 Google 文档都放在那里），可在云端硬盘中移动。',
          'The files are in the top level of My Drive, where every new Google Doc goes; move them in Drive if you like.',
        );
  const print = run.docxUrl
    ? `<p>${t('打印和报送请用这份 Word 文件，它按 GB/T 9704 排版并带页码“— N —”：', 'To print or file, use this Word file: GB/T 9704 layout with page numbers “— N —”:')}<br>${link(run.docxUrl, `${run.name}.docx`)}</p>`
    : `<p>${t('脚本无法在 Google 文档中插入页码；打印前请在文档中点“插入 → 页码”。', 'Scripts cannot add page numbers to a Google Doc; use Insert → Page numbers in the document before printing.')}</p>`;
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font-family:Arial,"Microsoft YaHei",sans-serif;font-size:13px;line-height:1.6;margin:4px 8px}ul{padding-left:18px}
</style></head><body>
<p>${t('通报已生成（Google 文档，可在线修改）：', 'The notice is ready (a Google Doc you can edit):')}<br>${link(run.url, run.name)}</p>
${print}
${run.pdfUrl ? `<p>${t('PDF 副本（由 Google 文档导出，无页码）：', 'PDF copy (exported from the Google Doc, no page numbers): ')}${link(run.pdfUrl, `${run.name}.pdf`)}</p>` : ''}
<p>${where} ${t(`共 ${run.problemBlocks} 个问题条目。`, `${run.problemBlocks} problem blocks.`)}</p>
${warnings ? `<p>${t('请注意：', 'Please note:')}</p><ul>${warnings}</ul>` : ''}
</body></html>`;
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
    const { notice, warnings } = noticeOf(ctx);
    env.toast(tr(locale, '正在生成通报…', 'Writing the notice…'), locale);
    const name = noticeName(notice);
    const app = s.document;
    const templateId = settings.templateDocId.trim();
    // The template first: an ID that cannot be opened stops the run before anything is made.
    const template = templateId !== '' ? openTemplate(app, templateId, locale) : null;
    const doc = app.create(name);
    const body = doc.getBody();
    let paragraphs: number;
    if (template) {
      const skipped = copyTemplate(template.getBody(), body, app);
      if (skipped > 0) {
        warnings.push({
          code: 'notice.templateSkipped',
          message: tr(
            locale,
            `模板中有 ${skipped} 个元素（如目录）无法复制，未带入通报。`,
            `${skipped} element(s) of the template (a table of contents, say) could not be copied.`,
          ),
        });
      }
      const before = body.getNumChildren();
      appendAll(warnings, fillTemplate(body, notice, settings, locale, app));
      paragraphs = Math.max(0, body.getNumChildren() - before);
    } else {
      setPage(body);
      paragraphs = writeParagraphs(body, layoutNotice(notice), notice.fonts, app);
      // A new document starts with one empty paragraph; the notice begins with its title instead.
      body.getChild(0).removeFromParent();
    }
    const documentId = doc.getId();
    const url = doc.getUrl();
    // Pending edits reach the PDF export only after saveAndClose.
    doc.saveAndClose();
    const folderId = settings.noticeFolderId.trim();
    const inFolder = folderId !== '' && moveToFolder(s.drive, documentId, folderId);
    if (folderId !== '' && !inFolder) {
      warnings.push({
        code: 'notice.folderFallback',
        message: tr(
          locale,
          `设置中的“通报保存文件夹ID”（${folderId}）无法使用：本工具只申请了 drive.file 权限，只能把文件放进它自己创建的文件夹，打不开您在云端硬盘里自建的文件夹。通报留在“我的云端硬盘”，请在云端硬盘中移动它。`,
          `The "Notice folder ID" in Settings (${folderId}) cannot be used: with the drive.file permission Rectify may put files only in folders it created, not in one you made in Drive. The notice stays in My Drive; move it there in Drive.`,
        ),
      });
    }
    const target = inFolder ? folderId : null;
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
      folder: inFolder ? 'settings' : 'myDrive',
      paragraphs,
      problemBlocks: noticeItems(notice).length,
      warnings,
    };
    const output = s.html
      .createHtmlOutput(noticeDialogHtml(run, locale))
      .setWidth(520)
      .setHeight(warnings.length > 0 ? 420 : 300);
    env.ui.showModalDialog(output, tr(locale, '整改台账助手 · 生成通报', 'Rectify · Generate notice'));
    return run;
  });
}
