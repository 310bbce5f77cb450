// Characters that change how text looks without being seen: bidi overrides and zero-width characters.
// A cell holding one can show a clerk (or the reader of a notice or a mail) something other than what it says,
// e.g. U+202E turns "txt.exe" into "exe.txt" on screen. Each becomes a warning naming the cell; the text that
// Rectify reads and prints leaves them out, so the notice and the mails show only what a reader can see.
import type { Field } from './fields';
import { type Finding, finding, findingMessage } from './findings';
import type { Cell } from './text';

/**
 * Bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9) and zero-width characters (U+200B–D, U+2060–4, U+FEFF).
 * Unicode's list of them: https://www.unicode.org/reports/tr9/#Directional_Formatting_Characters
 */
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const HIDDEN_ALL = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** The text without its bidi controls and zero-width characters. */
export function withoutHiddenCharacters(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, '') : text;
}

/** "U+202E" */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isBidi(code: number): boolean {
  return (
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The warning for one cell whose text holds hidden characters, or null. */
export function hiddenCharacterFinding(
  value: Cell,
  row: number,
  column: number,
  field: Field | null,
): Finding | null {
  if (typeof value !== 'string' || !HIDDEN.test(value)) return null;
  const codes: number[] = [];
  for (let i = 0; i < value.length && codes.length < 3; i++) {
    const code = value.charCodeAt(i);
    if (HIDDEN.test(value.charAt(i)) && !codes.includes(code)) codes.push(code);
  }
  const params = { codes: codes.map(codePointName), bidi: codes.some(isBidi) };
  return finding(row, column, field, 'warning', findingMessage('cell.hidden-characters', params));
}
