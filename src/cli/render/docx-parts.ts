// The .docx parts that do not grow with the notice: package plumbing, styles, settings, fonts, footers.
import { type FontRole, fontNames, GRID, LINE_PT, type NoticeDocument, PAGE, SIZES } from '../../core';
import { escapeXml } from './docx-xml';
import { FONT_FALLBACKS, fontKind, GB2312_CHARSET } from './notice-fonts';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = R_NS;
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const TWIPS_PER_PT = 20;
export const twipsOfMm = (mm: number) => Math.round((mm / 25.4) * 1440);

/** A4 and the GB/T 9704 margins in twips (ECMA-376 §17.6.11, §17.6.13). */
export const PAGE_TWIPS = {
  width: twipsOfMm(PAGE.widthMm),
  height: twipsOfMm(PAGE.heightMm),
  top: twipsOfMm(PAGE.topMm),
  bottom: twipsOfMm(PAGE.bottomMm),
  left: twipsOfMm(PAGE.leftMm),
  right: twipsOfMm(PAGE.rightMm),
};

/** The exact line pitch, 28.95 pt: 579 twips. */
export const LINE_TWIPS = Math.round(LINE_PT * TWIPS_PER_PT);

/** Width of the text block as Word sees it: the page less the rounded margins (8,845 twips = 442.25 pt). */
export const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;

/**
 * Character spacing (w:spacing in twentieths of a point, ECMA-376 §17.3.2.35) that fits 28 characters of
 * 3号 into the block: ⌊8,845 ÷ 28 − 320⌋ = −5, so each character advances 315 twips (15.75 pt) and 28 of
 * them take 441 pt of the 442.25 pt line. Set in the body styles rather than as a character grid
 * (w:docGrid linesAndChars with charSpace −842): LibreOffice 7.4 puts every 16 pt character into two cells
 * of such a grid, 14 to a line; condensed spacing gives 28 in Word, WPS and LibreOffice alike.
 */
export const CONDENSE_TWIPS = Math.floor(TEXT_WIDTH_TWIPS / GRID.charsPerLine - SIZES.body * TWIPS_PER_PT);

/** One character of the 28-character line: 315 twips. */
export const CHAR_PITCH_TWIPS = SIZES.body * TWIPS_PER_PT + CONDENSE_TWIPS;

/** Twips for an indent given in characters (LibreOffice reads these; Word reads the *Chars twin). */
export const charsToTwips = (chars: number) => Math.round(chars * CHAR_PITCH_TWIPS);

/** Paragraph style ids, one per font role: runs then carry only what differs (bold, a 楷体 lead-in). */
export const STYLE_OF: Record<FontRole, string> = {
  title: 'NoticeTitle',
  body: 'NoticeBody',
  heading1: 'NoticeHeading1',
  heading2: 'NoticeHeading2',
};

/** The page-number font (GB/T: 4号 半角宋体阿拉伯数字). Not a setting: the standard fixes it. */
export const PAGE_NUMBER_FONT = '宋体';

/** Word takes one font name: the first of the setting's list (Word finds its own fallback from fontTable). */
export function wordFont(setting: string): string {
  return fontNames(setting)?.[0] ?? setting;
}

/**
 * One font for every script slot. eastAsia is the one Word uses for Chinese; without it Word falls back to
 * the theme's East Asian font (often 等线). The hint makes the ambiguous characters (“”、—…) Chinese too.
 */
export function rFonts(setting: string): string {
  const n = escapeXml(wordFont(setting));
  return `<w:rFonts w:ascii="${n}" w:eastAsia="${n}" w:hAnsi="${n}" w:cs="${n}" w:hint="eastAsia"/>`;
}

