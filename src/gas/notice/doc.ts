// Writes the notice's styled paragraphs into a Google Docs body: A4 in points, one setAttributes per paragraph.
import { type FontRole, type LayoutParagraph, LINE_PT, MM_TO_PT, type NoticeFonts, PAGE } from '../../core';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type DocumentApp = GoogleAppsScript.Document.DocumentApp;

/** A4 and the GB/T 9704 margins in points, the unit Body.setPageWidth & co. take (595.276 × 841.89). */
export const DOC_PAGE = {
  width: PAGE.widthMm * MM_TO_PT,
  height: PAGE.heightMm * MM_TO_PT,
  top: PAGE.topMm * MM_TO_PT,
  bottom: PAGE.bottomMm * MM_TO_PT,
  left: PAGE.leftMm * MM_TO_PT,
  right: PAGE.rightMm * MM_TO_PT,
};

/**
 * Google Docs cannot use 仿宋_GB2312, 方正小标宋, 黑体 or 楷体_GB2312 (they are Windows/Founder fonts that
 * Docs does not serve), so each maps to the nearest font Docs offers: the Song/Fang Song faces to
 * 'Noto Serif SC', 黑体 to 'Noto Sans SC'. Docs has no Kai face, so 楷体 falls back to 'Noto Serif SC' too.
 * A font name the settings give that is not one of these is used as is (it may be a Google font).
 */
const GOOGLE_FONTS: [RegExp, string][] = [
  [/小标宋|标宋|宋体|simsun|songti|仿宋|fangsong|楷体|kaiti/i, 'Noto Serif SC'],
  [/黑体|simhei|heiti|雅黑|yahei/i, 'Noto Sans SC'],
];

export function googleFont(name: string): { font: string; substituted: boolean } {
  for (const [re, font] of GOOGLE_FONTS) if (re.test(name)) return { font, substituted: true };
  return { font: name, substituted: false };
}

/**
 * Docs offers only proportional line spacing, not GB/T's exact 28.95 pt. Noto Serif SC's single line is
 * about 1.45 em, so 16 pt text at 1.25 × lands within a point of 28.95 pt (22 lines a page). Titles stay
 * at single spacing (22 pt type would otherwise need less than single).
 */
export function lineSpacingFor(sizePt: number): number {
  return Math.max(1, Math.round((LINE_PT / (sizePt * 1.45)) * 100) / 100);
}

/** Every paragraph attribute in one object, for one setAttributes call. */
export function paragraphAttributes(
  p: LayoutParagraph,
  fonts: NoticeFonts,
  app: Pick<DocumentApp, 'Attribute' | 'HorizontalAlignment'>,
): Record<string, unknown> {
  const A = app.Attribute;
  const H = app.HorizontalAlignment;
  const { font, substituted } = googleFont(fonts[p.font]);
  return {
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: p.sizePt,
    // 小标宋 is a heavy face; its Noto stand-in needs bold to read as a title.
    [A.BOLD]: p.role === 'title' && substituted,
    [A.HORIZONTAL_ALIGNMENT]: { center: H.CENTER, justify: H.JUSTIFY, left: H.LEFT, right: H.RIGHT }[p.align],
    [A.INDENT_FIRST_LINE]: p.firstLineChars * p.sizePt,
    [A.INDENT_START]: 0,
    [A.INDENT_END]: p.rightChars * p.sizePt,
    [A.LINE_SPACING]: lineSpacingFor(p.sizePt),
    [A.SPACING_BEFORE]: p.linesBefore * LINE_PT,
    [A.SPACING_AFTER]: 0,
  };
}

/**
 * Bold labels and font changes inside a paragraph: one editAsText and one call per styled run (a label, a
 * 楷体 lead-in), never a loop over characters.
 */
export function styleRuns(paragraph: Paragraph, p: LayoutParagraph, fonts: NoticeFonts): void {
  const styled = p.runs.some((r) => r.bold || (r.font && r.font !== p.font));
  if (!styled) return;
  const text = paragraph.editAsText();
  let at = 0;
  for (const run of p.runs) {
    const end = at + run.text.length - 1;
    if (run.text.length > 0) {
      if (run.bold) text.setBold(at, end, true);
      if (run.font && run.font !== p.font)
        text.setFontFamily(at, end, googleFont(fonts[run.font as FontRole]).font);
    }
    at = end + 1;
  }
}

/** A4 page and margins: six calls, once per document. */
export function setPage(body: Body): void {
  body
    .setPageWidth(DOC_PAGE.width)
    .setPageHeight(DOC_PAGE.height)
    .setMarginTop(DOC_PAGE.top)
    .setMarginBottom(DOC_PAGE.bottom)
    .setMarginLeft(DOC_PAGE.left)
    .setMarginRight(DOC_PAGE.right);
}

/** What holds paragraphs: the body, or a table cell (a template may put a placeholder in one). */
export type ParagraphContainer = Pick<Body, 'appendParagraph' | 'insertParagraph'>;

/** Appends (or inserts from `at`) the paragraphs; returns how many were written. */
export function writeParagraphs(
  body: ParagraphContainer,
  paragraphs: readonly LayoutParagraph[],
  fonts: NoticeFonts,
  app: Pick<DocumentApp, 'Attribute' | 'HorizontalAlignment'>,
  options: { at?: number; attributes?: (p: LayoutParagraph) => Record<string, unknown> } = {},
): number {
  const attributes = options.attributes ?? ((p: LayoutParagraph) => paragraphAttributes(p, fonts, app));
  paragraphs.forEach((p, i) => {
    const text = p.runs.map((r) => r.text).join('');
    const paragraph =
      options.at === undefined ? body.appendParagraph(text) : body.insertParagraph(options.at + i, text);
    paragraph.setAttributes(attributes(p));
    styleRuns(paragraph, p, fonts);
  });
  return paragraphs.length;
}
