// The .xlsx reader on packages as Excel, WPS, LibreOffice, the Open XML SDK and openpyxl write them.
import { describe, expect, test } from '@jest/globals';
import { zipSync } from 'fflate';
import { OoxmlError, openXlsx, readSheet, sheetNotes } from '../../src/ooxml';
import { buildPackage } from './packages';

const STYLES_WITH_DATES =
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill/></fill></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="4"/></cellXfs>';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('cell types', () => {
  test.each(['excel', 'wps', 'libreoffice', 'sdk', 'openpyxl'] as const)(
    '%s: shared (rich, phonetic), inline and formula strings, numbers, dates, booleans, errors',
    (producer) => {
      const bytes = buildPackage({
        producer,
        sharedStrings:
          '<si><t>编号</t></si><si><r><rPr><b/></rPr><t>问题</t></r><r><t xml:space="preserve">描述 </t></r><rPh sb="0" eb="2"><t>モンダイ</t></rPh></si><si><t>a_x000D_b</t></si>',
        styles: STYLES_WITH_DATES,
        sheets: [
          {
            name: '台账',
            body:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="3"><c r="A3" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c><c r="B3" s="1"><v>45565</v></c><c r="C3" s="2"><v>45565</v></c><c r="D3" s="3"><v>1.5</v></c>' +
              '<c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c><c r="G3" t="str"><f>A3&amp;"x"</f><v>内联x</v></c><c r="H3"><f>1+1</f></c><c r="J3" t="d"><v>2024-09-30T00:00:00</v></c></row></sheetData>',
          },
        ],
      });
      const book = openXlsx(bytes);
      expect(book.sheets.map((s) => s.name)).toEqual(['台账']);
      const { grid, formulas } = readSheet(book, book.sheets[0]);
      expect(grid[0]).toEqual(['编号', '问题描述 ', 'a\rb']);
      expect(grid[1]).toEqual([]);
      expect(grid[2]).toEqual([
        '内联',
        utc(2024, 9, 30),
        utc(2024, 9, 30),
        1.5,
        true,
        '#N/A',
        '内联x',
        '',
        '',
        utc(2024, 9, 30),
      ]);
      // The formula with no cached result is known as such, so a caller can warn instead of showing a blank.
      expect(formulas).toEqual([
        { row: 3, column: 7, cached: true },
        { row: 3, column: 8, cached: false },
      ]);
    },
  );

  test('the 1904 date system: serial 0 is 1904-01-01', () => {
    const bytes = buildPackage({
      producer: 'excel',
      date1904: true,
      styles: STYLES_WITH_DATES,
      sheets: [
        {
          name: 'S',
          body: '<row r="1"><c r="A1" s="1"><v>44103</v></c><c r="B1"><v>44103</v></c></row></sheetData>',
        },
      ],
    });
    const book = openXlsx(bytes);
    expect(book.date1904).toBe(true);
    expect(readSheet(book, book.sheets[0]).grid[0]).toEqual([utc(2024, 9, 30), 44103]);
  });

  test('rows and cells without r attributes follow on from the previous one', () => {
    const bytes = buildPackage({
      producer: 'libreoffice',
      sheets: [
        {
          name: 'S',
          body: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c></row></sheetData>',
        },
      ],
    });
    const book = openXlsx(bytes);
    expect(readSheet(book, book.sheets[0]).grid).toEqual([
      ['a', 2],
      ['', '', 3],
    ]);
  });
});

describe('notes', () => {
  test.each([
    [
      'rich (Excel)',
      '<text><r><rPr><b/></rPr><t>王科长:</t></r><r><t xml:space="preserve">待核实</t></r></text>',
      'excel',
    ],
    ['plain (openpyxl)', '<text><t>王科长:待核实</t></text>', 'openpyxl'],
  ] as const)('%s notes are read with their text', (_label, text, producer) => {
    const bytes = buildPackage({
      producer,
      sheets: [
        {
          name: '台账',
          body: '<row r="1"><c r="A1"><v>1</v></c></row></sheetData><legacyDrawing r:id="rId2"/>',
          rels: [
            ['rId1', 'comments', producer === 'openpyxl' ? '/xl/comments/comment1.xml' : '../comments1.xml'],
            [
              'rId2',
              'vmlDrawing',
              producer === 'openpyxl' ? '/xl/drawings/commentsDrawing1.vml' : '../drawings/vmlDrawing1.vml',
            ],
          ],
        },
      ],
      parts: {
        [producer === 'openpyxl' ? 'xl/comments/comment1.xml' : 'xl/comments1.xml']:
          `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>a</author></authors><commentList><comment ref="C9" authorId="0">${text}</comment></commentList></comments>`,
      },
    });
    const book = openXlsx(bytes);
    expect([...sheetNotes(book, book.sheets[0])]).toEqual([['C9', '王科长:待核实']]);
  });
});

