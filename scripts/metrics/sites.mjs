// The lock, setting-key, server-call and duplicate figures of scripts/metrics.mjs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { bodyAfterParams } from './functions.mjs';
import { closing, lineAt, stringTokens, topLevel, views } from './scan.mjs';

const LOCK_CALLS = /(^|[^\w$])(withDocumentLock|getDocumentLock|getScriptLock|getUserLock)\s*\(/g;

/**
 * Calls that take a lock: withDocumentLock (the one wrapper) and LockService's getters, outside
 * withDocumentLock's own definition (its getDocumentLock is the lock it wraps, not another site).
 */
export function lockSites(files) {
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

/** The setting keys: the first-level keys of the settings' z.object at the commit the redesign started from, and in the tree measured. */
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

/** Adds to `counts` each time a key stands in the file as an object key (`issuer:`) or a whole string (`'issuer'`). */
function countKeys(file, counts) {
  const { bare, text } = file.script;
  let found = 0;
  const add = (k) => {
    if (!counts.has(k)) return;
    counts.set(k, counts.get(k) + 1);
    found++;
  };
  for (const m of bare.matchAll(/(^|[{,\s])([A-Za-z_$][\w$]*)\s*\??:(?!:)/g)) {
    // An object key, not a ternary's `a ? b : c` or a type annotation in a parameter list.
    if (!/[?(]$/.test(bare.slice(0, m.index + m[1].length).trimEnd())) add(m[2]);
  }
  for (const t of stringTokens(file.script)) if (text[t.start] !== '`') add(t.value);
  return found;
}

/**
 * Where each setting key is written in the settings' definition (the src/core files whose path says
 * "setting", outside the message catalogue: the schema, SETTING_DEFS, DEFAULTS or whatever registry replaces
 * them): each time it stands as an object key or as a whole string literal. The figure is the count most keys
 * share, with the highest and the total beside it; 1 means one registry entry per setting. The catalogue's
 * label and help tables keyed by setting are counted apart (`catalogue`): they hold the words, not the setting.
 */
export function settingWrites(files, baseSchema) {
  const keys = settingKeys(files, baseSchema);
  const counts = new Map(keys.map((k) => [k, 0]));
  const inCatalogue = new Map(keys.map((k) => [k, 0]));
  const where = {};
  for (const file of files) {
    if (!file.script || !/^src\/core\/.*setting/i.test(file.path) || !file.path.endsWith('.ts')) continue;
    if (file.path.startsWith('src/core/messages/')) countKeys(file, inCatalogue);
    else where[file.path] = countKeys(file, counts);
  }
  const values = [...counts.values()];
  const tally = {};
  for (const v of values) tally[v] = (tally[v] ?? 0) + 1;
  // The count most keys share: "each key is written three times" is this figure.
  const usual = Number(
    Object.entries(tally).sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]))[0]?.[0] ?? 0,
  );
  return {
    keys: keys.length,
    usual,
    most: Math.max(0, ...values),
    total: values.reduce((a, b) => a + b, 0),
    perKey: tally,
    files: where,
    counts: Object.fromEntries(counts),
    catalogue: [...inCatalogue.values()].reduce((a, b) => a + b, 0),
  };
}

/**
 * Server functions the page code calls without a type: in HTML scripts, every name called on
 * google.script.run and every string a dispatching helper (`runner[name](…)`) is called with; in TypeScript,
 * names passed as a string to such a helper whose name parameter is not typed from the server (not `keyof`).
 */
export function untypedServerCalls(files) {
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

/** Both sides of a `duplicates` row in the message catalogue: its tables' `{ zh, en }` shape, not logic written twice. */
const CATALOGUE_PAIR = /^D\d+ core\/messages\/\S+ ~ core\/messages\/\S+/;

/**
 * The `duplicates` tool's pair count over src, and how many of those pairs have a side outside the message
 * catalogue (the tool has no ignore option, so the catalogue's table shape is told apart here); null when the
 * tool is not installed.
 */
export function duplicatePairs(root) {
  const run = spawnSync('duplicates', ['--repo', join(root, 'src'), '--most', '200', '--seconds', '60'], {
    encoding: 'utf8',
  });
  if (run.error || run.status !== 0) return null;
  const lines = run.stdout.split('\n');
  const first = lines[0];
  if (/^no duplicates/.test(first)) return { pairs: 0, outsideCatalogue: 0, summary: first };
  const m = first.match(/^(\d+) pairs?/);
  if (!m) return null;
  const rows = lines.filter((line) => /^D\d+ /.test(line));
  const outsideCatalogue = rows.filter((line) => !CATALOGUE_PAIR.test(line)).length;
  return { pairs: Number(m[1]), outsideCatalogue, summary: first };
}
