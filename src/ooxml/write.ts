// A fresh one-sheet workbook from a grid of text: how a CSV ledger becomes an .xlsx, every value as typed.
import type { Cell } from '../core/text';
import { cellText, escapeXml } from './xml';
import { DeflatedEntry, writeZip } from './zip-write';

export interface GridWorkbookOptions {
  sheetName: string;
  /** 1-based row shown bold (the header). */
  boldRow?: number;
  /** Rows frozen at the top. */
  frozenRows?: number;
  /** Column widths in characters, from column A. */
  widths?: number[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function column(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Every cell as an inline string, so "001", "=1+1" or "+86 123" stay text, exactly as typed (no formula, no
 * number). The sheet is built and deflated row by row, so the grid is never held twice as XML.
 */
export function gridToXlsx(grid: readonly (readonly Cell[])[], options: GridWorkbookOptions): Uint8Array {
  const encoder = new TextEncoder();
  const sheet = new DeflatedEntry('xl/worksheets/sheet1.xml');
  const frozen = options.frozenRows ?? 0;
  const views =
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
  const cols = (options.widths ?? [])
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  let chunk = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${views}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`;
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells || cells.length === 0) continue;
    const style = options.boldRow === r + 1 ? ' s="1"' : '';
    let row = `<row r="${r + 1}">`;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined || v === '') continue;
      row += `<c r="${column(c + 1)}${r + 1}"${style} t="inlineStr"><is><t xml:space="preserve">${cellText(String(v))}</t></is></c>`;
    }
    chunk += `${row}</row>`;
    if (chunk.length > 1 << 16) {
      sheet.push(encoder.encode(chunk));
      chunk = '';
    }
  }
  sheet.push(
    encoder.encode(
      `${chunk}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    ),
  );
  const part = (name: string, text: string) => ({ name, data: encoder.encode(text) });
  return writeZip(null, [
    part(
      '[Content_Types].xml',
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(options.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    part(
      'xl/styles.xml',
      `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
    { deflated: sheet },
  ]);
}
