// Every Apps Script method the bundle calls, checked against the scopes Google's reference lists and the manifests grant.
import { afterAll, describe, expect, it } from '@jest/globals';
import { ADDON_MANIFEST_SCOPES, MANIFEST_SCOPES, requiredScopes } from '../fakes/scopes';
import { runWholeSession } from './session';

/** For each granted scope, the called methods it authorises. */
function scopeUse(called: Set<string>, granted: readonly string[]): Map<string, string[]> {
  const use = new Map<string, string[]>(granted.map((s) => [s, []]));
  for (const method of [...called].sort()) {
    for (const scope of requiredScopes(method) ?? []) use.get(scope)?.push(method);
  }
  return use;
}

const called = new Set<string>();
for (const withTemplate of [false, true]) {
  const { env } = runWholeSession({ withTemplate });
  for (const key of Object.keys(env.calls.snapshot())) called.add(key);
}
const report: string[] = [];
afterAll(() => {
  if (process.env.RECTIFY_SCOPE_REPORT) console.log(report.join('\n'));
});

describe.each([
  ['appsscript.json (sheet-bound script)', MANIFEST_SCOPES],
  ['appsscript.addon.json (Marketplace add-on)', ADDON_MANIFEST_SCOPES],
])('%s', (name, granted) => {
  it('covers every method the bundle calls with a scope Google’s reference lists for it', () => {
    const uncovered: string[] = [];
    const unknown: string[] = [];
    for (const method of called) {
      // console is the JavaScript console, not an Apps Script service class.
      if (method.startsWith('console.')) continue;
      const scopes = requiredScopes(method);
      if (scopes === undefined) unknown.push(method);
      else if (scopes.length > 0 && !scopes.some((s) => granted.includes(s)))
        uncovered.push(`${method} needs ${scopes.join(' or ')}`);
    }
    expect(unknown).toEqual([]);
    expect(uncovered).toEqual([]);
    expect(called.size).toBeGreaterThan(100);
  });

  it('asks for no scope that no called method needs, and for none of Drive’s restricted ones', () => {
    const use = scopeUse(called, granted);
    report.push(`${name}:`, ...[...use].map(([s, m]) => `  ${s}: ${m.join(', ')}`));
    const unused = [...use]
      .filter(([scope]) => scope !== 'https://www.googleapis.com/auth/spreadsheets')
      .filter(([, m]) => m.length === 0);
    expect(unused).toEqual([]);
    expect(granted).not.toContain('https://www.googleapis.com/auth/drive');
    expect(granted).not.toContain('https://www.googleapis.com/auth/drive.readonly');
  });
});
