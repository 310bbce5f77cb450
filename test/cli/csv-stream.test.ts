// CSV parsing by slices and in pieces gives exactly what the character-at-a-time RFC 4180 reading gave.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { CsvParser, firstInvalidUtf8, parseCsv, parseCsvBytes } from '../../src/cli/csv';

/** The previous parser, kept as the oracle: one character at a time. */
function oracle(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const csvText = fc
  .array(fc.constantFrom('a', '问', ',', ';', '"', '""', '\n', '\r', '\r\n', ' ', 'x"y', '\t'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('CSV by slices', () => {
  test('the same rows as the character-at-a-time parser, for any text', () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(',', ';', '\t'), (text, sep) => {
        expect(parseCsv(text, sep)).toEqual(oracle(text, sep));
      }),
      { numRuns: 2000 },
    );
  });

  test('fed in pieces cut anywhere, the rows are the same as fed whole', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(60), { maxLength: 5 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parser = new CsvParser(',');
        let last = 0;
        for (const p of points) {
          parser.push(text.slice(last, p));
          last = p;
        }
        parser.push(text.slice(last));
        expect(parser.finish()).toEqual(oracle(text, ','));
      }),
      { numRuns: 2000 },
    );
  });

  test('a file read a megabyte at a time: a character split across pieces, and rows across them', () => {
    const row = '编号,问题描述,"含,逗号与""引号""的描述",整改时限\r\n';
    const text = row.repeat(40_000);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(bytes.length).toBeGreaterThan(2 << 20);
    const rows = parseCsvBytes(bytes);
    expect(rows).toHaveLength(40_000);
    expect(rows[39_999]).toEqual(['编号', '问题描述', '含,逗号与"引号"的描述', '整改时限']);
  });

  test('limits: rows, columns and cell length name the row or cell', () => {
    expect(() => parseCsv('a\nb\nc\n', ',', { maxRows: 2, maxColumns: 10, maxCellLength: 10 })).toThrow(
      expect.objectContaining({ code: 'limit.rows', limit: 2 }),
    );
    expect(() => parseCsv('a,b,c\n', ',', { maxRows: 9, maxColumns: 2, maxCellLength: 10 })).toThrow(
      expect.objectContaining({ code: 'limit.columns', detail: 'C1' }),
    );
    expect(() =>
      parseCsv('a\n"bbbbbbbbbbbb"\n', ',', { maxRows: 9, maxColumns: 9, maxCellLength: 10 }),
    ).toThrow(expect.objectContaining({ code: 'limit.cellLength', detail: 'A2', actual: 12 }));
  });

  test('UTF-8 is validated without decoding: the first bad byte is found', () => {
    const good = new TextEncoder().encode('整改台账 ok 😀');
    expect(firstInvalidUtf8(good)).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe6, 0x95]))).toBe(2); // cut short
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(new Uint8Array([0xd5, 0xfb, 0xb8, 0xc4]))).toBe(0); // GBK 整改
  });
});
