// generateNotice inside build/Code.js, in a bare node:vm context whose only globals are the fakes (no require/process).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadBundle } from '../fakes/vm';
import { noticeEnv } from './notice-helpers';

const root = join(__dirname, '..', '..');
let bundle = '';

beforeAll(() => {
  // Other bundle tests rebuild build/Code.js at the same time; keep a copy that compiles.
  for (let attempt = 0; attempt < 3 && bundle === ''; attempt++) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
    const code = readFileSync(join(root, 'build', 'Code.js'), 'utf8');
    try {
      new vm.Script(code);
      bundle = join(mkdtempSync(join(tmpdir(), 'rectify-notice-')), 'Code.js');
      writeFileSync(bundle, code);
    } catch {
      bundle = '';
    }
  }
}, 60_000);

describe('generateNotice in the bundle', () => {
  it('is a top-level function and writes the example notice with the real globals (DocumentApp, DriveApp)', () => {
    expect(readFileSync(bundle, 'utf8')).toMatch(/^function generateNotice\(/m);
    const { env, folderId } = noticeEnv();
    const context = loadBundle(env, bundle);
    expect(vm.runInContext('typeof require + typeof process', context)).toBe('undefinedundefined');
    vm.runInContext('generateNotice()', context);
    const doc = env.drive
      .childrenOf(folderId)
      .find((i) => i.mimeType === 'application/vnd.google-apps.document')!;
    const texts = env.documents.texts(doc.id);
    expect(texts.filter((t) => /^[一二三四五]、/.test(t))).toHaveLength(5);
    expect(texts.at(-1)).toBe('2024年12月20日');
    expect(env.ui.dialogs.at(-1)?.content).toContain(doc.id);
    expect(env.ui.alerts).toEqual([]);
  });
});
