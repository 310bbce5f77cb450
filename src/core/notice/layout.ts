// GB/T 9704-2012 layout of the notice as styled paragraphs: the one place the docx, HTML and Docs renderers read.
import type { Locale } from '../locale';
import { say } from '../messages/bilingual';
import { noticeLabels } from '../messages/notice';
import type { NoticeDocument, NoticeFonts, NoticeItem, NoticeSection, NoticeTable } from './model';

/** A4 page and GB/T 9704 margins; renderers convert to twips (docx), points (Docs) or CSS mm. */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  topMm: 37,
  bottomMm: 35,
  leftMm: 28,
  rightMm: 26,
} as const;

/** 2号 title, 3号 body, 4号 page numbers (points). */
export const SIZES = { title: 22, body: 16, pageNumber: 14 } as const;

/** 小四 in tables: nine columns of figures fit the 156 mm text block at 3号 only with every header wrapped. */
export const TABLE_PT = 12;

/** Fixed line pitch: (297 − 37 − 35) mm ÷ 22 lines ≈ 28.95 pt, so a page holds 22 lines as GB/T asks. */
export const LINE_PT = 28.95;

export const MM_TO_PT = 72 / 25.4;

/** GB/T 9704-2012 5.2.1: 22 lines a page, 28 characters a line of 3号 text. */
export const GRID = { linesPerPage: 22, charsPerLine: 28 } as const;

/** The text block (版心) is 156 mm wide: 210 − 28 − 26. */
export const TEXT_WIDTH_PT = (PAGE.widthMm - PAGE.leftMm - PAGE.rightMm) * MM_TO_PT;

/**
 * Character pitch of the grid: 156 mm ÷ 28 ≈ 15.79 pt. 28 characters of 16 pt (448 pt) are wider than the
 * 442.2 pt block, so each character is set 0.21 pt closer, as Word's character grid does.
 */
export const CHAR_PITCH_PT = TEXT_WIDTH_PT / GRID.charsPerLine;

export type FontRole = keyof NoticeFonts;

export interface LayoutRun {
  text: string;
  bold?: boolean;
  /** Overrides the paragraph's font, e.g. a 楷体 lead-in “（一）…。” inside a 仿宋 paragraph. */
  font?: FontRole;
}

export type ParagraphRole =
  | 'title'
  | 'preamble'
  | 'heading1'
  | 'narrative'
  | 'summary'
  | 'category'
  | 'problem'
  | 'field'
  | 'supervision'
  | 'issuer'
  | 'date'
  | 'table';

/** A table block in the paragraph stream (role 'table', no runs): renderers draw it as a real table. */
export interface LayoutTable extends NoticeTable {
  sizePt: number;
}

export interface LayoutParagraph {
  role: ParagraphRole;
  runs: LayoutRun[];
  font: FontRole;
  sizePt: number;
  align: 'center' | 'justify' | 'left' | 'right';
  /** First-line indent in characters of the paragraph's size (2 for body text). */
  firstLineChars: number;
  /** Right indent in characters (the signature block's “右空二字”). */
  rightChars: number;
  /** Blank lines before the paragraph (one before the signature, as GB/T asks). */
  linesBefore: number;
  /** Keep on the same page as the next paragraph (headings, category lines). */
  keepNext: boolean;
  /** Present only on role 'table'. */
  table?: LayoutTable;
}

function para(role: ParagraphRole, runs: LayoutRun[], extra: Partial<LayoutParagraph> = {}): LayoutParagraph {
  return {
    role,
    runs,
    font: 'body',
    sizePt: SIZES.body,
    align: 'justify',
    firstLineChars: 2,
    rightChars: 0,
    linesBefore: 0,
    keepNext: false,
    ...extra,
  };
}

