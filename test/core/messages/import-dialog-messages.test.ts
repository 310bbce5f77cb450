// The 从通报导入 dialog's words come from the catalogue: every key its template names has both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { importDialogMessages } from '../../../src/core/messages/import-dialog';

const ROOT = join(__dirname, '../../..');

describe('the import dialog message table', () => {
  it('has a Chinese and an English text for every data-t key of the template, and no data-en pair is left', () => {
    const template = readFileSync(join(ROOT, 'src/gas/ui/import-dialog.tmpl'), 'utf8');
    const keys = [...template.matchAll(/data-t="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(keys).toEqual(['intro', 'docLink', 'pasteText', 'importButton']);
    for (const key of [...keys, 'importing']) {
      const text = importDialogMessages[key as keyof typeof importDialogMessages];
      expect({ key, zh: text.zh.length > 0, en: text.en.length > 0 }).toEqual({ key, zh: true, en: true });
    }
    expect(template).not.toContain('data-en');
    // The Chinese before the script runs is the catalogue's own text.
    for (const key of keys) {
      expect(template).toContain(
        `data-t="${key}">${importDialogMessages[key as keyof typeof importDialogMessages].zh}<`,
      );
    }
  });
});
