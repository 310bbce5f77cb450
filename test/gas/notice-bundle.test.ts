// generateNotice inside build/Code.js, in a bare node:vm context whose only globals are the fakes (no require/process).
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import { BUNDLE, loadBuiltBundle } from './bundle';
import { noticeEnv } from './notice-helpers';

describe('generateNotice in the bundle', () => {
  it('is a top-level function and writes the example notice with the real globals (DocumentApp, Drive, Utilities)', () => {
    expect(readFileSync(BUNDLE, 'utf8')).toMatch(/^function generateNotice\(/m);
    const { env } = noticeEnv();
    const context = loadBuiltBundle(env);
    expect(vm.runInContext('typeof require + typeof process', context)).toBe('undefinedundefined');
    vm.runInContext('generateNotice()', context);
    const doc = env.drive
      .childrenOf('root')
      .find((i) => i.mimeType === 'application/vnd.google-apps.document')!;
    const texts = env.documents.texts(doc.id);
    expect(texts.filter((t) => /^[一二三四五]、/.test(t))).toHaveLength(5);
    expect(texts.at(-1)).toBe('2024年12月20日');
    expect(env.ui.dialogs.at(-1)?.content).toContain(doc.id);
    expect(env.ui.alerts).toEqual([]);
    expect(env.drive.childrenOf('root').some((i) => i.name.endsWith('.docx'))).toBe(true);
  });
});
