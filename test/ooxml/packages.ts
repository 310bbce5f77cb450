// Builds .xlsx packages the way Excel, WPS, LibreOffice, the Open XML SDK and openpyxl write them, with fflate.
import { strToU8, unzipSync, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The <sheetData> content and anything after it (mergeCells, legacyDrawing, …), unprefixed unless `prefix`. */
  body: string;
  /** Elements before <sheetData> (cols, sheetViews). */
  head?: string;
  /** Extra relationships of the sheet: [id, type, target]. */
  rels?: [string, string, string][];
}

export interface PackageSpec {
  producer: 'excel' | 'wps' | 'libreoffice' | 'sdk' | 'openpyxl';
  sheets: SheetSpec[];
  sharedStrings?: string[] | string;
  /** The styles part's inner XML (numFmts, fonts, fills, borders, cellXfs). */
  styles?: string;
  date1904?: boolean;
  /** Other parts, copied as given: charts, drawings, comments, vbaProject.bin… */
  parts?: Record<string, string | Uint8Array>;
  contentTypes?: string[];
  definedNames?: string;
  /** Deflate level (1 is fastest, for very large test sheets). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

const DEFAULT_STYLES =
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';

/** Prefixes every element of a fragment written unprefixed (`<row>` → `<x:row>`), as the Open XML SDK does. */
function prefixed(xml: string, prefix: string): string {
  if (!prefix) return xml;
  return xml.replace(/<(\/?)([a-zA-Z][\w]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const prefix = spec.producer === 'sdk' ? 'x' : '';
  const ns = prefix ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const root = (name: string) => (prefix ? `x:${name}` : name);
  // openpyxl and LibreOffice write absolute targets; Excel and WPS relative ones.
  const abs = spec.producer === 'openpyxl' || spec.producer === 'libreoffice';
  const target = (path: string) => (abs ? `/xl/${path}` : path);
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => {
    files[name] = strToU8(text);
  };
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
  ];
  const wbRels: string[] = [];
  const sheetEntries: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    wbRels.push(
      `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="${target(`worksheets/sheet${n}.xml`)}"/>`,
    );
    sheetEntries.push(`<${root('sheet')} name="${sheet.name}" sheetId="${n}" r:id="rId${n}"/>`);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    put(
      `xl/worksheets/sheet${n}.xml`,
      `${DECL}<${root('worksheet')} ${ns} xmlns:r="${REL}">${prefixed(sheet.head ?? '', prefix)}<${root('sheetData')}>${prefixed(sheet.body, prefix)}</${root('worksheet')}>`,
    );
    if (sheet.rels)
      put(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `${DECL}<Relationships xmlns="${PKG_REL}">${sheet.rels.map(([id, type, t]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${t}"/>`).join('')}</Relationships>`,
      );
  });
  let next = spec.sheets.length + 1;
  if (spec.sharedStrings !== undefined) {
    const items =
      typeof spec.sharedStrings === 'string'
        ? spec.sharedStrings
        : spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('');
    put('xl/sharedStrings.xml', `${DECL}<${root('sst')} ${ns}>${prefixed(items, prefix)}</${root('sst')}>`);
    wbRels.push(
      `<Relationship Id="rId${next++}" Type="${REL}/sharedStrings" Target="${target('sharedStrings.xml')}"/>`,
    );
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`,
    );
  }
  wbRels.push(`<Relationship Id="rId${next++}" Type="${REL}/styles" Target="${target('styles.xml')}"/>`);
  put(
    'xl/styles.xml',
    `${DECL}<${root('styleSheet')} ${ns}>${prefixed(spec.styles ?? DEFAULT_STYLES, prefix)}</${root('styleSheet')}>`,
  );
  const pr = spec.date1904 ? `<${root('workbookPr')} date1904="1"/>` : `<${root('workbookPr')}/>`;
  put(
    'xl/workbook.xml',
    `${DECL}<${root('workbook')} ${ns} xmlns:r="${REL}">${pr}<${root('sheets')}>${sheetEntries.join('')}</${root('sheets')}>${spec.definedNames ? prefixed(spec.definedNames, prefix) : ''}</${root('workbook')}>`,
  );
  put(
    'xl/_rels/workbook.xml.rels',
    `${DECL}<Relationships xmlns="${PKG_REL}">${wbRels.join('')}</Relationships>`,
  );
  put(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${abs ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`,
  );
  for (const [name, content] of Object.entries(spec.parts ?? {}))
    files[name] = typeof content === 'string' ? strToU8(content) : content;
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}${(spec.contentTypes ?? []).join('')}</Types>`;
  return zipSync({ '[Content_Types].xml': strToU8(types), ...files }, { level: spec.level ?? 6 });
}

/** Every entry of a zip, inflated, by name. */
export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The ledger header and rows used by the producer tests, as `<row>` XML with inline strings. */
export function inlineRow(r: number, values: (string | number | null)[]): string {
  const cells = values
    .map((v, i) => {
      if (v === null) return '';
      const ref = `${String.fromCharCode(65 + i)}${r}`;
      return typeof v === 'number'
        ? `<c r="${ref}"><v>${v}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    })
    .join('');
  return `<row r="${r}">${cells}</row>`;
}
