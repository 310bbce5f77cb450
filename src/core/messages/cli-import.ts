// `rectify import`'s text, both languages: reading the document, what could not be placed, and what was written.
import type { UnplacedReason } from '../import';
import { type Bilingual, messages } from './bilingual';

/** Reading the document to import (import/read.ts, import/source-bytes.ts, import/result.ts). */
export const IMPORT_SOURCE = messages({
  saveAsDocx: { zh: '（请在 Word 或 WPS 中另存为 .docx）', en: ' (save it as .docx in Word or WPS)' },
  saveAsPdf: { zh: '（请另存为 PDF）', en: ' (save it as PDF)' },
  unsupportedType: (p: { path: string; ext: string; hint: Bilingual | null }) => ({
    zh: `${p.path}: 不支持的文件类型“${p.ext || '无扩展名'}”，可导入 .docx、.pdf、.txt、.md、.html${p.hint?.zh ?? ''}`,
    en: `${p.path}: unsupported file type "${p.ext || 'no extension'}"; import reads .docx, .pdf, .txt, .md and .html${p.hint?.en ?? ''}`,
  }),
  notPdf: (p: { path: string }) => ({ zh: `${p.path}: 不是 PDF 文件`, en: `${p.path}: not a PDF file` }),
  pdfPassword: (p: { path: string }) => ({
    zh: `${p.path}: PDF 有打开密码，请先去掉密码`,
    en: `${p.path}: the PDF is password-protected`,
  }),
  pdfDamaged: (p: { path: string; detail: string }) => ({
    zh: `${p.path}: PDF 已损坏，无法读取（${p.detail}）`,
    en: `${p.path}: the PDF is damaged (${p.detail})`,
  }),
  docxUnreadable: (p: { path: string; detail: string }) => ({
    zh: `${p.path}: 不是可读的 .docx 文件（${p.detail}）；旧版 .doc 请在 Word 或 WPS 中另存为 .docx`,
    en: `${p.path}: not a readable .docx (${p.detail}); save an old .doc as .docx in Word or WPS`,
  }),
  noProblems: (p: { path: string }) => ({
    zh: `${p.path}: 没有读出任何问题（找不到带整改措施、整改时限或整改进展的问题条目）；这是整改通报或整改方案吗？`,
    en: `${p.path}: no problems found (no block with measures, a deadline or progress); is this a rectification notice or plan?`,
  }),
});

/** The --out of an import: a new .xlsx or .csv, never the input or a ledger someone keeps (commands/import.ts). */
export const IMPORT_OUT = messages({
  missing: {
    zh: 'rectify import：缺少 --out（写出的台账 .xlsx 或 .csv，如 --out 台账.xlsx）',
    en: 'rectify import: missing --out (the ledger to write, .xlsx or .csv, e.g. --out ledger.xlsx)',
  },
  wrongType: (p: { out: string }) => ({
    zh: `--out：“${p.out}”应以 .xlsx 或 .csv 结尾`,
    en: `--out: "${p.out}" must end in .xlsx or .csv`,
  }),
  isInput: (p: { out: string }) => ({
    zh: `--out：“${p.out}”就是输入文件，请另取一个名字`,
    en: `--out: "${p.out}" is the input file; choose another name`,
  }),
  exists: (p: { out: string }) => ({
    zh: `--out：“${p.out}”已存在；导入只写新文件，不覆盖已有台账，请另取一个名字`,
    en: `--out: "${p.out}" already exists; import writes a new file and never replaces a ledger, so choose another name`,
  }),
});

/** Why a paragraph of the document is not in the ledger, by the importer's reason. */
export const UNPLACED_REASONS: { readonly [R in UnplacedReason]: Bilingual } = messages({
  frontMatter: {
    zh: '标题或开头（生成通报时由设置写出）',
    en: 'title or opening (the notice writes it from the settings)',
  },
  summary: {
    zh: '统计句（由台账计算，数字见下）',
    en: 'summary sentence (computed from the ledger; figures below)',
  },
  supervision: {
    zh: '监督联系段（在设置中填联系方式）',
    en: 'supervision paragraph (contact lines go in the settings)',
  },
  signature: {
    zh: '落款（在设置中填发文单位、通报日期）',
    en: 'signature (issuer and date go in the settings)',
  },
  heading: { zh: '标题', en: 'heading' },
  orphan: { zh: '未能归入任何问题', en: 'not part of any problem' },
});

/** The report `rectify import` prints (commands/import.ts). */
export const IMPORT_REPORT = messages({
  unplacedHeading: (p: { count: number }) => ({
    zh: `未放入台账的段落（${p.count}）：`,
    en: `Paragraphs not placed in the ledger (${p.count}):`,
  }),
  paragraph: { zh: '段落', en: 'Paragraph' },
  kind: { zh: '类型', en: 'Kind' },
  text: { zh: '内容', en: 'Text' },
  sourceText: { zh: '原文', en: 'Source text' },
  figures: (p: { total: string; done: string; inProgress: string; notDone: string; longTerm: string }) => ({
    zh: `问题 ${p.total}，已完成 ${p.done}，正在整改 ${p.inProgress}，未完成 ${p.notDone}，长期坚持 ${p.longTerm}`,
    en: `problems ${p.total}, done ${p.done}, in progress ${p.inProgress}, not done ${p.notDone}, long-term ${p.longTerm}`,
  }),
  printedFigures: (p: { figures: Bilingual }) => ({
    zh: `通报印出：${p.figures.zh}`,
    en: `The document prints: ${p.figures.en}`,
  }),
  rowFigures: (p: { figures: Bilingual }) => ({
    zh: `导入的行：${p.figures.zh}`,
    en: `Imported rows:        ${p.figures.en}`,
  }),
  narrativeNotInCsv: (p: { count: number }) => ({
    zh: `；${p.count} 段通报正文未写入 .csv（写 .xlsx 可得到“通报正文”表）`,
    en: `; ${p.count} narrative paragraphs are not in a .csv (write .xlsx for the Narrative sheet)`,
  }),
  narrativeInXlsx: (p: { count: number }) => ({
    zh: `，通报正文 ${p.count} 段`,
    en: `, ${p.count} narrative paragraphs`,
  }),
  wrote: (p: {
    out: string;
    problems: number;
    narrative: Bilingual | null;
    errors: number;
    warnings: number;
  }) => ({
    zh: `已写出 ${p.out}：${p.problems} 个问题${p.narrative?.zh ?? ''}；${p.errors} 个错误，${p.warnings} 个提醒。`,
    en: `Wrote ${p.out}: ${p.problems} problems${p.narrative?.en ?? ''}; ${p.errors} errors, ${p.warnings} warnings.`,
  }),
});