export function sizeXml(pt: number): string {
  return `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
}

/** A part of the package a writer may leave out: the add-on's package has no styles or font table. */
export type OptionalPart = 'styles' | 'fontTable';

export function contentTypesXml(omit: readonly OptionalPart[] = []): string {
  const part = (name: string, type: string) => `<Override PartName="${name}" ContentType="${type}"/>`;
  const word = (name: OptionalPart) =>
    omit.includes(name) ? '' : part(`/word/${name}.xml`, `${CT}.${name}+xml`);
  return `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
${part('/word/document.xml', `${CT}.document.main+xml`)}\
${word('styles')}\
${part('/word/settings.xml', `${CT}.settings+xml`)}\
${word('fontTable')}\
${part('/word/footer1.xml', `${CT}.footer+xml`)}\
${part('/word/footer2.xml', `${CT}.footer+xml`)}\
${part('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')}\
${part('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')}\
</Types>`;
}

function relationships(rels: [id: string, type: string, target: string][]): string {
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

export function packageRelsXml(): string {
  return relationships([
    ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
    [
      'rId2',
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      'docProps/core.xml',
    ],
    ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
  ]);
}

/** Relationship ids the body's section properties point at. */
export const FOOTER_ODD_RID = 'rIdFooterOdd';
export const FOOTER_EVEN_RID = 'rIdFooterEven';

export function documentRelsXml(omit: readonly OptionalPart[] = []): string {
  const rels: [id: string, type: string, target: string][] = [
    ['rIdStyles', `${REL}/styles`, 'styles.xml'],
    ['rIdSettings', `${REL}/settings`, 'settings.xml'],
    ['rIdFontTable', `${REL}/fontTable`, 'fontTable.xml'],
    [FOOTER_ODD_RID, `${REL}/footer`, 'footer1.xml'],
    [FOOTER_EVEN_RID, `${REL}/footer`, 'footer2.xml'],
  ];
  return relationships(rels.filter(([, , target]) => !omit.some((name) => target === `${name}.xml`)));
}

/** Author of a notice whose settings name no issuing body. */
export const DOCUMENT_AUTHOR = '整改台账助手';

/** Title and author; created and modified are the notice's date, so the same ledger gives the same bytes. */
export function corePropsXml(notice: NoticeDocument): string {
  const author = escapeXml(notice.issuer ?? DOCUMENT_AUTHOR);
  const when = `${notice.noticeDate}T00:00:00Z`;
  return `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>${escapeXml(notice.title)}</dc:title><dc:creator>${author}</dc:creator>\
<cp:lastModifiedBy>${author}</cp:lastModifiedBy>\
<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export function appPropsXml(): string {
  return `${XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
<Application>Rectify</Application></Properties>`;
}

/**
 * Odd and even pages get their own footers (GB/T 9704 7.5: 单页码居右, 双页码居左); punctuation is not
 * compressed, so every character keeps its grid cell.
 */
export function settingsXml(): string {
  return `${XML_DECL}<w:settings xmlns:w="${W_NS}"><w:zoom w:percent="100"/>\
<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/>\
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>\
<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`;
}

/**
 * Each font the notice names, with the hints Word and WPS use when it is missing (ECMA-376 §17.8.3): the
 * Windows face of the same design as w:altName, the PANOSE class, GB2312, the family and the pitch.
 */
export function fontTableXml(notice: NoticeDocument): string {
  const named = new Map<string, FontRole | 'pageNumber'>();
  for (const role of ['body', 'title', 'heading1', 'heading2'] as FontRole[]) {
    const name = wordFont(notice.fonts[role]);
    if (!named.has(name)) named.set(name, role);
  }
  if (!named.has(PAGE_NUMBER_FONT)) named.set(PAGE_NUMBER_FONT, 'pageNumber');
  let fonts = '';
  for (const [name, role] of named) {
    const hint = FONT_FALLBACKS[fontKind(name, role)].docx;
    const alt = hint.altName === name ? '' : `<w:altName w:val="${escapeXml(hint.altName)}"/>`;
    fonts += `<w:font w:name="${escapeXml(name)}">${alt}<w:panose1 w:val="${hint.panose}"/>\
<w:charset w:val="${GB2312_CHARSET}"/><w:family w:val="${hint.family}"/><w:pitch w:val="${hint.pitch}"/></w:font>`;
  }
  return `${XML_DECL}<w:fonts xmlns:w="${W_NS}">${fonts}</w:fonts>`;
}

/**
 * overflowPunct 1 is Word's default (a 。 may hang past the edge), written out because LibreOffice reads it
 * inverted: without it LibreOffice hangs the mark and, on a justified line, does not draw it (measured on the
 * example: 2 of 304 。 and 9 of 332 ， missing from the PDF); with it, it moves the last character down.
 */
const NO_AUTO_SPACE = '<w:overflowPunct w:val="1"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
const NO_SPACING = `<w:spacing w:before="0" w:after="0" w:line="${LINE_TWIPS}" w:lineRule="exact"/>`;

/**
 * Normal carries 3号 (16 pt), the size a Word user adds text in, and no widow control: a page is filled to
 * its 22 lines (GB/T 9704 5.2.1) rather than pushing a paragraph's last line over alone. Nor is a quarter
 * em added between Chinese and digits (autoSpaceDE/DN): half-width digits keep half a cell each, so a line
 * with “2024年” holds as much as the grid says, instead of leaving a gap that justification spreads
 * letter by letter over the line before. The four
 * notice styles carry font, size, exact pitch, alignment and the 2-character indent, so a clerk can
 * restyle the whole notice in Word in one place and runs stay bare.
 */
export function stylesXml(notice: NoticeDocument): string {
  const lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>';
  const style = (role: FontRole) => {
    const title = role === 'title';
    const size = title ? SIZES.title : SIZES.body;
    const ind = title ? '' : `<w:ind w:firstLine="${charsToTwips(2)}" w:firstLineChars="200"/>`;
    const condense = title ? '' : `<w:spacing w:val="${CONDENSE_TWIPS}"/>`;
    return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${STYLE_OF[role]}">\
<w:name w:val="Notice ${role}"/><w:basedOn w:val="Normal"/><w:qFormat/>\
<w:pPr>${title ? '<w:keepNext/>' : ''}${NO_AUTO_SPACE}${NO_SPACING}${ind}<w:jc w:val="${title ? 'center' : 'both'}"/></w:pPr>\
<w:rPr>${rFonts(notice.fonts[role])}${condense}${sizeXml(size)}</w:rPr></w:style>`;
  };
  return `${XML_DECL}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr>${rFonts(notice.fonts.body)}\
${sizeXml(SIZES.body)}${lang}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>${NO_SPACING}</w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
<w:pPr><w:widowControl w:val="0"/>${NO_AUTO_SPACE}<w:jc w:val="both"/></w:pPr><w:rPr>${sizeXml(SIZES.body)}</w:rPr></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
<w:semiHidden/><w:unhideWhenUsed/></w:style>\
${style('title')}${style('body')}${style('heading1')}${style('heading2')}</w:styles>`;
}

/** Footer distance from the page edge: the number's line (one 4号 line) starts 7 mm below the text block. */
export const FOOTER_TWIPS = twipsOfMm(PAGE.bottomMm - 7) - SIZES.pageNumber * TWIPS_PER_PT;

/**
 * “— 5 —” in 4号宋体 with a PAGE field, outside-aligned as GB/T 9704 7.5 asks: odd pages at the right, even
 * pages at the left, each one character in from the edge of the text block. The line is exactly one 4号
 * line high, so FOOTER_TWIPS puts it 7 mm below the text block.
 */
export function footerXml(align: 'left' | 'right'): string {
  const oneChar = SIZES.pageNumber * TWIPS_PER_PT;
  const rPr = `<w:rPr>${rFonts(PAGE_NUMBER_FONT)}${sizeXml(SIZES.pageNumber)}</w:rPr>`;
  const run = (inner: string) => `<w:r>${rPr}${inner}</w:r>`;
  return `${XML_DECL}<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr>\
<w:spacing w:before="0" w:after="0" w:line="${oneChar}" w:lineRule="exact"/>\
<w:ind w:${align}="${oneChar}" w:firstLine="0"/><w:jc w:val="${align}"/></w:pPr>\
${run('<w:t xml:space="preserve">— </w:t>')}${run('<w:fldChar w:fldCharType="begin"/>')}\
${run('<w:instrText xml:space="preserve"> PAGE </w:instrText>')}${run('<w:fldChar w:fldCharType="separate"/>')}\
${run('<w:fldChar w:fldCharType="end"/>')}${run('<w:t xml:space="preserve"> —</w:t>')}</w:p></w:ftr>`;
}

/**
 * Section properties: footers, A4, margins, and the 22-line grid (ECMA-376 §17.6.5); the 28 characters a
 * line come from the body styles' spacing (see CONDENSE_TWIPS).
 */
export function sectionXml(): string {
  const p = PAGE_TWIPS;
  return `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_ODD_RID}"/>\
<w:footerReference w:type="even" r:id="${FOOTER_EVEN_RID}"/><w:pgSz w:w="${p.width}" w:h="${p.height}"/>\
<w:pgMar w:top="${p.top}" w:right="${p.right}" w:bottom="${p.bottom}" w:left="${p.left}" w:header="${twipsOfMm(15)}" \
w:footer="${FOOTER_TWIPS}" w:gutter="0"/><w:cols w:space="425"/>\
<w:docGrid w:type="lines" w:linePitch="${LINE_TWIPS}"/></w:sectPr>`;
}
