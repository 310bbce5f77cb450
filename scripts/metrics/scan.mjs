// A small JavaScript/TypeScript scanner for scripts/metrics.mjs. No parser: TypeScript 7 has no JS API and esbuild
// gives no syntax tree, and the figures need only where comments, strings and brackets are. Every view keeps the
// text's length and line breaks, so an offset in a view is an offset in the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Words after which a `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'in',
  'of',
  'delete',
  'void',
  'throw',
  'new',
  'else',
]);

/**
 * The tokens of a script: { kind: 'code' | 'comment' | 'string' | 'template' | 'regex', start, end }.
 * A template literal's text parts are 'template' tokens; its ${…} expressions are scanned as code.
 */
export function tokenize(text) {
  const tokens = [];
  const braces = []; // for each open `{`: true when it opened a template's ${
  let i = 0;
  let codeStart = 0;
  let lastSignificant = ''; // the last code character that is not white space, or a word before a `/`
  const push = (kind, start, end) => {
    if (codeStart < start) tokens.push({ kind: 'code', start: codeStart, end: start });
    tokens.push({ kind, start, end });
    codeStart = end;
  };
  const templateFrom = (start) => {
    // From just after ` or } (of a ${…}) to the closing ` or the next ${.
    let j = start;
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') j += 2;
      else if (c === '`') {
        push('template', start, j + 1);
        return j + 1;
      } else if (c === '$' && text[j + 1] === '{') {
        push('template', start, j + 2);
        braces.push(true);
        return j + 2;
      } else j++;
    }
    push('template', start, text.length);
    return text.length;
  };
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      push('comment', i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      push('comment', i, end < 0 ? text.length : end + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      push('string', i, j + 1);
      i = j + 1;
      lastSignificant = 'a';
    } else if (c === '`') {
      i = templateFrom(i + 1);
      lastSignificant = 'a';
      if (text[i - 1] === '{') lastSignificant = '{';
    } else if (
      c === '/' &&
      (/[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant) ||
        lastSignificant === '' ||
        BEFORE_REGEX.has(lastSignificant))
    ) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        else if (text[j] === '/' && !inClass) break;
        j++;
      }
      while (j + 1 < text.length && /[a-z]/i.test(text[j + 1])) j++;
      push('regex', i, j + 1);
      i = j + 1;
      lastSignificant = 'a';
    } else if (c === '{') {
      braces.push(false);
      lastSignificant = c;
      i++;
    } else if (c === '}') {
      if (braces.pop() === true) {
        if (codeStart < i) tokens.push({ kind: 'code', start: codeStart, end: i });
        codeStart = i;
        i = templateFrom(i + 1);
        lastSignificant = 'a';
        if (text[i - 1] === '{') lastSignificant = '{';
      } else {
        lastSignificant = c;
        i++;
      }
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < text.length && /[\w$]/.test(text[j])) j++;
      lastSignificant = text.slice(i, j);
      if (!BEFORE_REGEX.has(lastSignificant)) lastSignificant = 'a';
      i = j;
    } else {
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  if (codeStart < text.length) tokens.push({ kind: 'code', start: codeStart, end: text.length });
  return tokens;
}

/** The text with the given token kinds blanked to spaces (line breaks kept), so offsets and lines stay put. */
function blank(text, tokens, kinds) {
  let out = '';
  for (const t of tokens) {
    const part = text.slice(t.start, t.end);
    if (!kinds.includes(t.kind)) out += part;
    else if (t.kind === 'comment') out += part.replace(/[^\n]/g, ' ');
    else {
      // Keep the quotes (and a template's ` and ${), blank the letters between.
      const open = t.kind === 'template' ? 0 : 1;
      const head = part.slice(0, open);
      const tail = t.kind === 'template' ? (part.match(/(`|\$\{)$/)?.[0] ?? '') : part.slice(-1);
      out += head + part.slice(open, part.length - tail.length).replace(/[^\n]/g, ' ') + tail;
    }
  }
  return out;
}

/** A source file's script views: `code` without comments, `bare` without comments and string contents. */
export function views(text) {
  const tokens = tokenize(text);
  return {
    text,
    tokens,
    code: blank(text, tokens, ['comment']),
    bare: blank(text, tokens, ['comment', 'string', 'template', 'regex']),
  };
}

/** The script parts of an HTML file as one text of the same length: everything outside <script> blanked. */
function htmlScript(html) {
  let out = '';
  let at = 0;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    const start = m.index + m[0].indexOf('>') + 1;
    out += html.slice(at, start).replace(/[^\n]/g, ' ') + m[1];
    at = start + m[1].length;
  }
  return out + html.slice(at).replace(/[^\n]/g, ' ');
}

export const lineAt = (text, offset) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** The offset just after the bracket that closes the one at `open`, in a view with strings blanked. */
export function closing(bare, open) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const stack = [];
  for (let i = open; i < bare.length; i++) {
    const c = bare[i];
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/** The offset of the innermost bracket still open at `offset` (a table around a tuple, an object around a key), or -1. */
export function innermostOpen(bare, offset) {
  let depth = 0;
  for (let i = offset - 1; i >= 0; i--) {
    const c = bare[i];
    if (c === ')' || c === ']' || c === '}') depth++;
    else if (c === '(' || c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The text between two offsets with every nested bracket's contents removed. */
export function topLevel(bare, from, to) {
  let out = '';
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = bare[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** The string tokens of a script, in order, with their text without quotes. */
export const stringTokens = (script) =>
  script.tokens
    .filter(
      (t) =>
        t.kind === 'string' ||
        (t.kind === 'template' && script.text[t.start] === '`' && script.text[t.end - 1] === '`'),
    )
    .map((t) => ({ ...t, value: script.text.slice(t.start + 1, t.end - 1) }));

/** Words that look like a name before `(` but start a statement or an expression. */
export const KEYWORDS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'function',
  'typeof',
  'await',
  'new',
  'super',
  'with',
  'do',
  'else',
  'import',
  'yield',
  'delete',
  'void',
  'in',
  'of',
]);

function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file under src, as { path (repo-relative, /-separated), text, script (views of its code, if any) }. */
export function sources(root) {
  return walk(join(root, 'src'))
    .sort()
    .map((file) => {
      const path = relative(root, file).split(sep).join('/');
      const text = readFileSync(file, 'utf8');
      const script = /\.(ts|js|mjs)$/.test(path)
        ? views(text)
        : /\.html$/.test(path)
          ? views(htmlScript(text))
          : null;
      return { path, text, script };
    });
}
