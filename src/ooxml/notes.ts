// Notes (legacy comments) as colour writes them: ours replaced, a person's kept byte for byte, VML shapes to match.
import { at } from '../core/arrays';
import { cellText, child, parseXml, richText, unescapeOoxml } from './xml';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface NoteToWrite {
  row: number;
  column: number;
  text: string;
}

export interface CommentsPatch {
  /** The new comments part. */
  text: string;
  /** Cells (0-based "row,column", as VML counts) whose old notes of ours were removed. */
  removed: Set<string>;
  /** Cells that got a note now. */
  added: NoteToWrite[];
  /** Notes not written because a person's note is already on the cell. */
  skipped: number;
}

const P = '(?:[A-Za-z_][\\w.-]*:)?';

export function refOf(row: number, column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}

function rowColumn(ref: string): [number, number] {
  const m = /^([A-Za-z]+)(\d+)$/.exec(ref);
  if (!m) return [0, 0];
  let column = 0;
  for (const ch of at(m, 1).toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), column];
}

/** The comments text without our old notes (spliced out, so a person's notes keep every byte). */
function removeOurs(
  text: string,
  marks: readonly string[],
): { text: string; removed: Set<string>; persons: Set<string> } {
  const removed = new Set<string>();
  const persons = new Set<string>();
  const commentRe = new RegExp(`<${P}comment\\b[^>]*?(?:/>|>[\\s\\S]*?</${P}comment>)`, 'g');
  let kept = '';
  let last = 0;
  for (let m = commentRe.exec(text); m; m = commentRe.exec(text)) {
    const comment = parseXml(m[0], 'comments');
    const ref = (comment.attrs.ref ?? '').toUpperCase();
    const body = unescapeOoxml(richText(child(comment, 'text')));
    if (marks.some((mark) => body.startsWith(mark))) {
      const [r, c] = rowColumn(ref);
      removed.add(`${r - 1},${c - 1}`);
      kept += text.slice(last, m.index);
      last = m.index + m[0].length;
    } else persons.add(ref);
  }
  return { text: kept + text.slice(last), removed, persons };
}

/** Our author's index: found by name, else appended to <authors> when new notes need it. */
function withAuthor(
  text: string,
  prefix: string,
  author: string,
  needed: boolean,
): { text: string; authorId: number } {
  const authors = new RegExp(`<(${P})authors\\b[^>]*?(/?)>`).exec(text);
  const names: string[] = [];
  if (authors && authors[2] !== '/') {
    const close = text.indexOf(`</${authors[1]}authors>`, authors.index);
    const list = text.slice(authors.index + authors[0].length, close);
    const re = new RegExp(`<${P}author\\b[^>]*>([\\s\\S]*?)</${P}author>`, 'g');
    for (let m = re.exec(list); m; m = re.exec(list)) names.push(at(m, 1));
  }
  const authorId = names.indexOf(cellText(author));
  if (!needed || authorId >= 0) return { text, authorId };
  const tag = `<${prefix}author>${cellText(author)}</${prefix}author>`;
  if (!authors)
    text = text.replace(
      new RegExp(`(<${P}comments\\b[^>]*>)`),
      `$1<${prefix}authors>${tag}</${prefix}authors>`,
    );
  else if (authors[2] === '/') text = text.replace(authors[0], `<${prefix}authors>${tag}</${prefix}authors>`);
  else {
    const close = text.indexOf(`</${authors[1]}authors>`, authors.index);
    text = text.slice(0, close) + tag + text.slice(close);
  }
  return { text, authorId: names.length };
}

/** The comments text with `items` appended to <commentList> (made when missing or empty). */
function appendToList(text: string, prefix: string, items: string): string {
  const listOpen = new RegExp(`<(${P})commentList\\b[^>]*?(/?)>`).exec(text);
  if (!listOpen) {
    const end = text.lastIndexOf('</');
    return `${text.slice(0, end)}<${prefix}commentList>${items}</${prefix}commentList>${text.slice(end)}`;
  }
  if (listOpen[2] === '/')
    return text.replace(listOpen[0], `<${prefix}commentList>${items}</${prefix}commentList>`);
  const close = text.indexOf(`</${listOpen[1]}commentList>`, listOpen.index);
  return text.slice(0, close) + items + text.slice(close);
}

/**
 * Rewrites a comments part (or makes one): our old notes (text starting with a mark) go, a person's stay as
 * they were, and each new note is added unless a person's note holds its cell. Returns null when nothing changes.
 */
export function patchComments(
  existing: string | null,
  notes: NoteToWrite[],
  marks: readonly string[],
  author: string,
): CommentsPatch | null {
  const original =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  const prefix = /<([A-Za-z_][\w.-]*:)?comments\b/.exec(original)?.[1] ?? '';
  const { text: stripped, removed, persons } = removeOurs(original, marks);
  const added = notes.filter((n) => !persons.has(refOf(n.row, n.column)));
  const skipped = notes.length - added.length;
  if (added.length === 0 && removed.size === 0) return null;
  const { text, authorId } = withAuthor(stripped, prefix, author, added.length > 0);
  const items = added
    .map(
      (n) =>
        `<${prefix}comment ref="${refOf(n.row, n.column)}" authorId="${authorId}"><${prefix}text><${prefix}r><${prefix}t xml:space="preserve">${cellText(n.text)}</${prefix}t></${prefix}r></${prefix}text></${prefix}comment>`,
    )
    .join('');
  return { text: appendToList(text, prefix, items), removed, added, skipped };
}

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, row: number, column: number): string {
  // Row and column are 0-based here, as <x:Row> and <x:Column> count them; the anchor puts the box to the right.
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${row}, 2, ${column + 4}, 15, ${row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;
}

/**
 * The VML drawing that shows notes: shapes of removed notes go, one shape per new note is added. The text is
 * handled as bytes-as-characters (see bytesToText) so whatever encoding Excel used survives untouched.
 */
export function patchVml(
  existing: string | null,
  removed: Set<string>,
  added: NoteToWrite[],
  idBlock: number,
): string {
  let text =
    existing ??
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPE_TYPE}</xml>`;
  if (removed.size > 0) {
    text = text.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
      if (!/ObjectType\s*=\s*"Note"/.test(shape)) return shape;
      const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
      const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
      return removed.has(`${row},${column}`) ? '' : shape;
    });
  }
  if (added.length > 0) {
    if (!text.includes('_x0000_t202')) text = text.replace(/(<\/o:shapelayout>)/, `$1${SHAPE_TYPE}`);
    let id = idBlock * 1024;
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]));
    const shapes = added.map((n) => noteShape(++id, n.row - 1, n.column - 1)).join('');
    const end = text.lastIndexOf('</xml>');
    text = end < 0 ? text + shapes : text.slice(0, end) + shapes + text.slice(end);
  }
  return text;
}

/** Bytes as one character each (0–255) and back: edits ASCII markup without re-encoding the rest. */
export function bytesToText(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function textToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
