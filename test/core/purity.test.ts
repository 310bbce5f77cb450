// src/core stays pure (docs/architecture.md, "Layers"): no Node APIs, no Apps Script services, no clock, no I/O.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const CORE = join(__dirname, '..', '..', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The code of a file without its comments and string contents, so prose that names a service is no hit. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

const FORBIDDEN: [string, RegExp][] = [
  ['require', /\brequire\s*\(/],
  ['the clock', /\bnew Date\(\s*\)|\bDate\.now\s*\(|\bperformance\.now\b/],
  ['process', /\bprocess\./],
  [
    'an Apps Script service',
    /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|GmailApp|HtmlService|ScriptApp|LockService|PropertiesService|Session|Utilities|CacheService|UrlFetchApp|Logger)\./,
  ],
  ['a timer', /\b(setTimeout|setInterval|setImmediate)\s*\(/],
  ['fetch or URL', /\bfetch\s*\(|\bnew URL\b|\bTextEncoder\b|\bTextDecoder\b/],
];

describe('src/core', () => {
  const files = sources(CORE);

  it('has its modules (sanity: the scan sees them)', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => relative(CORE, f))).toEqual(
      expect.arrayContaining(['ledger.ts', 'totals.ts', join('notice', 'build.ts')]),
    );
  });

  it('imports only its own modules and zod/mini', () => {
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect([relative(CORE, file), spec]).toEqual([
          relative(CORE, file),
          expect.stringMatching(/^(\.{1,2}\/|zod\/mini$)/),
        ]);
      }
    }
  });

  it('reads no clock and touches no Node API, Apps Script service, timer or network', () => {
    const hits: string[] = [];
    for (const file of files) {
      const text = code(readFileSync(file, 'utf8'));
      for (const [what, pattern] of FORBIDDEN) {
        if (pattern.test(text)) hits.push(`${relative(CORE, file)}: ${what}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
