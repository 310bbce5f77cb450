// The function-length and file-length figures of scripts/metrics.mjs.
import { closing, KEYWORDS, lineAt } from './scan.mjs';

/**
 * From `from` (just after a parameter list's `)`), the offset of the body's `{` when an optional return type
 * and, for arrows, `=>` lead to one; else -1 (a call, an overload, an expression body).
 */
export function bodyAfterParams(bare, from, arrow) {
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
    if (KEYWORDS.has(m[3])) continue;
    const open = m.index + m[0].length - 1;
    const close = closing(bare, open);
    if (close >= 0) add(m[3], m.index + m[1].length, bodyAfterParams(bare, close, false));
  }
  const arrow =
    /\b([A-Za-z_$][\w$]*)\s*(?::[^=;{}()]*)?[:=]\s*(?:async\s*)?(<[^(){};=]*>)?\s*(\(|[A-Za-z_$][\w$]*\s*=>)/g;
  for (const m of bare.matchAll(arrow)) {
    if (KEYWORDS.has(m[1])) continue;
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

export function longestFunctions(files) {
  const all = files.filter((f) => f.script).flatMap(functionsOf);
  all.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
  return { longest: all[0] ?? null, top: all.slice(0, 5), over60: all.filter((f) => f.lines > 60).length };
}

export function filesOver300(files) {
  return files
    .map((f) => ({ file: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
    .filter((f) => f.lines > 300)
    .sort((a, b) => b.lines - a.lines);
}
