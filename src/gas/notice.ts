// 生成通报: builds the notice from the ledger and writes it as a Google Doc (official layout or the office's template).
import {
  buildNotice,
  escapeHtml,
  type Locale,
  layoutNotice,
  type NoticeDocument,
  type NoticeWarning,
  noticeItems,
  type Settings,
  tr,
} from '../core';
import { runCommand } from './command';
import { UserError } from './errors';
import { loadLedger } from './ledger-sheet';
import { setPage, writeParagraphs } from './notice-doc';
import { fillTemplate } from './notice-template';
import { resolveServices, type Services } from './services';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

export interface NoticeRun {
  documentId: string;
  url: string;
  name: string;
  pdfUrl: string | null;
  /** Paragraphs written by this run (template mode: the inserted block paragraphs). */
  paragraphs: number;
  problemBlocks: number;
  warnings: NoticeWarning[];
}

/** “<title> 2024-12-20”: the document's name in Drive. */
export function noticeName(notice: NoticeDocument): string {
  return `${notice.title} ${notice.noticeDate}`;
}

/** Where the notice goes: the 设置 folder, else the spreadsheet's folder, else My Drive (with a warning). */
function targetFolder(s: Services, settings: Settings, locale: Locale, warnings: NoticeWarning[]): Folder {
  const folderId = settings.noticeFolderId.trim();
  if (folderId !== '') {
    try {
      return s.drive.getFolderById(folderId);
    } catch {
      throw new UserError(
        tr(
          locale,
          `设置中的“通报保存文件夹ID”（${folderId}）找不到或无权访问。请核对文件夹ID（网址 folders/ 后面那一串），或清空该项保存到表格所在文件夹。`,
          `The "Notice folder ID" in Settings (${folderId}) cannot be found or opened. Check the ID (the part after folders/ in its address), or clear it to save next to the spreadsheet.`,
        ),
        'notice.folder',
      );
    }
  }
  try {
    const parents = s.drive.getFileById(s.spreadsheet.getActiveSpreadsheet().getId()).getParents();
    if (parents.hasNext()) return parents.next();
  } catch {
    // With the drive.file scope the spreadsheet's folder may be out of reach: fall back to My Drive.
  }
  warnings.push({
    code: 'notice.folderFallback',
    message: tr(
      locale,
      '无法访问表格所在文件夹，通报已保存在“我的云端硬盘”；可在设置中填写“通报保存文件夹ID”。',
      'The spreadsheet’s folder is out of reach, so the notice is in My Drive; set "Notice folder ID" in Settings.',
    ),
  });
  return s.drive.getRootFolder();
}

/** Moves a new file into the folder; a folder that refuses (shared, read-only) leaves it in My Drive. */
function moveInto(file: File, folder: Folder, locale: Locale, warnings: NoticeWarning[]): void {
  try {
    file.moveTo(folder);
  } catch {
    warnings.push({
      code: 'notice.moveFailed',
      message: tr(
        locale,
        `无法写入文件夹“${folder.getName()}”，通报留在“我的云端硬盘”。`,
        `Could not write to folder "${folder.getName()}"; the notice stays in My Drive.`,
      ),
    });
  }
}

function copyTemplate(s: Services, settings: Settings, name: string, folder: Folder, locale: Locale): File {
  const id = settings.templateDocId.trim();
  let template: File;
  try {
    template = s.drive.getFileById(id);
  } catch {
    throw new UserError(
      tr(
        locale,
        `设置中的“通报模板文档ID”（${id}）找不到或无权访问。请核对文档ID（网址 /d/ 后面那一串），或清空该项按公文格式生成。`,
        `The "Template document ID" in Settings (${id}) cannot be found or opened. Check the ID (the part after /d/ in its address), or clear it to use the official layout.`,
      ),
      'notice.template',
    );
  }
  return template.makeCopy(name, folder);
}

/** The dialog with the link(s); every piece of text escaped. */
export function noticeDialogHtml(run: NoticeRun, locale: Locale): string {
  const t = (zh: string, en: string) => escapeHtml(tr(locale, zh, en));
  const link = (url: string, text: string) =>
    `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
  const warnings = run.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('');
  return `<!DOCTYPE html><html><head><base target="_top"><style>
body{font-family:Arial,"Microsoft YaHei",sans-serif;font-size:13px;line-height:1.6;margin:4px 8px}ul{padding-left:18px}
</style></head><body>
<p>${t('通报已生成：', 'The notice is ready:')}<br>${link(run.url, run.name)}</p>
${run.pdfUrl ? `<p>${t('PDF 副本：', 'PDF copy: ')}${link(run.pdfUrl, `${run.name}.pdf`)}</p>` : ''}
<p>${t(`共 ${run.problemBlocks} 个问题条目。`, `${run.problemBlocks} problem blocks.`)}
${t('Google 文档无法由脚本插入页码，如需页码请在文档中点“插入 → 页码”。', 'Scripts cannot add page numbers to a Google Doc; use Insert → Page numbers in the document.')}</p>
${warnings ? `<p>${t('请注意：', 'Please note:')}</p><ul>${warnings}</ul>` : ''}
</body></html>`;
}

/** Menu 生成通报. One read of the spreadsheet; the document calls grow with paragraphs, not characters. */
export function generateNotice(services?: Services): NoticeRun | undefined {
  const s = resolveServices(services);
  return runCommand('generateNotice', s, (env) => {
    const ctx = loadLedger(s, { narrative: true });
    const { locale, settings } = ctx;
    const { notice, warnings } = buildNotice({
      problems: ctx.ledger!.problems,
      settings,
      asOf: ctx.asOf,
      narrative: ctx.narrative,
      locale,
    });
    env.toast(tr(locale, '正在生成通报…', 'Writing the notice…'), locale);
    const name = noticeName(notice);
    const folder = targetFolder(s, settings, locale, warnings);
    const app = s.document;
    let doc: GoogleAppsScript.Document.Document;
    let file: File;
    let paragraphs: number;
    if (settings.templateDocId.trim() !== '') {
      file = copyTemplate(s, settings, name, folder, locale);
      doc = app.openById(file.getId());
      const body = doc.getBody();
      const before = body.getNumChildren();
      warnings.push(...fillTemplate(body, notice, settings, locale, app));
      paragraphs = Math.max(0, body.getNumChildren() - before);
    } else {
      doc = app.create(name);
      file = s.drive.getFileById(doc.getId());
      moveInto(file, folder, locale, warnings);
      const body = doc.getBody();
      setPage(body);
      paragraphs = writeParagraphs(body, layoutNotice(notice), notice.fonts, app);
      // A new document starts with one empty paragraph; the notice begins with its title instead.
      body.getChild(0).removeFromParent();
    }
    const url = doc.getUrl();
    // Pending edits reach the PDF export only after saveAndClose.
    doc.saveAndClose();
    let pdfUrl: string | null = null;
    if (settings.pdfCopy) {
      const pdf = folder.createFile(file.getAs('application/pdf'));
      pdfUrl = pdf.getUrl();
    }
    const run: NoticeRun = {
      documentId: file.getId(),
      url,
      name,
      pdfUrl,
      paragraphs,
      problemBlocks: noticeItems(notice).length,
      warnings,
    };
    const output = s.html
      .createHtmlOutput(noticeDialogHtml(run, locale))
      .setWidth(480)
      .setHeight(warnings.length > 0 ? 360 : 220);
    env.ui.showModalDialog(output, tr(locale, '整改台账助手 · 生成通报', 'Rectify · Generate notice'));
    return run;
  });
}
