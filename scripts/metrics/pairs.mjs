// The zh/en pairs figure of scripts/metrics.mjs: bilingual text written outside the message catalogue.
import { closing, innermostOpen, KEYWORDS, lineAt, stringTokens, topLevel } from './scan.mjs';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

const LATIN = /[A-Za-z]/;

/** An identifier-like English word (`inProgress`, `song`): a code beside a Chinese word, not a message. */
const CODE = /^[a-z][A-Za-z0-9]*$/;

const inCatalogue = (path) => path.startsWith('src/core/messages/');

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
  return callee && !KEYWORDS.has(callee) ? { callee, open: i } : null;
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
export function bilingualPairs(files) {
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
