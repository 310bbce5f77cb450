// Input lines: page numbers out, widths measured, and the rules that rebuild paragraphs from a wrapped page.
import { textWidthChars } from '../notice/layout';
import type { InputLayout, SourceParagraph } from './model';

/** One non-blank input line, with its 1-based paragraph number in the input. */
export interface Line {
  text: string;
  bold: boolean;
  n: number;
  width: number;
}

/** “— 5 —”, “- 5 -”, “－5－”, “第 5 页”, “5 / 17”: page furniture a PDF puts between the lines. */
const PAGE_NUMBER =
  /^(?:[—–\-－]+\s*\d{1,4}\s*[—–\-－]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/**
 * Splits the input into lines: a paragraph holding line breaks is several lines, blank ones go, and page
 * numbers are counted and dropped (they are page furniture, not text of the notice).
 */
export function inputLines(paragraphs: readonly SourceParagraph[]): { lines: Line[]; pageNumbers: number } {
  const lines: Line[] = [];
  let pageNumbers = 0;
  paragraphs.forEach((p, i) => {
    for (const raw of p.text.split(/\r\n|\r|\n|\u2028|\u2029|\v|\f/)) {
      const text = raw.replace(/[\u00a0\u3000\t]/g, ' ').trim();
      if (text === '') continue;
      if (isPageNumber(text)) {
        pageNumbers++;
        continue;
      }
      lines.push({ text, bold: p.bold === true, n: i + 1, width: textWidthChars(text) });
    }
  });
  return { lines, pageNumbers };
}

/** The printed width of a full line: the 75th percentile of the widths of lines that are not short stubs. */
export function fullWidth(lines: readonly Line[]): number {
  const widths = lines
    .map((l) => l.width)
    .filter((w) => w >= 10)
    .sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  // The index is below the length, which is not 0 here.
  return widths[Math.floor(widths.length * 0.75)] ?? 0;
}

/**
 * Whether the lines are a wrapped page: most lines end at one right margin, and almost none run past it.
 * Paragraph text has lines of every length, many far longer than any margin.
 */
export function looksWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 8) return false;
  const w = fullWidth(lines);
  if (w < 12 || w > 80) return false;
  let atMargin = 0;
  let beyond = 0;
  for (const l of lines) {
    if (l.width > w + 3) beyond++;
    else if (l.width >= w - 3) atMargin++;
  }
  return beyond <= lines.length * 0.02 && atMargin >= lines.length * 0.3;
}

export function resolveLayout(
  layout: InputLayout | undefined,
  lines: readonly Line[],
): 'paragraphs' | 'lines' {
  if (layout === 'paragraphs' || layout === 'lines') return layout;
  return looksWrapped(lines) ? 'lines' : 'paragraphs';
}

/** CJK ideographs, CJK and full-width punctuation, the quotes and book marks Chinese text uses. */
const CJK =
  '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef“”‘’《》…—';
const TIGHT = `[${CJK}0-9.%]`;
const SPACE_BETWEEN = new RegExp(`(?<=[${CJK}])\\s+(?=${TIGHT})|(?<=${TIGHT})\\s+(?=[${CJK}])`, 'g');

/**
 * Removes the spaces a PDF's text layer puts around digits and between Chinese characters (“2024 年 9 月”,
 * “如 有 意 见”), which are spacing of the print, not of the text. Spaces next to Latin letters stay
 * (“APP 市文联”).
 */
export function tightenCjk(text: string): string {
  return text.replace(SPACE_BETWEEN, '');
}

/** Joins the lines of one wrapped paragraph: no space between Chinese, one between two Latin words. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out !== '' && /[A-Za-z0-9,;]$/.test(out) && /^[A-Za-z]/.test(part)) out += ' ';
    out += part;
  }
  return tightenCjk(out);
}

/** A sentence or clause ends here: the line may be a paragraph's last. */
export function endsSentence(text: string): boolean {
  return /[。！？；：!?;:…]["”’」』）)》]*$/.test(text) || /[。！？][”’」』）)]$/.test(text);
}
