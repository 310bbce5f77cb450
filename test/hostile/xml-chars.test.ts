// The .xlsx character rule (ST_Xstring): what a cell can hold, how it is escaped, and that escaping round-trips.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeXstring, encodeXstring, firstUnstorable, xlsxCharClass } from '../../src/core/xml-chars';

describe('xlsxCharClass', () => {
  it('keeps tab and line feed plain, escapes CR, the other controls and DEL', () => {
    expect(xlsxCharClass(0x09)).toBe('plain');
    expect(xlsxCharClass(0x0a)).toBe('plain');
    expect(xlsxCharClass(0x0d)).toBe('escaped');
    expect(xlsxCharClass(0x01)).toBe('escaped');
    expect(xlsxCharClass(0x1b)).toBe('escaped');
    expect(xlsxCharClass(0x7f)).toBe('escaped');
    expect(xlsxCharClass(0x41)).toBe('plain');
    expect(xlsxCharClass(0x6574)).toBe('plain');
  });

  it('cannot store NUL, lone surrogates or U+FFFE/U+FFFF', () => {
    for (const code of [0, 0xd800, 0xdfff, 0xfffe, 0xffff]) expect(xlsxCharClass(code)).toBe('unstorable');
  });
});

describe('firstUnstorable', () => {
  it('finds NUL and a lone surrogate, not a surrogate pair', () => {
    expect(firstUnstorable('整改\u0000完成')).toEqual({ index: 2, code: 0 });
    expect(firstUnstorable('a😀b')).toBeNull();
    expect(firstUnstorable('a\ud83d')).toEqual({ index: 1, code: 0xd83d });
    expect(firstUnstorable('\udc00x')).toEqual({ index: 0, code: 0xdc00 });
    expect(firstUnstorable('line\r\nbreak\t\u001b\u007f')).toBeNull();
  });
});

describe('encodeXstring / decodeXstring', () => {
  it('writes CR, ESC and DEL as _xHHHH_ and guards a literal escape-looking text', () => {
    expect(encodeXstring('a\rb')).toBe('a_x000D_b');
    expect(encodeXstring('\u001b[2J\u007f')).toBe('_x001B_[2J_x007F_');
    expect(encodeXstring('编号_x0041_')).toBe('编号_x005F_x0041_');
    expect(encodeXstring('snake_case x_y')).toBe('snake_case x_y');
    expect(encodeXstring('tab\tnew\nline')).toBe('tab\tnew\nline');
  });

  it('leaves out what no cell can hold, keeping surrogate pairs', () => {
    expect(encodeXstring('a\u0000b\ud800c\uffffd😀')).toBe('abcd😀');
  });

  it('reads every escape back, _x005F_ as an underscore', () => {
    expect(decodeXstring('a_x000D_b')).toBe('a\rb');
    expect(decodeXstring('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeXstring('plain')).toBe('plain');
  });

  it('round-trips any storable text exactly', () => {
    const storable = fc.string({ unit: 'binary' }).filter((s) => firstUnstorable(s) === null);
    const escapeLike = fc
      .array(fc.constantFrom('_', 'x', '0', '0', 'D', 'F', '5', '\r', '\u0001', 'a', '_x000D_'), {
        maxLength: 20,
      })
      .map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(storable, escapeLike), (s) => decodeXstring(encodeXstring(s)) === s));
  });
});
