// 生成通报: builds the notice from the ledger and writes it as a Google Doc (official layout or the office's template).
import {
  buildNotice,
  escapeHtml,
  type Locale,
  layoutNotice,
  type NoticeDocument,
  type NoticeResult,
  type NoticeWarning,
  noticeItems,
  type Settings,
  tr,
} from '../core';
import { runCommand } from './command';
import { UserError } from './errors';
import { type LedgerContext, loadLedger } from './ledger-sheet';
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
 * Where the notice goes: the 设置 folder, else the spreadsheet's folder, else My Drive (with a warning).
 * Under the drive.file scope Rectify may open only files and folders it created itself, so a folder a
 * person made in Drive stays out of reach even with the right ID: the messages say so and what to do.
 */
function targetFolder(s: Services, settings: Settings, locale: Locale, warnings: NoticeWarning[]): Folder {
  const folderId = settings.noticeFolderId.trim();
  if (folderId !== '') {
    try {
      return s.drive.getFolderById(folderId);
    } catch {
      throw new UserError(
        tr(
          locale,
          `设置中的“通报保存文件夹ID”（${folderId}）无法打开，本次未生成通报。先核对ID（文件夹网址 folders/ 后面那一串）；若ID无误，是因为本工具只申请了 drive.file 权限，只能使用它自己创建的文件和文件夹，打不开您在云端硬盘里自建的文件夹。请清空该项再点“生成通报”：通报会保存到表格所在文件夹（无法访问时保存在“我的云端硬盘”），之后在云端硬盘中把它移到目标文件夹即可。`,
          `The "Notice folder ID" in Settings (${folderId}) cannot be opened; no notice was made. Check the ID (the part after folders/ in the folder's address). If it is right, the cause is the drive.file permission: Rectify may use only files and folders it created itself, not a folder you made in Drive. Clear the setting and generate again: the notice is saved next to the spreadsheet (or in My Drive when that folder is out of reach), and you can move it in Drive afterwards.`,
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
      '本工具（drive.file 权限）无法访问表格所在文件夹，通报已保存在“我的云端硬盘”；如需放到别处，请在云端硬盘中移动它。',
      'Rectify (drive.file permission) cannot reach the spreadsheet’s folder, so the notice is in My Drive; move it in Drive if you want it elsewhere.',
    ),
  });
  return s.drive.getRootFolder();
}

function refusedWarning(folder: Folder, locale: Locale): NoticeWarning {
  return {
    code: 'notice.moveFailed',
    message: tr(
      locale,
      `无法写入文件夹“${folder.getName()}”，通报留在“我的云端硬盘”。`,
      `Could not write to folder "${folder.getName()}"; the notice stays in My Drive.`,
    ),
  };
}

/** Moves a new file into the folder; returns where it is. A folder that refuses leaves it in My Drive. */
function moveInto(
  s: Services,
  file: File,
  folder: Folder,
  locale: Locale,
  warnings: NoticeWarning[],
): Folder {
  try {
    file.moveTo(folder);
    return folder;
  } catch {
    warnings.push(refusedWarning(folder, locale));
    return s.drive.getRootFolder();
  }
}

/** The template's copy, in the folder or, when the folder refuses new files, in My Drive. */
function copyTemplate(
  s: Services,
  settings: Settings,
  name: string,
  folder: Folder,
  locale: Locale,
  warnings: NoticeWarning[],
): { file: File; placed: Folder } {
  const id = settings.templateDocId.trim();
  let template: File;
  try {
    template = s.drive.getFileById(id);
  } catch {
    throw new UserError(
      tr(
        locale,
        `设置中的“通报模板文档ID”（${id}）无法打开，本次未生成通报。先核对ID（文档网址 /d/ 后面那一串）；若ID无误，是因为本工具只申请了 drive.file 权限，只能打开它自己生成的文档，打不开您在云端硬盘里自建的文档。请这样做：① 清空“通报模板文档ID”，点“生成通报”；② 打开生成的文档，改成您的模板（可用占位符 {{汇总}}、{{问题清单}}、{{长期任务}}、{{发文日期}}、{{发文单位}}），或把原模板的内容粘贴进去；③ 把这份文档的ID填回“通报模板文档ID”。`,
        `The "Template document ID" in Settings (${id}) cannot be opened; no notice was made. Check the ID (the part after /d/ in the document's address). If it is right, the cause is the drive.file permission: Rectify may open only documents it created itself, not one you made in Drive. Instead: 1. clear the setting and generate a notice; 2. open that document and turn it into your template (placeholders {{汇总}}, {{问题清单}}, {{长期任务}}, {{发文日期}}, {{发文单位}}), or paste your template's content into it; 3. put that document's ID in "Template document ID".`,
      ),
      'notice.template',
    );
  }
  try {
    return { file: template.makeCopy(name, folder), placed: folder };
  } catch {
    warnings.push(refusedWarning(folder, locale));
    const root = s.drive.getRootFolder();
    return { file: template.makeCopy(name, root), placed: root };
  }
}

/** The PDF next to the document; if that folder refuses it, in My Drive with a warning. */
function pdfCopy(s: Services, file: File, placed: Folder, locale: Locale, warnings: NoticeWarning[]): File {
  const blob = file.getAs('application/pdf');
  try {
    return placed.createFile(blob);
  } catch {
    warnings.push({
      code: 'notice.pdfMoved',
      message: tr(
        locale,
        `无法在文件夹“${placed.getName()}”中保存PDF副本，已保存在“我的云端硬盘”。`,
        `Could not save the PDF copy in folder "${placed.getName()}"; it is in My Drive.`,
      ),
    });
    return s.drive.createFile(blob);
  }
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
    const { notice, warnings } = noticeOf(ctx);
    env.toast(tr(locale, '正在生成通报…', 'Writing the notice…'), locale);
    const name = noticeName(notice);
    const folder = targetFolder(s, settings, locale, warnings);
    const app = s.document;
    let doc: GoogleAppsScript.Document.Document;
    let file: File;
    let placed: Folder;
    let paragraphs: number;
    if (settings.templateDocId.trim() !== '') {
      ({ file, placed } = copyTemplate(s, settings, name, folder, locale, warnings));
      doc = app.openById(file.getId());
      const body = doc.getBody();
      const before = body.getNumChildren();
      warnings.push(...fillTemplate(body, notice, settings, locale, app));
      paragraphs = Math.max(0, body.getNumChildren() - before);
    } else {
      doc = app.create(name);
      file = s.drive.getFileById(doc.getId());
      placed = moveInto(s, file, folder, locale, warnings);
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
    if (settings.pdfCopy) pdfUrl = pdfCopy(s, file, placed, locale, warnings).getUrl();
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
