// The acceptance figures of issue #12 for the working tree or a commit; docs/metrics-12.md says what each counts.
// Usage: node scripts/metrics.mjs [--at <commit>] [--json]
// --at checks the commit out into a temporary git worktree (removed after). --json prints the figures with every
// site they count, for the guard tests in test/guards, which hold the counts to a ceiling.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------
// A small JavaScript/TypeScript scanner. No parser: TypeScript 7 has no JS API and esbuild gives no syntax
// tree, and the figures need only where comments, strings and brackets are. It keeps the text's length and
// line breaks, so an offset in a view is an offset in the file.

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;
const LATIN = /[A-Za-z]/;
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
function tokenize(text) {
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
function views(text) {
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

const lineAt = (text, offset) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** The offset just after the bracket that closes the one at `open`, in a view with strings blanked. */
function closing(bare, open) {
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

// ---------------------------------------------------------------------------------------------------------
// The files measured.

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
function sources(root) {
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

const inCatalogue = (path) => path.startsWith('src/core/messages/');

// ---------------------------------------------------------------------------------------------------------
// Functions and their lengths.

const NOT_NAMES = new Set([
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

/**
 * From `from` (just after a parameter list's `)`), the offset of the body's `{` when an optional return type
 * and, for arrows, `=>` lead to one; else -1 (a call, an overload, an expression body).
 */
function bodyAfterParams(bare, from, arrow) {
  let i = from;
  const skipSpace = () => {
    while (i < bare.length && /\s/.test(bare[i])) i++;
  };
  skipSpace();
  if (bare[i] === ':') {
    // A return type: walk to `{` (or `=>` for an arrow) at depth 0; a `{` right after `:`, `|`, `&`, `<`, `,` or `=>` opens an object type.
    i++;
    let depth = 0;
    let expectType = true;
    for (; i < bare.length; i++) {
      const c = bare[i];
      if (/\s/.test(c)) continue;
      if (c === '(' || c === '[' || c === '<') depth++;
      else if (c === ')' || c === ']' || (c === '>' && bare[i - 1] !== '=')) depth--;
      else if (depth === 0 && c === '=' && bare[i + 1] === '>') {
        if (arrow) break;
        i++;
        expectType = true;
        continue;
      } else if (c === '{') {
        if (depth > 0 || expectType) {
          const end = closing(bare, i);
          if (end < 0) return -1;
          i = end - 1;
          expectType = false;
          continue;
        }
        return arrow ? -1 : i;
      } else if (depth === 0 && (c === ';' || c === ',' || c === ')' || c === '}')) return -1;
      expectType = /[|&<,:]/.test(c);
    }
  }
  skipSpace();
  if (arrow) {
    if (!(bare[i] === '=' && bare[i + 1] === '>')) return -1;
    i += 2;
    skipSpace();
  }
  return bare[i] === '{' ? i : -1;
}

/** Every named function in a file with its first and last line: declarations, methods and named arrows. */
function functionsOf(file) {
  const { bare } = file.script;
  const found = new Map(); // body offset → { name, start }
  const add = (name, start, body) => {
    if (body >= 0 && !found.has(body)) found.set(body, { name, start });
  };
  for (const m of bare.matchAll(/\bfunction\b\s*\*?\s*([A-Za-z_$][\w$]*)?\s*(<[^(){};]*>)?\s*\(/g)) {
    const open = m.index + m[0].length - 1;
    const close = closing(bare, open);
    if (close < 0) continue;
    let name = m[1];
    if (!name)
      name = bare
        .slice(Math.max(0, m.index - 80), m.index)
        .match(/([A-Za-z_$][\w$]*)\s*[:=]\s*(async\s*)?$/)?.[1];
    if (name) add(name, m.index, bodyAfterParams(bare, close, false));
  }
  const method =
    /(^|[{};,\n])[ \t]*((?:(?:public|private|protected|static|async|get|set|override|export|default)\s+)*)\*?\s*([A-Za-z_$][\w$]*)\s*(<[^(){};=]*>)?\s*\(/g;
  for (const m of bare.matchAll(method)) {
    if (NOT_NAMES.has(m[3])) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(bare, open);
    if (close >= 0) add(m[3], m.index + m[1].length, bodyAfterParams(bare, close, false));
  }
  const arrow =
    /\b([A-Za-z_$][\w$]*)\s*(?::[^=;{}()]*)?[:=]\s*(?:async\s*)?(<[^(){};=]*>)?\s*(\(|[A-Za-z_$][\w$]*\s*=>)/g;
  for (const m of bare.matchAll(arrow)) {
    if (NOT_NAMES.has(m[1])) continue;
    let body;
    if (m[3] === '(') {
      const open = m.index + m[0].length - 1;
      const close = closing(bare, open);
      if (close < 0) continue;
      body = bodyAfterParams(bare, close, true);
    } else {
      body = bodyAfterParams(bare, m.index + m[0].length - 2, true);
    }
    add(m[1], m.index, body);
  }
  const out = [];
  for (const [body, { name, start }] of found) {
    const end = closing(bare, body);
    if (end < 0) continue;
    const first = lineAt(bare, start);
    const last = lineAt(bare, end - 1);
    out.push({ name, file: file.path, line: first, lines: last - first + 1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The figures.

function longestFunctions(files) {
  const all = files.filter((f) => f.script).flatMap(functionsOf);
  all.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  return { longest: all[0] ?? null, top: all.slice(0, 5), over60: all.filter((f) => f.lines > 60).length };
}

function filesOver300(files) {
  return files
    .map((f) => ({ file: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
    .filter((f) => f.lines > 300)
    .sort((a, b) => b.lines - a.lines);
}

/** The string tokens of a script, in order, with their text without quotes. */
const stringTokens = (script) =>
  script.tokens
    .filter(
      (t) =>
        t.kind === 'string' ||
        (t.kind === 'template' && script.text[t.start] === '`' && script.text[t.end - 1] === '`'),
    )
    .map((t) => ({ ...t, value: script.text.slice(t.start + 1, t.end - 1) }));

/** The callee of the innermost call or the array literal around `offset`, or null when it is in neither. */
function enclosing(bare, offset) {
  const i = innermostOpen(bare, offset);
  if (i < 0 || bare[i] === '{') return null;
  if (bare[i] === '[') {
    // An array literal, not an index: after an operator, a comma or an opening bracket.
    const before = bare.slice(0, i).trimEnd();
    return /[=(,[:?&|!]$|return$|^$/.test(before) ? { array: true, open: i } : null;
  }
  const callee = bare.slice(0, i).match(/([A-Za-z_$][\w$]*)\s*(<[^()]*>)?\s*$/)?.[1];
  return callee && !NOT_NAMES.has(callee) ? { callee, open: i } : null;
}

/**
 * zh/en pairs written outside src/core/messages, each { file, line, form }. The forms:
 * - `tr(`: a call of tr (its definition is not a call);
 * - `{zh, en}`: an object literal with both a zh and an en key; when zh holds an object (a table of
 *   messages), each key of that table is a pair;
 * - `'en' ?`: a choice between texts on the locale (`locale === 'en' ? … : …`, `english ? … : …`);
 * - `(zh, en)`: two adjacent string arguments of a call other than tr, the first Chinese and the second
 *   Latin without Chinese (the settings' positional S('key', '发文单位', 'Issuing body', …));
 * - `[zh, en]`: an array of exactly those two strings (a table of [Chinese, English] tuples);
 * - `data-en`: an HTML element whose English text sits in a data-en attribute beside its Chinese text.
 */
function bilingualPairs(files) {
  const pairs = [];
  for (const file of files) {
    if (inCatalogue(file.path)) continue;
    const at = (offset, form) => pairs.push({ file: file.path, line: lineAt(file.text, offset), form });
    if (/\.(html|tmpl)$/.test(file.path))
      for (const m of file.text.matchAll(/\sdata-en\s*=/g)) at(m.index, 'data-en');
    const script = file.script;
    if (!script) continue;
    const { bare } = script;
    for (const m of bare.matchAll(/(^|[^.\w$])tr\s*\(/g)) {
      if (/function\s+$/.test(bare.slice(Math.max(0, m.index - 20), m.index + m[1].length))) continue;
      at(m.index + m[1].length, 'tr(');
    }
    for (const m of bare.matchAll(/[=!]==?\s*(['"])\s\s\1\s*\?|\benglish\s*\?/g)) {
      // The blanked view keeps quotes: 'en' is a two-letter string; check the real text.
      if (
        m[0].startsWith('english') ||
        /^[=!]==?\s*['"]en['"]/.test(script.text.slice(m.index, m.index + m[0].length))
      )
        at(m.index, "'en' ?");
    }
    for (const m of bare.matchAll(/(['"])\s\s\1\s*[=!]==?\s*[\w.$]+\s*\?/g)) {
      if (/^['"]en['"]/.test(script.text.slice(m.index))) at(m.index, "'en' ?");
    }
    for (const m of bare.matchAll(/(^|[{,\s])zh\s*:/g)) {
      const key = m.index + m[1].length;
      const owner = innermostOpen(bare, key);
      if (owner < 0 || bare[owner] !== '{') continue;
      const end = closing(bare, owner);
      const inner = topLevel(bare, owner + 1, end - 1);
      if (!/(^|[,\s])en\s*:/.test(inner)) continue;
      const value = bare.slice(key).match(/^zh\s*:\s*/)[0].length + key;
      if (bare[value] === '{') {
        const tableKeys =
          topLevel(bare, value + 1, closing(bare, value) - 1).match(/(^|,)\s*[\w$'"]+\s*:/g) ?? [];
        for (let k = 0; k < tableKeys.length; k++) at(key, '{zh, en}');
      } else at(key, '{zh, en}');
    }
    const strings = stringTokens(script);
    const tuples = new Map();
    for (let k = 0; k + 1 < strings.length; k++) {
      const a = strings[k];
      const b = strings[k + 1];
      if (!CJK.test(a.value) || CJK.test(b.value) || !LATIN.test(b.value)) continue;
      if (!/^\s*,\s*$/.test(bare.slice(a.end, b.start))) continue;
      const around = enclosing(bare, a.start);
      if (!around || around.callee === 'tr') continue;
      if (!around.array) {
        if (!CODE.test(b.value)) at(a.start, '(zh, en)');
        continue;
      }
      const end = closing(bare, around.open);
      if (!/^\[\s*$/.test(bare.slice(around.open, a.start)) || !/^\s*\]$/.test(bare.slice(b.end, end)))
        continue;
      // A table of [Chinese word, code] tuples (status phrases, font kinds) is a lookup, not messages: the
      // tuples count when any English of the table around them is written for a reader.
      const table = innermostOpen(bare, around.open);
      const english = tuples.get(table) ?? tuplesOf(script, table);
      tuples.set(table, english);
      if (english.some((e) => !CODE.test(e))) at(a.start, '[zh, en]');
    }
  }
  return pairs;
}

/** An identifier-like English word (`inProgress`, `song`): a code beside a Chinese word, not a message. */
const CODE = /^[a-z][A-Za-z0-9]*$/;

/** The second strings of the [Chinese, Latin] tuples directly inside the bracket at `table`. */
function tuplesOf(script, table) {
  const { bare } = script;
  const end = table < 0 ? bare.length : closing(bare, table);
  const strings = stringTokens(script).filter((t) => t.start > table && t.end < end);
  const out = [];
  for (let k = 0; k + 1 < strings.length; k++) {
    const a = strings[k];
    const b = strings[k + 1];
    if (
      CJK.test(a.value) &&
      !CJK.test(b.value) &&
      LATIN.test(b.value) &&
      /^\s*,\s*$/.test(bare.slice(a.end, b.start))
    ) {
      if (innermostOpen(bare, innermostOpen(bare, a.start)) === table) out.push(b.value);
    }
  }
  return out;
}

/** The offset of the innermost bracket still open at `offset` (a table around a tuple, an object around a key), or -1. */
function innermostOpen(bare, offset) {
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
function topLevel(bare, from, to) {
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

const LOCK_CALLS = /(^|[^\w$])(withDocumentLock|getDocumentLock|getScriptLock|getUserLock)\s*\(/g;

/**
 * Calls that take a lock: withDocumentLock (the one wrapper) and LockService's getters, outside
 * withDocumentLock's own definition (its getDocumentLock is the lock it wraps, not another site).
 */
function lockSites(files) {
  const sites = [];
  for (const file of files) {
    if (!file.script || !file.path.endsWith('.ts')) continue;
    const { bare } = file.script;
    const definition = bare.match(/function\s+withDocumentLock\b/);
    let defined = [-1, -1];
    if (definition) {
      const body = bodyAfterParams(bare, closing(bare, bare.indexOf('(', definition.index)), false);
      defined = [definition.index, closing(bare, body)];
    }
    for (const m of bare.matchAll(LOCK_CALLS)) {
      const offset = m.index + m[1].length;
      if (offset >= defined[0] && offset < defined[1]) continue;
      if (/function\s+$/.test(bare.slice(Math.max(0, offset - 20), offset))) continue;
      sites.push({
        file: file.path,
        line: lineAt(bare, offset),
        call: m[2],
        build: file.path.startsWith('src/gas/rollup/') ? 'roll-up' : 'add-on',
      });
    }
  }
  return sites;
}

/** The setting keys: the first-level keys of the settings' z.object at the commit where #12 started, and now. */
function settingKeys(files, baseSchema) {
  const keys = new Set();
  const schemaKeys = (text) => {
    const bare = views(text).bare;
    const m = bare.match(/settingsSchema\s*=\s*z\.object\(\s*\{/);
    if (!m) return;
    const open = m.index + m[0].length - 1;
    for (const k of topLevel(bare, open + 1, closing(bare, open) - 1).matchAll(/(^|,)\s*([\w$]+)\s*:/g))
      keys.add(k[2]);
  };
  schemaKeys(baseSchema);
  for (const file of files)
    if (file.script && /^src\/core\/.*setting/i.test(file.path)) schemaKeys(file.text);
  return [...keys];
}

/**
 * Where each setting key is written in the settings' definition (the src/core files whose path says
 * "setting": the schema, SETTING_DEFS, DEFAULTS or whatever registry replaces them): each time it stands as an
 * object key (`issuer:`) or as a whole string literal (`'issuer'`). The figure is the most places any key is
 * written; 1 means one registry entry per setting.
 */
function settingWrites(files, baseSchema) {
  const keys = settingKeys(files, baseSchema);
  const counts = Object.fromEntries(keys.map((k) => [k, 0]));
  const where = {};
  for (const file of files) {
    if (!file.script || !/^src\/core\/.*setting/i.test(file.path) || !file.path.endsWith('.ts')) continue;
    const { bare, text } = file.script;
    for (const m of bare.matchAll(/(^|[{,\s])([A-Za-z_$][\w$]*)\s*\??:(?!:)/g)) {
      const k = m[2];
      if (!(k in counts)) continue;
      // An object key, not a ternary's `a ? b : c` or a type annotation in a parameter list.
      const before = bare.slice(0, m.index + m[1].length).trimEnd();
      if (/[?(]$/.test(before)) continue;
      counts[k]++;
      where[file.path] ??= 0;
      where[file.path]++;
    }
    for (const t of stringTokens(file.script)) {
      if (t.value in counts && text[t.start] !== '`') {
        counts[t.value]++;
        where[file.path] ??= 0;
        where[file.path]++;
      }
    }
  }
  const values = Object.values(counts);
  const tally = {};
  for (const v of values) tally[v] = (tally[v] ?? 0) + 1;
  // The count most keys share: the figure the issue quotes ("each key is written three times").
  const usual = Number(
    Object.entries(tally).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0]?.[0] ?? 0,
  );
  const most = Math.max(0, ...values);
  return {
    keys: keys.length,
    usual,
    most,
    total: values.reduce((a, b) => a + b, 0),
    perKey: tally,
    files: where,
    counts,
  };
}

/**
 * Server functions the page code calls without a type: in HTML scripts, every name called on
 * google.script.run and every string a dispatching helper (`runner[name](…)`) is called with; in TypeScript,
 * names passed as a string to such a helper whose name parameter is not typed from the server (not `keyof`).
 */
function untypedServerCalls(files) {
  const calls = [];
  for (const file of files) {
    if (!file.script || !/\.(html|ts)$/.test(file.path)) continue;
    const { bare, text } = file.script;
    if (!/google\s*\.\s*script\s*\.\s*run/.test(bare)) continue;
    const html = file.path.endsWith('.html');
    if (html) {
      for (const m of bare.matchAll(/google\s*\.\s*script\s*\.\s*run\b/g)) {
        let i = m.index + m[0].length;
        for (;;) {
          const step = bare.slice(i).match(/^\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/);
          if (!step) break;
          const open = i + step[0].length - 1;
          if (!/^with(Success|Failure)Handler$|^withUserObject$/.test(step[1])) {
            calls.push({ file: file.path, line: lineAt(bare, open), name: step[1] });
            break;
          }
          i = closing(bare, open);
          if (i < 0) break;
        }
      }
    }
    // A dispatching helper: `const call = (name, …) => … runner[name](…)` or `function call(name …) { … [name](`.
    const helpers = bare.matchAll(
      /(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:<[^>]*>)?\s*\(\s*([\w$]+)\s*(:\s*[^,)]*)?|function\s+([\w$]+)\s*(?:<[^>]*>)?\(\s*([\w$]+)\s*(:\s*[^,)]*)?/g,
    );
    for (const h of helpers) {
      const name = h[1] ?? h[4];
      const param = h[2] ?? h[5];
      const type = (h[3] ?? h[6] ?? '').replace(/^:\s*/, '');
      const rest = bare.slice(h.index, h.index + 600);
      if (!new RegExp(`\\[\\s*${param.replace(/\$/g, '\\$')}\\s*\\]\\s*\\(`).test(rest)) continue;
      if (!html && type !== '' && type !== 'string') continue;
      for (const c of bare.matchAll(
        new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\s*\\(\\s*(['"])`, 'g'),
      )) {
        const quote = c.index + c[0].length - 1;
        const value = text.slice(quote + 1, text.indexOf(c[2], quote + 1));
        calls.push({ file: file.path, line: lineAt(bare, quote), name: value });
      }
    }
  }
  return { functions: [...new Set(calls.map((c) => c.name))].sort(), calls };
}

/** The `duplicates` tool's pair count over src, or null when the tool is not installed. */
function duplicatePairs(root) {
  const run = spawnSync('duplicates', ['--repo', join(root, 'src'), '--most', '1', '--seconds', '60'], {
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) return null;
  const first = run.stdout.split('\n')[0];
  if (/^no duplicates/.test(first)) return { pairs: 0, summary: first };
  const m = first.match(/^(\d+) pairs?/);
  return m ? { pairs: Number(m[1]), summary: first } : null;
}

// ---------------------------------------------------------------------------------------------------------

const BASE = 'f99b538';

function measure(root) {
  const files = sources(root);
  let baseSchema = '';
  try {
    baseSchema = execFileSync('git', ['-C', repo, 'show', `${BASE}:src/core/settings-schema.ts`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    // A shallow clone without the commit: the keys come from the tree measured alone.
  }
  const pairs = bilingualPairs(files);
  const forms = {};
  for (const p of pairs) forms[p.form] = (forms[p.form] ?? 0) + 1;
  const locks = lockSites(files);
  return {
    functions: longestFunctions(files),
    filesOver300: filesOver300(files),
    pairs: { count: pairs.length, forms, sites: pairs },
    locks: { count: locks.length, addOn: locks.filter((l) => l.build === 'add-on').length, sites: locks },
    settings: settingWrites(files, baseSchema),
    server: untypedServerCalls(files),
    duplicates: duplicatePairs(root),
  };
}

function print(label, m) {
  const f = m.functions;
  const lines = [
    `Acceptance figures of issue #12 — ${label}`,
    `longest function:            ${f.longest ? `${f.longest.name} (${f.longest.file}:${f.longest.line}), ${f.longest.lines} lines` : 'none'}`,
    `  next:                      ${f.top
      .slice(1)
      .map((x) => `${x.name} ${x.lines}`)
      .join(', ')}`,
    `  functions over 60 lines:   ${f.over60}`,
    `files over 300 lines in src: ${m.filesOver300.length}${m.filesOver300.length ? ` (${m.filesOver300.map((x) => `${x.file.replace(/^src\//, '')} ${x.lines}`).join(', ')})` : ''}`,
    `zh/en pairs outside the catalogue: ${m.pairs.count} (${
      Object.entries(m.pairs.forms)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    })`,
    `lock sites:                  ${m.locks.count} (add-on ${m.locks.addOn}: ${m.locks.sites.map((s) => `${s.file.replace(/^src\//, '')}:${s.line} ${s.call}`).join(', ')})`,
    `places a setting key is written: ${m.settings.usual} (${m.settings.perKey[m.settings.usual] ?? 0} of ${m.settings.keys} keys; at most ${m.settings.most}; ${m.settings.total} in all)`,
    `server functions called untyped: ${m.server.functions.length}${m.server.functions.length ? ` (${m.server.functions.join(', ')})` : ''}`,
    `duplicated blocks in src:    ${m.duplicates ? m.duplicates.pairs : 'not measured (the duplicates tool is not on PATH)'}`,
  ];
  console.log(lines.join('\n'));
}

function main() {
  const args = process.argv.slice(2);
  const atIndex = args.indexOf('--at');
  const commit = atIndex >= 0 ? args[atIndex + 1] : null;
  if (atIndex >= 0 && !commit) {
    console.error('usage: node scripts/metrics.mjs [--at <commit>] [--json]');
    process.exit(2);
  }
  let root = repo;
  let temp = null;
  if (commit) {
    temp = mkdtempSync(join(tmpdir(), 'rectify-metrics-'));
    rmSync(temp, { recursive: true });
    execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', '--quiet', temp, commit], {
      stdio: 'inherit',
    });
    root = temp;
  }
  try {
    const figures = measure(root);
    const label = commit
      ? `${commit} (${execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim()})`
      : 'working tree';
    if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
    else print(label, figures);
  } finally {
    if (temp) execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', temp]);
  }
}

main();
