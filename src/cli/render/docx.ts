// Renders the notice as a .docx in the GB/T 9704-2012 layout (A4, 37/35/28/26 mm, fixed 22-line pitch, — N — footers).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  fontNames,
  type LayoutParagraph,
  type LayoutTable,
  LINE_PT,
  layoutNotice,
  type NoticeDocument,
  PAGE,
  SIZES,
} from '../../core';

const TWIPS_PER_PT = 20;
const twipsOfMm = (mm: number) => Math.round((mm / 25.4) * 1440);
const LINE_TWIPS = Math.round(LINE_PT * TWIPS_PER_PT);

/** The page-number font (GB/T: 4号 半角宋体阿拉伯数字). Not a setting: the standard fixes it. */
export const PAGE_NUMBER_FONT = '宋体';

/**
 * One font for every script slot. eastAsia is the one Word uses for Chinese; without it Word falls back to
 * the theme's East Asian font (often 等线) and the notice no longer looks official.
 */
/** Word takes one font name: the first of the setting's list (Word finds its own fallback). */
function fontOf(setting: string) {
  const name = fontNames(setting)?.[0] ?? setting;
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

const ALIGN = {
  center: AlignmentType.CENTER,
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/** Paragraph style ids, one per font role: runs then carry only what differs (bold, a 楷体 lead-in). */
const STYLE_OF: Record<LayoutParagraph['font'], string> = {
  title: 'NoticeTitle',
  body: 'NoticeBody',
  heading1: 'NoticeHeading1',
  heading2: 'NoticeHeading2',
};

/**
 * The four paragraph styles: font (all script slots), size, exact line pitch, justified, 2-character
 * indent. Keeping these in styles.xml rather than on every run makes a 1,000-problem notice several
 * times faster to write and lets a clerk restyle the whole notice in Word in one place.
 */
function paragraphStyles(notice: NoticeDocument) {
  return (Object.keys(STYLE_OF) as LayoutParagraph['font'][]).map((role) => {
    const size = role === 'title' ? SIZES.title : SIZES.body;
    return {
      id: STYLE_OF[role],
      name: `Notice ${role}`,
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: fontOf(notice.fonts[role]), size: size * 2, language: { eastAsia: 'zh-CN' } },
      paragraph: {
        alignment: role === 'title' ? AlignmentType.CENTER : AlignmentType.BOTH,
        spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: role === 'title' ? {} : { firstLine: 2 * size * TWIPS_PER_PT, firstLineChars: 200 },
      },
    };
  });
}

function paragraphOf(p: LayoutParagraph, notice: NoticeDocument): Paragraph {
  const charTwips = p.sizePt * TWIPS_PER_PT;
  const styleAlign = p.font === 'title' ? 'center' : 'justify';
  const styleIndent = p.font === 'title' ? 0 : 2;
  return new Paragraph({
    style: STYLE_OF[p.font],
    ...(p.align !== styleAlign ? { alignment: ALIGN[p.align] } : {}),
    ...(p.keepNext ? { keepNext: true } : {}),
    ...(p.linesBefore > 0 ? { spacing: { before: p.linesBefore * LINE_TWIPS } } : {}),
    // Word reads firstLineChars (2 characters whatever the font); LibreOffice reads the twips.
    ...(p.firstLineChars !== styleIndent || p.rightChars > 0
      ? {
          indent: {
            firstLine: p.firstLineChars * charTwips,
            firstLineChars: p.firstLineChars * 100,
            ...(p.rightChars > 0 ? { right: Math.round(p.rightChars * charTwips) } : {}),
          },
        }
      : {}),
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          ...(r.bold ? { bold: true } : {}),
          ...(r.font && r.font !== p.font ? { font: fontOf(notice.fonts[r.font]) } : {}),
          ...(p.sizePt !== (p.font === 'title' ? SIZES.title : SIZES.body) ? { size: p.sizePt * 2 } : {}),
        }),
    ),
  });
}

const TEXT_WIDTH_TWIPS = twipsOfMm(PAGE.widthMm - PAGE.leftMm - PAGE.rightMm);

/**
 * A table of figures across the text block: single black rules, the header row bold and repeated on every page,
 * the 合计 row bold. Lines are single-spaced: the 22-line body pitch would make a 40-unit table four pages long.
 */
function tableOf(t: LayoutTable): Table {
  const weight = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((w / weight) * TEXT_WIDTH_TWIPS));
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const row = (cells: string[], bold: boolean, header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            margins: { left: 60, right: 60 },
            children: [
              new Paragraph({
                style: STYLE_OF.body,
                alignment: header ? AlignmentType.CENTER : ALIGN[t.align[i] ?? 'left'],
                spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 40, after: 40 },
                indent: { firstLine: 0, firstLineChars: 0 },
                children: [new TextRun({ text, size: t.sizePt * 2, ...(bold ? { bold: true } : {}) })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: rule,
      bottom: rule,
      left: rule,
      right: rule,
      insideHorizontal: rule,
      insideVertical: rule,
    },
    rows: [
      row(t.header, true, true),
      ...t.rows.map((r) => row(r, false, false)),
      ...(t.footer ? [row(t.footer, true, false)] : []),
    ],
  });
}

/**
 * “— 5 —” in 4号宋体, outside-aligned as GB/T 9704 asks: odd pages at the right, even pages at the left,
 * each one character in from the edge of the text block.
 */
function pageNumberFooter(align: 'left' | 'right'): Footer {
  const oneChar = SIZES.pageNumber * TWIPS_PER_PT;
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fontOf(PAGE_NUMBER_FONT),
            size: SIZES.pageNumber * 2,
          }),
        ],
      }),
    ],
  });
}

/** Author of a notice whose settings name no issuing body. */
export const DOCUMENT_AUTHOR = '整改台账助手';

/** Builds the Document object (exported for tests that want to inspect it before packing). */
export function noticeDocx(notice: NoticeDocument): Document {
  const body = notice.fonts.body;
  return new Document({
    title: notice.title,
    // Without these Word's File › Info shows the docx package's “Un-named” as author and last editor.
    creator: notice.issuer ?? DOCUMENT_AUTHOR,
    lastModifiedBy: notice.issuer ?? DOCUMENT_AUTHOR,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fontOf(body), size: SIZES.body * 2, language: { eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE_TWIPS, lineRule: LineRuleType.EXACT } },
        },
      },
      paragraphStyles: paragraphStyles(notice),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twipsOfMm(PAGE.widthMm), height: twipsOfMm(PAGE.heightMm) },
            margin: {
              top: twipsOfMm(PAGE.topMm),
              bottom: twipsOfMm(PAGE.bottomMm),
              left: twipsOfMm(PAGE.leftMm),
              right: twipsOfMm(PAGE.rightMm),
              // GB/T: the page number's dash sits 7 mm below the text block.
              footer: twipsOfMm(PAGE.bottomMm - 7) - SIZES.pageNumber * TWIPS_PER_PT,
              header: twipsOfMm(15),
            },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: layoutNotice(notice).map((p) => (p.table ? tableOf(p.table) : paragraphOf(p, notice))),
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(notice: NoticeDocument): Promise<Uint8Array> {
  // toArrayBuffer, not toBuffer: the offline page runs this in a browser, which has no Buffer.
  return new Uint8Array(await Packer.toArrayBuffer(noticeDocx(notice)));
}
