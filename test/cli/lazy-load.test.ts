// A command loads only the libraries it uses: --help none, check the .xlsx layer's fflate and saxes.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { scratchDir } from './helpers';

const root = join(__dirname, '..', '..');

/** The packages (not files of the project) a run of the built CLI requires. */
function packagesLoaded(args: string[]): { status: number | null; packages: string[] } {
  const dir = scratchDir();
  const hook = join(dir, 'hook.js');
  const log = join(dir, 'loaded.json');
  writeFileSync(
    hook,
    `const Module = require('module');
const seen = new Set();
const original = Module.prototype.require;
Module.prototype.require = function (id) {
  const name = id.split('/')[0];
  if (!id.startsWith('.') && !id.startsWith('/') && !Module.isBuiltin(id)) seen.add(name);
  return original.apply(this, arguments);
};
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(log)}, JSON.stringify([...seen].sort())));
`,
  );
  const r = spawnSync(process.execPath, ['-r', hook, join(root, 'bin', 'rectify.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, packages: JSON.parse(require('node:fs').readFileSync(log, 'utf8')) };
}

describe('lazy loading', () => {
  test('rectify --help loads no library at all: its text comes from the catalogue, not the core', () => {
    const { status, packages } = packagesLoaded(['--help']);
    expect(status).toBe(0);
    expect(packages).toEqual([]);
  });

  test('check on an .xlsx loads fflate and saxes, never exceljs or docx', () => {
    const { status, packages } = packagesLoaded([
      'check',
      join('examples', 'ledger.xlsx'),
      '--as-of',
      '2024-10-30',
    ]);
    expect(status).toBe(0);
    expect(packages).toEqual(expect.arrayContaining(['fflate', 'saxes']));
    expect(packages).not.toContain('exceljs');
    expect(packages).not.toContain('docx');
  });
});
