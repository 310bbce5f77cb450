// colour as a surgical patch, on packages as Excel, WPS, LibreOffice, the Open XML SDK and openpyxl write them:
// every zip entry but the few colour may change is byte-identical, and those change only as allowed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { strToU8 } from 'fflate';
import { main } from '../../src/cli/main';
import { NOTE_MARKS } from '../../src/cli/xlsx-colour';
import { PALETTE } from '../../src/core';
import { openXlsx, readSheet, sheetNotes } from '../../src/ooxml';
import { classifyFill } from '../../src/ooxml/styles';
import { captureIo, scratchDir } from '../cli/helpers';
import { buildPackage, entries, type PackageSpec } from './packages';

const AS_OF = '2024-10-30';
type Producer = PackageSpec['producer'];

// xf 0 plain; 1 a date; 2 fill 2 = <patternFill/> (no fill, as openpyxl writes it); 3 a person's yellow fill.
const STYLES =
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/><xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>';

const HEADER = ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '完成日期'];

/** A date cell the way each producer writes it: openpyxl's ISO form (t="d"), the others a styled serial. */
function dateCell(producer: Producer, ref: string, iso: string, serial: number): string {
  return producer === 'openpyxl'
    ? `<c r="${ref}" t="d"><v>${iso}T00:00:00</v></c>`
    : `<c r="${ref}" s="1"><v>${serial}</v></c>`;
}

const text = (producer: Producer, ref: string, value: string, style = 0, index?: number) =>
  producer === 'libreoffice' || index === undefined
    ? `<c r="${ref}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t>${value}</t></is></c>`
    : `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${index}</v></c>`;

/**
 * A ledger at 2024-10-30: row 3 overdue (its cells carry the empty <patternFill/>), row 4 due soon (C4 a
 * person's yellow, B4 a person's note), row 5 done, row 6 an unreadable deadline (E6, a person's note there
 * for openpyxl), with a chart, a pivot cache, an external link, macros, validations, print settings and titles.
 */
function ledgerPackage(producer: Producer): Uint8Array {
  const shared = [...HEADER, '巡察整改台账'];
  const s = (i: number) => i;
  const hdr = HEADER.map((h, i) => text(producer, `${String.fromCharCode(65 + i)}2`, h, 0, s(i))).join('');
  const body = [
    `<row r="1" ht="30" customHeight="1">${text(producer, 'A1', '巡察整改台账', 0, 7)}</row>`,
    `<row r="2">${hdr}</row>`,
    `<row r="3"><c r="A3" s="2"><v>1</v></c>${text(producer, 'B3', '学习不够', 2)}${text(producer, 'C3', '组织学习', 2)}${text(producer, 'D3', '办公室', 2)}${dateCell(producer, 'E3', '2024-09-30', 45565).replace('/>', '/>')}${text(producer, 'F3', '正在整改', 2)}</row>`,
    `<row r="4"><c r="A4"><v>2</v></c>${text(producer, 'B4', '制度未修订')}${text(producer, 'C4', '修订制度', 3)}${text(producer, 'D4', '办公室')}${dateCell(producer, 'E4', '2024-11-03', 45599)}${text(producer, 'F4', '正在整改')}</row>`,
    `<row r="5"><c r="A5"><v>3</v></c>${text(producer, 'B5', '会议过多')}${text(producer, 'C5', '精简会议')}${text(producer, 'D5', '组织部')}${dateCell(producer, 'E5', '2024-09-30', 45565)}${text(producer, 'F5', '已完成')}${dateCell(producer, 'G5', '2024-09-20', 45555)}</row>`,
    `<row r="6"><c r="A6"><v>4</v></c>${text(producer, 'B6', '账目不清')}${text(producer, 'C6', '清理账目')}${text(producer, 'D6', '财务室')}${text(producer, 'E6', '下个月吧')}${text(producer, 'F6', '正在整改')}</row>`,
  ].join('');
  const tail =
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F3:F6"><formula1>"已完成,正在整改"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/><drawing r:id="rId1"/><legacyDrawing r:id="rId3"/>';
  const commentsPart = producer === 'openpyxl' ? 'xl/comments/comment1.xml' : 'xl/comments1.xml';
  const vmlPart =
    producer === 'openpyxl' ? 'xl/drawings/commentsDrawing1.vml' : 'xl/drawings/vmlDrawing1.vml';
  const note = (t: string) =>
    producer === 'openpyxl'
      ? `<text><t>${t}</t></text>`
      : `<text><r><rPr><b/></rPr><t>王科长:</t></r><r><t>${t}</t></r></text>`;
  const personNotes = `<comment ref="B4" authorId="0">${note('待核实')}</comment>${producer === 'openpyxl' ? `<comment ref="E6" authorId="0">${note('问过了')}</comment>` : ''}`;
  const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;
  return buildPackage({
    producer,
    sharedStrings: producer === 'libreoffice' ? undefined : shared,
    styles: STYLES,
    definedNames:
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">台账!$2:$2</definedName></definedNames>',
    sheets: [
      {
        name: '台账',
        head: '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols><col min="2" max="3" width="30" customWidth="1"/></cols>',
        body: body + tail,
        rels: [
          [
            'rId1',
            'drawing',
            producer === 'openpyxl' ? '/xl/drawings/drawing1.xml' : '../drawings/drawing1.xml',
          ],
          ['rId2', 'comments', producer === 'openpyxl' ? `/${commentsPart}` : '../comments1.xml'],
          ['rId3', 'vmlDrawing', producer === 'openpyxl' ? `/${vmlPart}` : '../drawings/vmlDrawing1.vml'],
        ],
      },
      {
        name: '统计',
        body: '<row r="1"><c r="A1" s="3" t="inlineStr"><is><t>统计表</t></is></c></row></sheetData>',
      },
    ],
    parts: {
      [commentsPart]: `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>王科长</author></authors><commentList>${personNotes}</commentList></comments>`,
      [vmlPart]: vml,
      'xl/drawings/drawing1.xml':
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:graphicFrame/></xdr:twoCellAnchor></xdr:wsDr>',
      'xl/drawings/_rels/drawing1.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
      'xl/charts/chart1.xml':
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart/></c:plotArea></c:chart></c:chartSpace>',
      'xl/pivotCache/pivotCacheDefinition1.xml':
        '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      'xl/externalLinks/externalLink1.xml':
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
      'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
      'docProps/app.xml':
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
    },
    contentTypes: [
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>',
    ],
  });
}