/** Width in characters as printed: CJK and full-width 1, ASCII digits and letters ½. */
export function textWidthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0020-\u007e]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * GB/T 9704-2012 7.3.5.1: the date ends four characters from the right (右空四字) and the issuer is centred
 * over it. Both are right indents in characters of the body size, so a renderer sets them in grid units
 * (w:rightChars) and the digits' width in a stand-in font cannot move them; digits count as half a character,
 * as the GB2312 faces set them. An issuer longer than the date by more than 8 characters ends flush right.
 */
export function signatureIndents(issuer: string, date: string): { issuer: number; date: number } {
  const DATE_RIGHT = 4;
  if (issuer === '') return { issuer: 0, date: DATE_RIGHT };
  const centred = DATE_RIGHT + (textWidthChars(date) - textWidthChars(issuer)) / 2;
  return { issuer: Math.max(0, centred), date: DATE_RIGHT };
}

/** Characters of 2号 type that fit the 156 mm text block: (210 − 28 − 26) mm ÷ 22 pt ≈ 20. */
export const TITLE_CHARS = Math.floor(((PAGE.widthMm - PAGE.leftMm - PAGE.rightMm) * MM_TO_PT) / SIZES.title);

const BREAK_AFTER = ['关于', '党组', '党委', '巡察组', '巡视组', '意见', '情况'];
const BREAK_BEFORE = ['关于', '巡察反馈', '巡视反馈', '集中整改', '整改进展'];

/**
 * Splits a long title into lines where the words allow (GB/T 9704 7.3.2: lines keep words whole and
 * look balanced), e.g. “…党组关于市委第一巡察组” / “巡察反馈意见集中整改进展情况的通报”, instead of
 * letting the page wrap mid-word (“巡察组巡 / 察反馈”). Falls back to the page's own wrapping.
 */
export function breakTitle(title: string, maxChars: number = TITLE_CHARS): string[] {
  if (textWidthChars(title) <= maxChars) return [title];
  const chars = Array.from(title);
  const points = new Set<number>();
  for (let i = 1; i < chars.length; i++) {
    const head = chars.slice(0, i).join('');
    const tail = chars.slice(i).join('');
    if (BREAK_AFTER.some((w) => head.endsWith(w)) || BREAK_BEFORE.some((w) => tail.startsWith(w)))
      points.add(i);
  }
  let best: string[] | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const i of points) {
    const head = chars.slice(0, i).join('');
    if (textWidthChars(head) > maxChars) continue;
    const rest = breakTitle(chars.slice(i).join(''), maxChars);
    const lines = [head, ...rest];
    if (lines.some((l) => textWidthChars(l) > maxChars)) continue;
    const widths = lines.map(textWidthChars);
    const score = lines.length * 100 + Math.max(...widths) - Math.min(...widths);
    if (score < bestScore) {
      best = lines;
      bestScore = score;
    }
  }
  return best ?? [title];
}

/** A narrative paragraph may open with a run-in heading “（一）提高政治站位。”: 楷体, as GB/T sets level 2. */
function narrativeRuns(text: string): LayoutRun[] {
  const m = /^([（(][一二三四五六七八九十]+[）)][^。！？]*[。！？]?)([\s\S]*)$/.exec(text);
  if (!m) return [{ text }];
  const [, heading = '', rest = ''] = m;
  return rest === ''
    ? [{ text: heading, font: 'heading2' }]
    : [{ text: heading, font: 'heading2' }, { text: rest }];
}

/** A cell with line breaks prints as several paragraphs; only the first carries the label or marker. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function itemParagraphs(item: NoticeItem, out: LayoutParagraph[], colon: string): void {
  const [first = '', ...rest] = lines(item.problem);
  out.push(para('problem', [{ text: `${item.marker ?? ''}${first}` }]));
  for (const l of rest) out.push(para('problem', [{ text: l }]));
  for (const f of item.fields) {
    const [head = '', ...more] = lines(f.text);
    const runs: LayoutRun[] = [{ text: `${f.label}${colon}`, bold: true }, { text: head }];
    if (f.note) runs.push({ text: f.note });
    out.push(para('field', runs));
    for (const l of more) out.push(para('field', [{ text: l }]));
  }
}

/** A justified English heading that wraps stretches its first line's word gaps; Chinese has none. */
const HEADING_ALIGN: Readonly<Record<Locale, { align?: 'left' }>> = { zh: {}, en: { align: 'left' } };

