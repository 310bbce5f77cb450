// Adds a DrawingML bar chart to an .xlsx package (exceljs writes no charts): chart part, drawing, relationships.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A part of the workbook ExcelJS just wrote; one missing means that writer changed, not that a user erred. */
function part(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const bytes = files[name];
  if (bytes === undefined) throw new Error(`${name} is missing from the workbook ExcelJS wrote`);
  return bytes;
}

export interface ChartSeries {
  /** Legend name, and the cell that holds it (e.g. '汇总'!$D$3). */
  name: string;
  nameRef: string;
  /** The cells the bars read, e.g. '汇总'!$D$4:$D$43; values is what they hold, cached for readers that do not recalculate. */
  valuesRef: string;
  values: number[];
  /** RRGGBB. */
  colour: string;
}

export interface BarChart {
  /** The sheet the chart is drawn on (by name). */
  sheet: string;
  title: string;
  /** The category labels (unit names) and their cells. */
  categoriesRef: string;
  categories: string[];
  series: ChartSeries[];
  /** Horizontal bars stacked to each unit's total. */
  stacked: boolean;
  horizontal: boolean;
  /** Cell anchor, 0-based columns and rows: the chart spans from (fromCol, fromRow) to (toCol, toRow). */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** 'It''s'!$A$1: a sheet name quoted as a formula reference. */
export function sheetRef(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range}`;
}

function strCache(values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: number[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function runProps(size: number, bold: boolean): string {
  // A CJK font named for East Asian text: without it LibreOffice may draw the unit names as boxes.
  return `<a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="Noto Sans CJK SC"/><a:ea typeface="Noto Sans CJK SC"/></a:defRPr>`;
}

/** The chart part (ECMA-376 Part 1, 21.2): one bar chart with a title, a legend and cached values. */
export function chartXml(chart: BarChart): string {
  const series = chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(chart.categoriesRef)}</c:f>${strCache(chart.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(s.valuesRef)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join('');
  const grouping = chart.stacked ? 'stacked' : 'clustered';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(1400, true)}</a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${chart.horizontal ? 'bar' : 'col'}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="60"/>${chart.stacked ? '<c:overlap val="100"/>' : ''}` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    // Units read top to bottom in sheet order: a horizontal category axis is drawn bottom-up unless reversed.
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${chart.horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${chart.horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(900, false)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${chart.horizontal ? 'b' : 'l'}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(900, false)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `<c:crossAx val="500000001"/><c:crosses val="${chart.horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="t"/><c:overlay val="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(1000, false)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

/** The drawing part (ECMA-376 Part 1, 20.5): one graphic frame anchored to cells, pointing at the chart. */
export function drawingXml(chart: BarChart, chartRelId: string): string {
  const marker = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', chart.from)}${marker('to', chart.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') +
    `</Relationships>`
  );
}

/** The worksheet part of a sheet name, from workbook.xml and its relationships. */
function sheetPart(files: Record<string, Uint8Array>, sheet: string): string {
  const workbook = strFromU8(part(files, 'xl/workbook.xml'));
  const rels = strFromU8(part(files, 'xl/_rels/workbook.xml.rels'));
  const unescapeXml = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || id === undefined || unescapeXml(name) !== sheet) continue;
    const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*>`).exec(rels)?.[0];
    const target = rel ? /\bTarget="([^"]*)"/.exec(rel)?.[1] : undefined;
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`the package has no sheet named ${sheet}`);
}

/** Where a drawing element goes: CT_Worksheet puts it after the page settings and before legacy drawings and tables. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The package with the chart added on its sheet; every other part is copied as it was. */
export function addBarChart(xlsx: Uint8Array, chart: BarChart): Uint8Array {
  const files = unzipSync(xlsx);
  const sheetPath = sheetPart(files, chart.sheet);
  const sheetFile = sheetPath.split('/').pop() as string;
  const sheetRelsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
  let n = 1;
  while (files[`xl/charts/chart${n}.xml`] || files[`xl/drawings/drawing${n}.xml`]) n++;
  files[`xl/charts/chart${n}.xml`] = strToU8(chartXml(chart));
  files[`xl/drawings/drawing${n}.xml`] = strToU8(drawingXml(chart, 'rId1'));
  files[`xl/drawings/_rels/drawing${n}.xml.rels`] = strToU8(
    relsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/chart${n}.xml` }]),
  );
  const drawingRel = `rIdRectifyChart${n}`;
  const existing = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : null;
  const rel = `<Relationship Id="${drawingRel}" Type="${REL_DRAWING}" Target="../drawings/drawing${n}.xml"/>`;
  files[sheetRelsPath] = strToU8(
    existing
      ? existing.replace('</Relationships>', `${rel}</Relationships>`)
      : relsXml([{ id: drawingRel, type: REL_DRAWING, target: `../drawings/drawing${n}.xml` }]),
  );
  let sheetXml = strFromU8(part(files, sheetPath));
  if (/<drawing\b/.test(sheetXml)) throw new Error(`${chart.sheet} already has a drawing`);
  if (!/xmlns:r="/.test(sheetXml))
    sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const at = AFTER_DRAWING.exec(sheetXml);
  if (!at) throw new Error(`${sheetPath} is not a worksheet`);
  sheetXml = `${sheetXml.slice(0, at.index)}<drawing r:id="${drawingRel}"/>${sheetXml.slice(at.index)}`;
  files[sheetPath] = strToU8(sheetXml);
  let types = strFromU8(part(files, '[Content_Types].xml'));
  types = types.replace(
    '</Types>',
    `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>` +
      `<Override PartName="/xl/drawings/drawing${n}.xml" ContentType="${CT_DRAWING}"/></Types>`,
  );
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files, { level: 6 });
}