/** The ledger sheet with every s="…" and every empty styled cell removed: what must not change. */
function withoutStyles(xml: string): string {
  return xml.replace(/<(\w+:)?c r="[A-Z]+\d+" s="\d+"\/>/g, '').replace(/\ss="\d+"/g, '');
}

/** The fill of a cell in the written copy, as colour classifies fills. */
function fillsOf(bytes: Uint8Array) {
  const files = entries(bytes);
  const styles = new TextDecoder().decode(files['xl/styles.xml']);
  const fills = [...styles.matchAll(/<(?:\w+:)?fill>[\s\S]*?<\/(?:\w+:)?fill>/g)].map((m) =>
    classifyFill(m[0]),
  );
  const xfs = [
    ...(/<(?:\w+:)?cellXfs[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '').matchAll(
      /<(?:\w+:)?xf\b[^>]*/g,
    ),
  ].map((m) => Number(/fillId="(\d+)"/.exec(m[0])?.[1] ?? 0));
  const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
  return (ref: string) => {
    const tag = new RegExp(`<(?:\\w+:)?c r="${ref}"[^>]*>`).exec(sheet)?.[0];
    return tag ? fills[xfs[Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0)]] : 'absent';
  };
}

describe.each(['excel', 'wps', 'libreoffice', 'sdk', 'openpyxl'] as const)(
  'colour on a %s workbook',
  (producer) => {
    test('paints rows, writes notes and a legend, and leaves every other entry byte-identical', async () => {
      const dir = scratchDir();
      const input = join(dir, '台账.xlsm');
      const original = ledgerPackage(producer);
      writeFileSync(input, original);
      const out = join(dir, 'out.xlsm');
      const io = captureIo();
      expect(await main(['colour', input, '--out', out, '--as-of', AS_OF, '--lang', 'zh'], io)).toBe(1);
      expect(io.stderr).toEqual([]);
      expect(readFileSync(input)).toEqual(Buffer.from(original));
      const copy = new Uint8Array(readFileSync(out));
      const a = entries(original);
      const b = entries(copy);

      // Allowed to change: the ledger sheet, styles, workbook + its rels, content types, the notes and their VML.
      const commentsPart = producer === 'openpyxl' ? 'xl/comments/comment1.xml' : 'xl/comments1.xml';
      const vmlPart =
        producer === 'openpyxl' ? 'xl/drawings/commentsDrawing1.vml' : 'xl/drawings/vmlDrawing1.vml';
      const changed = [
        'xl/worksheets/sheet1.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        '[Content_Types].xml',
        commentsPart,
        vmlPart,
      ];
      for (const name of Object.keys(a)) {
        if (changed.includes(name)) continue;
        expect([name, Buffer.from(b[name] ?? [])]).toEqual([name, Buffer.from(a[name])]);
      }
      const addedParts = Object.keys(b).filter((n) => !(n in a));
      expect(addedParts).toEqual(['xl/worksheets/sheet3.xml']);

      const dec = (x: Uint8Array) => new TextDecoder().decode(x);
      // The ledger sheet differs only in style indexes and empty cells that carry a fill.
      expect(withoutStyles(dec(b['xl/worksheets/sheet1.xml']))).toEqual(
        withoutStyles(dec(a['xl/worksheets/sheet1.xml'])),
      );
      // styles.xml: the original with items appended (fills, fonts, cellXfs) and their counts.
      const stylesA = dec(a['xl/styles.xml']);
      const stylesB = dec(b['xl/styles.xml']);
      const sections = (t: string) => {
        const inside: string[] = [];
        const outside = t.replace(
          /(<(\w+:)?(fonts|fills|cellXfs)\b)[^>]*>([\s\S]*?)(<\/\2?\3>)/g,
          (_m, open: string, _p, _n, body: string, close: string) => {
            inside.push(body);
            return `${open}>${close}`;
          },
        );
        return { outside, inside };
      };
      const sa = sections(stylesA);
      const sb = sections(stylesB);
      expect(sb.outside).toEqual(sa.outside);
      sa.inside.forEach((body, i) => {
        expect(sb.inside[i].startsWith(body)).toBe(true);
      });
      // workbook.xml: one more <sheet>, the defined names as they were.
      const wbA = dec(a['xl/workbook.xml']);
      const wbB = dec(b['xl/workbook.xml']);
      expect(wbB.replace(/<(?:\w+:)?sheet [^>]*name="图例"[^>]*\/>/, '')).toEqual(wbA);

      // What a person sees: fills by urgency, a person's fill kept, the empty <patternFill/> treated as no fill.
      const fill = fillsOf(copy);
      expect(['A3', 'B3', 'F3'].map(fill)).toEqual([PALETTE.overdue, PALETTE.overdue, PALETTE.overdue]);
      expect(['A4', 'B4', 'C4'].map(fill)).toEqual([PALETTE.dueSoon, PALETTE.dueSoon, '#ffff00']);
      expect(['A5', 'G5'].map(fill)).toEqual([PALETTE.done, PALETTE.done]);
      // Row 5 had no cell in column… every table column of a coloured row is filled, nothing beyond G.
      expect(fill('G3')).toBe(PALETTE.overdue);
      expect(fill('H3')).toBe('absent');
      expect(['A1', 'A2', 'A6'].map(fill)).toEqual([null, null, null]);

      // Notes: the person's stay as written; ours on A2 (a missing column) and on E6 unless a person's note is
      // there (the openpyxl case). The VML gains one shape per note of ours.
      const book = openXlsx(copy);
      const notes = sheetNotes(book, book.sheets[0]);
      expect(notes.get('B4')).toBe(producer === 'openpyxl' ? '待核实' : '王科长:待核实');
      if (producer === 'openpyxl') expect(notes.get('E6')).toBe('问过了');
      else expect(notes.get('E6')?.startsWith(NOTE_MARKS[0])).toBe(true);
      expect(dec(b[vmlPart]).match(/ObjectType="Note"/g)).toHaveLength(producer === 'openpyxl' ? 2 : 3);
      // The legend lists every finding; its sheet reads back.
      const legend = readSheet(book, book.sheets[2]).grid;
      expect(legend[0][0]).toBe('整改台账助手 · 图例');
      expect(legend.slice(12).map((r) => r[0])).toEqual(['台账!A2', '台账!E6']);
      expect(notes.get('A2')?.startsWith(NOTE_MARKS[0])).toBe(true);
    });
  },
);

