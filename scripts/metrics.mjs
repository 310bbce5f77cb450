// How safely the code can be changed, in figures, for the working tree or a commit; docs/metrics-12.md says what each counts.
// Usage: node scripts/metrics.mjs [--at <commit> | --root <dir>] [--json]
// --at checks the commit out into a temporary git worktree (removed after); --root measures another folder's src
// (the guard tests' own examples). --json prints the figures with every site they count, for the guard tests in
// test/guards, which hold the counts to a ceiling.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesOver300, longestFunctions } from './metrics/functions.mjs';
import { bilingualPairs } from './metrics/pairs.mjs';
import { sources } from './metrics/scan.mjs';
import { duplicatePairs, lockSites, settingWrites, untypedServerCalls } from './metrics/sites.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The commit the redesign started from: its settings schema names the setting keys the figures look for. */
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
    `Design figures — ${label}`,
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
    `places a setting key is written: ${m.settings.usual} (${m.settings.perKey[m.settings.usual] ?? 0} of ${m.settings.keys} keys; at most ${m.settings.most}; ${m.settings.total} in all; ${m.settings.catalogue} more in the catalogue's label and help tables)`,
    `server functions called untyped: ${m.server.functions.length}${m.server.functions.length ? ` (${m.server.functions.join(', ')})` : ''}`,
    `duplicated blocks in src:    ${m.duplicates ? `${m.duplicates.pairs} (${m.duplicates.outsideCatalogue} with a side outside src/core/messages)` : 'not measured (the duplicates tool is not on PATH)'}`,
  ];
  console.log(lines.join('\n'));
}

function main() {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    if (at < 0) return null;
    if (!args[at + 1] || args[at + 1].startsWith('--')) {
      console.error('usage: node scripts/metrics.mjs [--at <commit> | --root <dir>] [--json]');
      process.exit(2);
    }
    return args[at + 1];
  };
  const commit = option('--at');
  let root = option('--root') ?? repo;
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
      : root === repo
        ? 'working tree'
        : root;
    if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
    else print(label, figures);
  } finally {
    if (temp) execFileSync('git', ['-C', repo, 'worktree', 'remove', '--force', temp]);
  }
}

main();
