// The add-on's pages reach the server only through typed contracts, and every function they name is in Code.js.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { IMPORT_SERVER_FUNCTIONS } from '../../src/gas/import/contract';
import { SIDEBAR_SERVER_FUNCTIONS } from '../../src/gas/sidebar/contract';
import { BUNDLE } from './bundle';

const ROOT = join(__dirname, '../..');
const UI = join(ROOT, 'src/gas/ui');

/** The top-level functions of build/Code.js, as Apps Script sees them: evaluated once in a bare context. */
function bundleGlobals(): Set<string> {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context);
  return new Set(Object.keys(context).filter((name) => typeof context[name] === 'function'));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the pages’ server contracts', () => {
  const globals = bundleGlobals();

  it('lists the seven sidebar functions and the import dialog’s two, each a global function of build/Code.js', () => {
    expect([...SIDEBAR_SERVER_FUNCTIONS].sort()).toEqual([
      'getDashboard',
      'getNoticePreview',
      'getSettingsForm',
      'runMenuCommand',
      'saveSettings',
      'selectCell',
      'selectRow',
    ]);
    expect([...IMPORT_SERVER_FUNCTIONS].sort()).toEqual(['appendImported', 'readImportDoc']);
    for (const name of [...SIDEBAR_SERVER_FUNCTIONS, ...IMPORT_SERVER_FUNCTIONS]) {
      expect({ name, global: globals.has(name) }).toEqual({ name, global: true });
    }
  });

  it('calls only contract functions, and only through the one typed client', () => {
    const pages = files(UI).filter((f) => f.endsWith('.ts') || f.endsWith('.tmpl'));
    // google.script.run appears in script-run.ts alone: every other call goes through serverCall<Contract>.
    const direct = pages.filter((f) => /google\.script\.run\s*[.[]/.test(readFileSync(f, 'utf8')));
    expect(direct.map((f) => relative(UI, f))).toEqual(['script-run.ts']);
    const contract = new Set<string>([...SIDEBAR_SERVER_FUNCTIONS, ...IMPORT_SERVER_FUNCTIONS]);
    const called = new Set<string>();
    for (const f of pages) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bcall\('(\w+)'/g)) called.add(m[1] ?? '');
    }
    expect([...called].sort()).toEqual([...contract].sort());
  });
});