describe('colour bounded by the table', () => {
  test('a stray value in XFD1 does not make colour paint 16,384 columns', async () => {
    const dir = scratchDir();
    const rows = [
      `<row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>`,
    ];
    rows.push(
      `<row r="2">${HEADER.map((h, i) => `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`,
    );
    for (let r = 3; r < 203; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>问题</t></is></c><c r="C${r}" t="inlineStr"><is><t>措施</t></is></c><c r="D${r}" t="inlineStr"><is><t>办公室</t></is></c><c r="E${r}" t="inlineStr"><is><t>2024-09-30</t></is></c><c r="F${r}" t="inlineStr"><is><t>正在整改</t></is></c></row>`,
      );
    const input = join(dir, 'stray.xlsx');
    writeFileSync(
      input,
      buildPackage({ producer: 'excel', sheets: [{ name: '台账', body: `${rows.join('')}</sheetData>` }] }),
    );
    const out = join(dir, 'out.xlsx');
    expect(await main(['colour', input, '--out', out, '--as-of', AS_OF, '--lang', 'zh'], captureIo())).toBe(
      0,
    );
    const sheet = new TextDecoder().decode(
      entries(new Uint8Array(readFileSync(out)))['xl/worksheets/sheet1.xml'],
    );
    const columns = new Set([...sheet.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]));
    // The table's seven columns (G is 完成日期, a header without data) and the stray XFD1, nothing between.
    expect([...columns].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'XFD']);
    expect(strToU8(sheet).length).toBeLessThan(80_000);
  });
});
