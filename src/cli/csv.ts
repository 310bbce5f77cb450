// CSV reading as Excel and WPS in China write it: UTF-8 with or without BOM, or GBK; comma, semicolon or tab.

/**
 * Decodes bytes: a BOM wins (UTF-8, or UTF-16 as Excel's "Unicode text" saves), then valid UTF-8, otherwise
 * GBK (what Excel's "CSV" saves on Chinese Windows; the WHATWG decoder reads all of GB18030).
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

const SEPARATORS = [',', ';', '\t'];

/** Columns per record of the first `lines` non-blank records, splitting on `sep` outside quotes. */
function columnCounts(text: string, sep: string, lines: number): number[] {
  const counts: number[] = [];
  let columns = 1;
  let blank = true;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < lines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === sep) columns++;
    else if (ch === '\n') {
      if (!blank || columns > 1) counts.push(columns);
      columns = 1;
      blank = true;
      continue;
    } else if (ch === '\r') continue;
    blank = false;
  }
  if (counts.length < lines && (!blank || columns > 1)) counts.push(columns);
  return counts;
}

/**
 * Picks the separator that splits the first records into the same number of columns most often: a table
 * has one width. Consistency, not the most columns, because a semicolon file's cell may hold ASCII commas
 * (“一是…,二是…”) that would split one line into many; and several lines, not one, because a title line
 * above the header (“整改台账”) may hold no separator at all.
 */
export function detectSeparator(text: string, lines = 20): string {
  let best = { sep: ',', rows: 0, columns: 0 };
  for (const sep of SEPARATORS) {
    const tally = new Map<number, number>();
    for (const n of columnCounts(text, sep, lines)) if (n > 1) tally.set(n, (tally.get(n) ?? 0) + 1);
    for (const [columns, rows] of tally) {
      if (rows > best.rows || (rows === best.rows && columns > best.columns)) best = { sep, rows, columns };
    }
  }
  return best.sep;
}

/** RFC 4180 parsing: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
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
