// The offline page's words come from the catalogue: both languages for every id, and every key the page uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pageMessages, pageOwnMessages } from '../../../src/core/messages/page';
import { expectBilingual, expectDataTKeys, expectOwnIdsApart } from './page-tables';

const ROOT = join(__dirname, '../../..');
describe('the offline page message table', () => {
  it('gives every id a Chinese and an English text with the same placeholders', () => {
    expect(Object.keys(pageMessages).length).toBeGreaterThan(80);
    expectBilingual(pageMessages);
  });

  it('adds its own words to the dashboard’s shared ones without redefining any', () => {
    expectOwnIdsApart(pageOwnMessages);
  });

  it('has a text without placeholders for every data-t key of page.html, and one for every id ui.ts names', () => {
    const html = readFileSync(join(ROOT, 'src/page/page.html'), 'utf8');
    expect(expectDataTKeys(html, pageMessages).length).toBeGreaterThan(20);
    const ui = readFileSync(join(ROOT, 'src/page/ui.ts'), 'utf8');
    const used = [...ui.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(40);
    for (const id of used) expect(Object.keys(pageMessages)).toContain(id);
  });

  it('is the page’s only string table: src/page holds no zh/en pair of its own', () => {
    for (const file of ['ui.ts', 'main.ts', 'engine-port.ts', 'protocol.ts']) {
      const source = readFileSync(join(ROOT, 'src/page', file), 'utf8');
      expect({ file, pair: /\bzh:\s*['"`{]/.test(source) }).toEqual({ file, pair: false });
      expect({ file, choice: /locale\s*===\s*'(en|zh)'\s*\?\s*'[^']*[\u4e00-\u9fff]/.test(source) }).toEqual({
        file,
        choice: false,
      });
    }
  });
});
