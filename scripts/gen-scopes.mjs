// Generates test/fakes/google-scopes.json: the OAuth scopes Google's Apps Script reference lists per method.
//
// Source: the npm package gas-types-detailed, whose doc comments copy each method's "Authorization" section and
// reference URL from https://developers.google.com/apps-script/reference. Rerun after upgrading that package:
//   node scripts/gen-scopes.mjs
// Each key is "Class.method" as the reference names it (the URL's last path segment in PascalCase: drive-app →
// DriveApp); the value lists the scopes of which any one suffices (Google: "one or more of the following
// scopes"). A method whose page has no Authorization section maps to [] (it needs no scope). Overloads that
// list different scopes keep only the scopes every overload accepts, so the fakes are never more lenient.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('gas-types-detailed/package.json'));
const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;

/** The services whose fakes exist; others would only bloat the table. */
const SERVICES = [
  'base',
  'cache',
  'charts',
  'document',
  'drive',
  'html',
  'lock',
  'mail',
  'properties',
  'script',
  'spreadsheet',
  'utilities',
];

const pascal = (kebab) =>
  kebab
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

const table = {};
const COMMENT = /\/\*\*([\s\S]*?)\*\//g;
const URL =
  /https:\/\/developers\.google\.com\/apps-script\/reference\/([a-z-]+)\/([a-z-]+)#([A-Za-z0-9_]+)\(/;
const SCOPE = /^\s*\*\s*-\s*(https:\/\/(?:www\.googleapis\.com\/auth\/\S+|mail\.google\.com\/))\s*$/gm;

for (const file of readdirSync(pkgDir)) {
  const m = /^google-apps-script\.([a-z-]+)\.d\.ts$/.exec(file);
  if (!m || !SERVICES.includes(m[1])) continue;
  const text = readFileSync(join(pkgDir, file), 'utf8');
  for (const c of text.matchAll(COMMENT)) {
    const body = c[1];
    const url = URL.exec(body);
    if (!url) continue;
    const key = `${pascal(url[2])}.${url[3]}`;
    const auth = body.indexOf('Authorization:');
    const scopes =
      auth < 0 ? [] : [...body.slice(auth).matchAll(SCOPE)].map((s) => s[1]).sort((a, b) => (a < b ? -1 : 1));
    const before = table[key];
    if (before === undefined) table[key] = scopes;
    else if (before.length === 0 || scopes.length === 0) table[key] = before.length === 0 ? scopes : before;
    else table[key] = before.filter((s) => scopes.includes(s));
  }
}

const sorted = Object.fromEntries(
  Object.keys(table)
    .sort()
    .map((k) => [k, table[k]]),
);
const out = join(root, 'test/fakes/google-scopes.json');
const json = {
  source: `gas-types-detailed@${version}`,
  generatedBy: 'scripts/gen-scopes.mjs',
  methods: sorted,
};
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
// Laid out as Biome formats JSON, so `npm test`'s `biome check` passes on the generated file.
execFileSync(join(root, 'node_modules/.bin/biome'), ['format', '--write', out], { stdio: 'ignore' });
console.log(`${Object.keys(sorted).length} methods → ${out}`);