/** A section's heading, narrative, summary, item blocks and tables. */
function sectionParagraphs(
  section: NoticeSection,
  out: LayoutParagraph[],
  locale: Locale,
  colon: string,
): void {
  const push = (p: LayoutParagraph) => out.push(p);
  push(
    para('heading1', [{ text: `${section.marker}${section.title}` }], {
      font: 'heading1',
      keepNext: true,
      ...HEADING_ALIGN[locale],
    }),
  );
  for (const text of section.paragraphs)
    for (const l of lines(text)) push(para('narrative', narrativeRuns(l)));
  if (section.summary) push(para('summary', [{ text: section.summary }]));
  for (const group of section.groups) {
    if (group.title !== null)
      push(
        para('category', [{ text: `${group.marker ?? ''}${group.title}`, bold: true }], { keepNext: true }),
      );
    for (const item of group.items) itemParagraphs(item, out, colon);
  }
  for (const table of section.tables ?? []) {
    if (table.caption !== null)
      push(para('category', [{ text: table.caption, bold: true }], { keepNext: true }));
    push(
      para('table', [], {
        sizePt: TABLE_PT,
        firstLineChars: 0,
        align: 'center',
        table: { ...table, sizePt: TABLE_PT },
      }),
    );
  }
}

/** 发文单位 and the date, right-aligned so the date sits under the issuer as GB/T 9704 sets them. */
function signatureParagraphs(notice: NoticeDocument, out: LayoutParagraph[]): void {
  const indents = signatureIndents(notice.issuer ?? '', notice.dateText);
  if (notice.issuer) {
    out.push(
      para('issuer', [{ text: notice.issuer }], {
        align: 'right',
        firstLineChars: 0,
        rightChars: indents.issuer,
        linesBefore: 1,
      }),
    );
  }
  out.push(
    para('date', [{ text: notice.dateText }], {
      align: 'right',
      firstLineChars: 0,
      rightChars: indents.date,
      linesBefore: notice.issuer ? 0 : 1,
    }),
  );
}

/** The notice as styled paragraphs in print order. */
export function layoutNotice(notice: NoticeDocument): LayoutParagraph[] {
  const out: LayoutParagraph[] = [];
  const locale = notice.locale ?? 'zh';
  // “整改措施：” in Chinese; “Measures: ” in English, where a full-width colon reads as a typo.
  const colon = say(locale, noticeLabels.colon);
  for (const line of breakTitle(notice.title)) {
    out.push(
      para('title', [{ text: line }], {
        font: 'title',
        sizePt: SIZES.title,
        align: 'center',
        firstLineChars: 0,
        keepNext: true,
      }),
    );
  }
  if (notice.preamble) out.push(para('preamble', [{ text: notice.preamble }]));
  for (const section of notice.sections) sectionParagraphs(section, out, locale, colon);
  // GB/T: one blank line between the title and the text.
  const first = out.findIndex((p) => p.role !== 'title');
  const opening = out[first];
  if (first > 0 && opening) out[first] = { ...opening, linesBefore: 1 };
  // Justified like every other paragraph (GB/T sets the whole text block flush on both sides).
  if (notice.supervision) out.push(para('supervision', [{ text: notice.supervision }]));
  signatureParagraphs(notice, out);
  return out;
}

/** The plain text of a paragraph. */
export function paragraphText(p: LayoutParagraph): string {
  // A table reads as its rows, one a line, cells apart by tabs: what a reader copying it out would get.
  if (p.table) {
    const t = p.table;
    return [t.header, ...t.rows, ...(t.footer ? [t.footer] : [])].map((r) => r.join('\t')).join('\n');
  }
  return p.runs.map((r) => r.text).join('');
}
