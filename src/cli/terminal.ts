// Text from a ledger made safe for a terminal: control characters shown, never obeyed.
//
// A cell can hold ESC sequences (clear the screen, move the cursor, recolour, set the window title with OSC),
// a carriage return that overwrites the line, C1 controls some terminals obey (U+009B is CSI), and bidi overrides
// that reorder what is shown. Printed raw, a ledger could print a fake "台账检查通过". Every such character is
// written in a visible form instead: C0 controls as their Control Pictures (ESC → ␛, CR → ␍), DEL and C1
// controls, bidi and zero-width characters as \u escapes (\u202e), which --json output reads back as the very
// same character. Line feed and tab pass: they only lay text out.
import type { Io } from './io';

const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control, bidi and zero-width character in a visible form. */
export function terminalText(text: string, options: { keepCarriageReturn?: boolean } = {}): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE_ALL, (ch) => (ch === '\r' && options.keepCarriageReturn ? ch : visible(ch)));
}

/** The same channels, with data made visible before it reaches a terminal (or a file a terminal may show). */
export function safeIo(io: Io): Io {
  return {
    ...io,
    out: (line) => io.out(terminalText(line)),
    err: (line) => io.err(terminalText(line)),
    // The progress bar redraws its line with \r; its label (a file name) is made safe all the same.
    errWrite: io.errWrite && ((text) => io.errWrite?.(terminalText(text, { keepCarriageReturn: true }))),
  };
}
