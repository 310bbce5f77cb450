// What 生成通报 says in Google Sheets: the dialog with the links, and the Doc's template and folder problems.
import { messages } from './bilingual';

// Entries with parameters are methods, not arrows: esbuild's keepNames wraps every arrow in a naming call
// (about 12 bytes each in build/Code.js, which has a budget), while a method is named by its key.

/** The dialog 生成通报 shows when the notice is made. */
export const noticeDialog = /* @__PURE__ */ messages({
  title: { zh: '整改台账助手 · 生成通报', en: 'Rectify · Generate notice' },
  writing: { zh: '正在生成通报…', en: 'Writing the notice…' },
  ready: {
    zh: '通报已生成（Google 文档，可在线修改）：',
    en: 'The notice is ready (a Google Doc you can edit):',
  },
  inFolder: { zh: '文件保存在设置指定的文件夹中。', en: 'The files are in the folder named in Settings.' },
  inMyDrive: {
    zh: '文件保存在“我的云端硬盘”的根目录（新建的 Google 文档都放在那里），可在云端硬盘中移动。',
    en: 'The files are in the top level of My Drive, where every new Google Doc goes; move them in Drive if you like.',
  },
  printDocx: {
    zh: '打印和报送请用这份 Word 文件，它按 GB/T 9704 排版并带页码“— N —”：',
    en: 'To print or file, use this Word file: GB/T 9704 layout with page numbers “— N —”:',
  },
  noPageNumbers: {
    zh: '脚本无法在 Google 文档中插入页码；打印前请在文档中点“插入 → 页码”。',
    en: 'Scripts cannot add page numbers to a Google Doc; use Insert → Page numbers in the document before printing.',
  },
  pdfCopy: {
    zh: 'PDF 副本（由 Google 文档导出，无页码）：',
    en: 'PDF copy (exported from the Google Doc, no page numbers): ',
  },
  pleaseNote: { zh: '请注意：', en: 'Please note:' },
  blocks({ n }: { n: number }) {
    return { zh: `共 ${n} 个问题条目。`, en: `${n} problem blocks.` };
  },
});

/** The template and the folder 设置 names, when they cannot be used. */
export const noticeDocProblems = /* @__PURE__ */ messages({
  templateUnreadable({ id }: { id: string }) {
    return {
      zh: `设置中的“通报模板文档ID”（${id}）无法打开，本次未生成通报。请核对ID（文档网址 /d/ 后面那一串），并确认您的账号能打开这份 Google 文档（不是 Word 文件；Word 模板请先在云端硬盘中“用 Google 文档打开”并另存）。`,
      en: `The "Template document ID" in Settings (${id}) cannot be opened; no notice was made. Check the ID (the part after /d/ in the document's address) and that your account can open that Google Doc (a Word file must first be opened with Google Docs and saved as one).`,
    };
  },
  templateSkipped({ n }: { n: number }) {
    return {
      zh: `模板中有 ${n} 个元素（如目录）无法复制，未带入通报。`,
      en: `${n} element(s) of the template (a table of contents, say) could not be copied.`,
    };
  },
  folderFallback({ id }: { id: string }) {
    return {
      zh: `设置中的“通报保存文件夹ID”（${id}）无法使用：本工具只申请了 drive.file 权限，只能把文件放进它自己创建的文件夹，打不开您在云端硬盘里自建的文件夹。通报留在“我的云端硬盘”，请在云端硬盘中移动它。`,
      en: `The "Notice folder ID" in Settings (${id}) cannot be used: with the drive.file permission Rectify may put files only in folders it created, not in one you made in Drive. The notice stays in My Drive; move it there in Drive.`,
    };
  },
  unknownPlaceholder({ placeholder }: { placeholder: string }) {
    return {
      zh: `模板中的占位符${placeholder}无法识别，已原样保留；可用：{{汇总}}、{{问题清单}}、{{长期任务}}、{{发文日期}}、{{发文单位}}及设置项名称`,
      en: `The template's placeholder ${placeholder} is unknown and was left as is; use {{汇总}}, {{问题清单}}, {{长期任务}}, {{发文日期}}, {{发文单位}} or a setting name`,
    };
  },
});