describe('limits and damage', () => {
  const sheet = (rows: number) => {
    let body = '';
    for (let r = 1; r <= rows; r++) body += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    return buildPackage({ producer: 'excel', sheets: [{ name: 'S', body: `${body}</sheetData>` }] });
  };

  test('more rows than the cap: refused with the cap and the sheet named', () => {
    const book = openXlsx(sheet(11), { maxRows: 10 });
    expect(() => readSheet(book, book.sheets[0])).toThrow(
      expect.objectContaining({ code: 'limit.rows', limit: 10 }),
    );
    const fits = openXlsx(sheet(10), { maxRows: 10 });
    expect(readSheet(fits, fits.sheets[0]).grid).toHaveLength(10);
  });

  test('a cell past the column cap or longer than the cell cap is refused, naming the cell', () => {
    const far = buildPackage({
      producer: 'excel',
      sheets: [
        { name: 'S', body: '<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>' },
      ],
    });
    const book = openXlsx(far, { maxColumns: 100 });
    expect(() => readSheet(book, book.sheets[0])).toThrow(
      expect.objectContaining({ code: 'limit.columns', detail: 'S!XFD1' }),
    );
    const long = buildPackage({
      producer: 'excel',
      sheets: [
        {
          name: 'S',
          body: `<row r="2"><c r="B2" t="inlineStr"><is><t>${'长'.repeat(40)}</t></is></c></row></sheetData>`,
        },
      ],
    });
    const book2 = openXlsx(long, { maxCellLength: 32 });
    expect(() => readSheet(book2, book2.sheets[0])).toThrow(
      expect.objectContaining({ code: 'limit.cellLength', detail: 'S!B2', actual: 40 }),
    );
  });

  test('a part that inflates past its declared size or the cap stops after one chunk', () => {
    const bytes = sheet(3);
    // Honest sizes over the cap are refused from the directory, before inflating anything.
    expect(() => openXlsx(bytes, { maxInflatedBytes: 100 })).toThrow(
      expect.objectContaining({ code: 'limit.inflated' }),
    );
    // A directory that understates a part's size: counting while inflating catches it.
    const zeros = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(4 << 20) }, { level: 9 });
    const lying = new Uint8Array(zeros);
    const view = new DataView(lying.buffer);
    for (let p = lying.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50) {
        view.setUint32(p + 24, 1000, true);
        break;
      }
    }
    const { readZip, inflateEntry } = require('../../src/ooxml/zip') as typeof import('../../src/ooxml/zip');
    const zip = readZip(lying);
    let seen = 0;
    expect(() =>
      inflateEntry(zip, zip.entries[0], { max: 1 << 30, used: 0 }, (c) => {
        seen += c.length;
      }),
    ).toThrow(expect.objectContaining({ code: 'damaged' }));
    expect(seen).toBeLessThan(1000);
  });

  test('a directory record that runs past the end of the file is damaged, not read as zeros', () => {
    const whole = buildPackage({ producer: 'excel', sheets: [{ name: 'S', body: '</sheetData>' }] });
    const cut = new Uint8Array(whole);
    const view = new DataView(cut.buffer);
    let last = -1;
    for (let p = 0; p + 4 <= cut.length; p++) if (view.getUint32(p, true) === 0x02014b50) last = p;
    // The last directory entry's extra field claims 65,000 bytes: only the 22-byte end record follows it.
    view.setUint16(last + 30, 65000, true);
    expect(() => openXlsx(cut)).toThrow(expect.objectContaining({ code: 'damaged' }));
  });

  test('a Word document renamed .xlsx, a zip without a workbook and a truncated file are told apart', () => {
    const docx = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    expect(() => openXlsx(docx)).toThrow(expect.objectContaining({ code: 'notWorkbook' }));
    expect(() => openXlsx(zipSync({ 'a.txt': new Uint8Array(1) }))).toThrow(
      expect.objectContaining({ code: 'damaged' }),
    );
    const whole = buildPackage({ producer: 'excel', sheets: [{ name: 'S', body: '</sheetData>' }] });
    expect(() => openXlsx(whole.subarray(0, whole.length - 30))).toThrow(OoxmlError);
  });

  test('a relative sheet target resolves against xl/', () => {
    const bytes = buildPackage({
      producer: 'excel',
      sheets: [{ name: 'S', body: '<row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
    });
    expect(openXlsx(bytes).sheets[0].part).toBe('xl/worksheets/sheet1.xml');
  });
});
