// Which characters a cell of an .xlsx file can hold, and how: the ST_Xstring `_xHHHH_` escape rule in one place.
//
// References:
// - ECMA-376 Part 1 §22.9.2.19 ST_Xstring: a character XML 1.0 cannot represent is written `_xHHHH_`
//   (https://c-rex.net/samples/ooxml/e1/Part4/OOXML_P4_DOCX_ST_Xstring_topic_ID0E1P4FB.html).
// - MS-OI29500 2.1.1747 (how Office implements it): carriage return "shall be escaped" (an XML parser turns a
//   literal CR into LF); tab and line feed are never escaped in element text; an underscore is escaped as
//   `_x005F_` only when it leads text of the form `_xHHHH_`, which would otherwise be read as an escape
//   (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/d34ae755-c53f-4a44-a363-c6dd3ee018a4).
// - XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
//
// Where the documents are silent we are strict: NUL (Excel's CHAR() has no code 0 and a cell cannot hold it),
// a lone surrogate (half of a character, not a character) and the noncharacters U+FFFE/U+FFFF are reported
// as impossible to store rather than written in a form no reader is documented to accept.

/** How a character (by code point) goes into a cell of an .xlsx file. */
export type XlsxCharClass = 'plain' | 'escaped' | 'unstorable';

export function xlsxCharClass(code: number): XlsxCharClass {
  if (code === 0x09 || code === 0x0a) return 'plain';
  if (code === 0) return 'unstorable';
  // C0 controls (CR included, see MS-OI29500) and DEL: DEL is a legal XML character, but writers such as
  // exceljs drop it from text, so it is escaped like the controls to arrive as typed.
  if (code < 0x20 || code === 0x7f) return 'escaped';
  if (code >= 0xd800 && code <= 0xdfff) return 'unstorable';
  if (code === 0xfffe || code === 0xffff) return 'unstorable';
  return 'plain';
}

/** The first character of `text` that no .xlsx cell can hold, with its UTF-16 index; null when all can. */
export function firstUnstorable(text: string): { index: number; code: number } | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A well-formed surrogate pair is one astral character, which XML allows.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (xlsxCharClass(code) === 'unstorable') return { index: i, code };
  }
  return null;
}

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** `_xHHHH_`, the form ST_Xstring reads as one character. */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A cell's text in ST_Xstring form, before XML's own escaping (&, <): controls, CR and DEL as `_xHHHH_`,
 * and the leading underscore of any literal `_xHHHH_` as `_x005F_` so it is read back as typed.
 * Characters that cannot be stored (see firstUnstorable) are left out, so the part stays valid XML: callers
 * report them first (the ledger check names the cell: cell.unstorable).
 */
export function encodeXstring(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | null = null;
    if (code === 0x5f && /^_x[0-9A-Fa-f]{4}_/.test(text.slice(i, i + 7))) replacement = '_x005F_';
    else if (code < 0x80 && xlsxCharClass(code) === 'escaped') replacement = `_x${hex4(code)}_`;
    else if (code === 0 || code >= 0xd800) {
      // A surrogate pair is one character and stays; NUL, a lone surrogate and U+FFFE/U+FFFF cannot be
      // stored at all, and written raw they would make the whole part invalid XML.
      const next = text.charCodeAt(i + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      if (xlsxCharClass(code) === 'unstorable') replacement = '';
    }
    if (replacement === null) continue;
    out += text.slice(start, i) + replacement;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** Reads ST_Xstring text back: every `_xHHHH_` is the character it names (`_x005F_` an underscore). */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}
