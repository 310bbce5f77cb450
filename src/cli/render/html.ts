// Renders the notice as a standalone HTML page (print-ready, A4) with every piece of text escaped.

import {
  escapeHtml,
  type FontRole,
  fontNames,
  GRID,
  type LayoutParagraph,
  type LayoutTable,
  LINE_PT,
  layoutNotice,
  type NoticeDocument,
  PAGE,
  SIZES,
  TEXT_WIDTH_PT,
} from '../../core';
import { say } from '../../core/messages/bilingual';
import { commonMessages } from '../../core/messages/common';
import { fallbackNames } from './notice-fonts';

/**
 * The CSS font-family list: the setting's names, then the stand-ins for the first one's design (or the role's,
 * for a name the table does not know): browsers lack 仿宋_GB2312 & co. outside Windows. Settings are validated
 * (fontNames), but a value that is not a font list still never reaches the CSS: it is left out and the
 * fallbacks stand.
 */
function fontStack(setting: string, role: FontRole | 'pageNumber'): string {
  const names = fontNames(setting) ?? [];
  const named = new Set(names.map((n) => n.toLowerCase()));
  const fallbacks = fallbackNames(names[0] ?? '', role).filter((f) => !named.has(f.toLowerCase()));
  return [...names, ...fallbacks].map((f) => (/^(serif|sans-serif)$/.test(f) ? f : `"${f}"`)).join(', ');
}

/** CSS pixels per point, and Chromium's layout unit (1/64 px) that letter-spacing is rounded to. */
const PX_PER_PT = 96 / 72;
const LAYOUT_UNIT_PX = 1 / 64;

/**
 * The character grid in CSS: 3号 characters are 16 pt but the 156 mm block holds 28 of them only at a
 * 15.79 pt pitch, so each character is set closer by the difference. The line is given one pixel of slack
 * (Chromium measured 27 to a line at the exact pitch: its glyph advances round), then the spacing is rounded
 * down to the layout unit; 29 characters stay far wider than the block. Indents are whole grid characters.
 * Chinese punctuation keeps its full cell (text-spacing-trim: space-all; Chromium halves 》《 pairs otherwise).
 */
const GRID_SPACING_PX =
  Math.floor(
    ((TEXT_WIDTH_PT * PX_PER_PT - 1) / GRID.charsPerLine - SIZES.body * PX_PER_PT) / LAYOUT_UNIT_PX,
  ) * LAYOUT_UNIT_PX;
const gridChars = (chars: number) => `${+(chars * (SIZES.body * PX_PER_PT + GRID_SPACING_PX)).toFixed(3)}px`;

function css(notice: NoticeDocument): string {
  const f = notice.fonts;
  const pageNumber = `${SIZES.pageNumber}pt/${SIZES.pageNumber}pt ${fontStack('宋体', 'pageNumber')}`;
  // GB/T 9704 7.5: the number's line sits 7 mm below the text block, one 4号 character in from its edge.
  const numberBox = `vertical-align: top; padding-top: 7mm; font: ${pageNumber}`;
  return `
@page { size: A4; margin: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; }
@page :right { @bottom-right { content: "— " counter(page) " —"; ${numberBox}; padding-right: ${SIZES.pageNumber}pt; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; ${numberBox}; padding-left: ${SIZES.pageNumber}pt; } }
body { margin: 0; background: #f3f3f3; }
.page { box-sizing: border-box; width: ${PAGE.widthMm}mm; min-height: ${PAGE.heightMm}mm; margin: 0 auto;
  padding: ${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm; background: #fff; }
@media print { body { background: none; } .page { width: auto; min-height: 0; padding: 0; } }
p { margin: 0; font-family: ${fontStack(f.body, 'body')}; font-size: ${SIZES.body}pt; line-height: ${LINE_PT}pt;
  letter-spacing: ${GRID_SPACING_PX}px; text-spacing-trim: space-all; text-align: justify; text-indent: ${gridChars(2)}; }
p.title { font-family: ${fontStack(f.title, 'title')}; font-size: ${SIZES.title}pt; letter-spacing: normal; text-align: center; text-indent: 0; }
p.heading1 { font-family: ${fontStack(f.heading1, 'heading1')}; break-after: avoid; }
p.category { break-after: avoid; }
p.issuer, p.date { text-align: right; text-indent: 0; }
.f-heading2 { font-family: ${fontStack(f.heading2, 'heading2')}; }
.f-heading1 { font-family: ${fontStack(f.heading1, 'heading1')}; }
table.figures { width: 100%; border-collapse: collapse; margin: 4pt 0 ${LINE_PT}pt; font-family: ${fontStack(f.body, 'body')}; }
table.figures th, table.figures td { border: 0.75pt solid #000; padding: 2pt 3pt; line-height: 1.3; font-weight: normal; }
table.figures thead th, table.figures tfoot th { font-weight: bold; }
table.figures thead { display: table-header-group; }
table.figures tr { break-inside: avoid; }
.left { text-align: left; } .right { text-align: right; } .center { text-align: center; }`;
}

/** A table of figures: widths as percentages of the text block, the header row repeated on printed pages. */
function tableHtml(t: LayoutTable): string {
  const weight = t.widths.reduce((a, b) => a + b, 0);
  const cols = t.widths.map((w) => `<col style="width: ${((w / weight) * 100).toFixed(2)}%">`).join('');
  const cells = (row: string[], tag: 'th' | 'td') =>
    row
      .map((c, i) => `<${tag} class="${tag === 'th' ? 'center' : t.align[i]}">${escapeHtml(c)}</${tag}>`)
      .join('');
  const body = t.rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n');
  const foot = t.footer ? `\n<tfoot><tr>${cells(t.footer, 'th')}</tr></tfoot>` : '';
  return `<table class="figures" style="font-size: ${t.sizePt}pt"><colgroup>${cols}</colgroup>
<thead><tr>${cells(t.header, 'th')}</tr></thead>
<tbody>
${body}
</tbody>${foot}
</table>`;
}

function paragraphHtml(p: LayoutParagraph): string {
  if (p.table) return tableHtml(p.table);
  const style: string[] = [];
  if (p.rightChars > 0) style.push(`padding-right: ${gridChars(p.rightChars)}`);
  if (p.linesBefore > 0) style.push(`margin-top: ${p.linesBefore * LINE_PT}pt`);
  if (p.role === 'heading1' && p.align !== 'justify') style.push(`text-align: ${p.align}`);
  const runs = p.runs
    .map((r) => {
      const text = escapeHtml(r.text);
      if (r.bold) return `<strong>${text}</strong>`;
      if (r.font && r.font !== p.font) return `<span class="f-${r.font}">${text}</span>`;
      return text;
    })
    .join('');
  return `<p class="${p.role}"${style.length ? ` style="${style.join('; ')}"` : ''}>${runs}</p>`;
}

/** The notice's paragraphs as an HTML fragment (the sidebar preview embeds this). */
export function noticeHtmlFragment(notice: NoticeDocument): string {
  return layoutNotice(notice).map(paragraphHtml).join('\n');
}

/** A complete HTML page; print it to get A4 pages in the official layout. */
export function renderHtml(notice: NoticeDocument): string {
  return `<!DOCTYPE html>
<html lang="${say(notice.locale ?? 'zh', commonMessages.documentLang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(notice.title)}</title>
<style>${css(notice)}
</style>
</head>
<body>
<div class="page">
${noticeHtmlFragment(notice)}
</div>
</body>
</html>
`;
}
