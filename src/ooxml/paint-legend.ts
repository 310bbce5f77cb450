// The legend sheet: its XML, and its entry in the workbook (our old legend is rewritten in place).
import { OoxmlError } from './errors';
import { findEntry, partText, relsPartOf, type XlsxBook } from './package';
import { escapeRe, type PackageEdits, REL_NS, relativeTarget, utf8 } from './paint-parts';
import type { PaintRequest } from './paint-request';
import { readSheet } from './sheet';
import { columnName } from './sheet-patch';
import type { StylesPatch } from './styles';
import { cellText, escapeXml } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function legendSheetXml(legend: PaintRequest['legend'], styles: StylesPatch): string {
  const rows: string[] = [];
  const links: string[] = [];
  legend.rows.forEach((cells, i) => {
    const r = i + 1;
    let xml = '';
    cells.forEach((cell, j) => {
      if (!cell) return;
      const ref = `${columnName(j + 1)}${r}`;
      const format =
        cell.bold || cell.size || cell.fill
          ? ` s="${styles.legendFormat({ bold: cell.bold, size: cell.size, fill: cell.fill })}"`
          : '';
      if (cell.number !== undefined) xml += `<c r="${ref}"${format}><v>${cell.number}</v></c>`;
      else if (cell.text !== undefined)
        xml += `<c r="${ref}"${format} t="inlineStr"><is><t xml:space="preserve">${cellText(cell.text)}</t></is></c>`;
      else xml += `<c r="${ref}"${format}/>`;
      if (cell.link)
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(cell.link)}" display="${escapeXml(cell.text ?? '')}"/>`,
        );
    });
    if (xml) rows.push(`<row r="${r}">${xml}</row>`);
  });
  const cols = legend.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>${links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : ''}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** workbook.xml with a <sheet> entry for a new legend part appended to <sheets>. */
function addSheetEntry(workbookText: string, name: string, id: string): string {
  let sheetId = 0;
  for (const m of workbookText.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?\ssheetId\s*=\s*"(\d+)"/g))
    sheetId = Math.max(sheetId, Number(m[1]));
  const prefix = /<((?:[\w.-]+:)?)sheets\b/.exec(workbookText)?.[1] ?? '';
  const close = new RegExp(`</${escapeRe(prefix)}sheets\\s*>`).exec(workbookText);
  if (!close) throw new OoxmlError('damaged', 'workbook.xml has no </sheets>');
  const entry = `<${prefix}sheet xmlns:r="${REL_NS}" name="${escapeXml(name)}" sheetId="${sheetId + 1}" r:id="${id}"/>`;
  return workbookText.slice(0, close.index) + entry + workbookText.slice(close.index);
}

/** Our old legend sheet: A1 holds one of our titles. */
function oldLegend(book: XlsxBook, request: PaintRequest) {
  return book.sheets.find(
    (s) =>
      s.kind === 'worksheet' &&
      s.part !== request.sheet.part &&
      request.legend.titles.includes(String(readSheet(book, s, { maxRows: 1 }).grid[0]?.[0] ?? '')),
  );
}

/** Writes the legend sheet (rewriting our old one, else adding one) and returns its name. */
export function writeLegend(edits: PackageEdits, request: PaintRequest, styles: StylesPatch): string {
  const book = edits.book;
  const old = oldLegend(book, request);
  const names = new Set(book.sheets.filter((s) => s !== old).map((s) => s.name.toLowerCase()));
  let legendName = request.legend.baseName;
  for (let i = 2; names.has(legendName.toLowerCase()); i++) legendName = `${request.legend.baseName} (${i})`;
  const legendXml = utf8(legendSheetXml(request.legend, styles));
  let workbookText = partText(book, book.workbookPart) as string;
  let workbookChanged = false;
  if (old) {
    edits.replaced.set(old.part.toLowerCase(), { name: edits.storedName(old.part), data: legendXml });
    // Its old relationships (hyperlinks written by another tool) point nowhere now.
    if (findEntry(book.zip, relsPartOf(old.part)))
      edits.replaced.set(relsPartOf(old.part).toLowerCase(), { name: '', data: new Uint8Array(0) });
    if (old.name !== legendName) {
      workbookText = workbookText.replace(
        new RegExp(`(<(?:[\\w.-]+:)?sheet\\b[^>]*?\\sname\\s*=\\s*")${escapeRe(escapeXml(old.name))}(")`),
        `$1${escapeXml(legendName)}$2`,
      );
      workbookChanged = true;
    }
  } else {
    const part = edits.freePart((n) => `xl/worksheets/sheet${n}.xml`);
    edits.added.push({ name: part, data: legendXml });
    edits.overrides.push([part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    const id = edits.freeId(edits.workbookRels);
    edits.workbookRelsAdd.push({ id, type: 'worksheet', target: relativeTarget(book.workbookPart, part) });
    workbookText = addSheetEntry(workbookText, legendName, id);
    workbookChanged = true;
  }
  if (workbookChanged)
    edits.replaced.set(book.workbookPart.toLowerCase(), {
      name: edits.storedName(book.workbookPart),
      data: utf8(workbookText),
    });
  return legendName;
}
