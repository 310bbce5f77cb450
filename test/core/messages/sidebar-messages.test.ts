// The sidebar's words come from the catalogue: every id the page uses has both languages, and the built page carries them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fill } from '../../../src/core/messages/placeholders';
import { sidebarMessages, sidebarOwnMessages } from '../../../src/core/messages/sidebar';
import { expectBilingual, expectDataTKeys, expectOwnIdsApart } from './page-tables';

const ROOT = join(__dirname, '../../..');
const PAGE_DIR = join(ROOT, 'src/gas/ui/sidebar');
const TEMPLATE = readFileSync(join(ROOT, 'src/gas/ui/sidebar.tmpl'), 'utf8');
const BUILT = readFileSync(join(ROOT, 'build/Sidebar.html'), 'utf8');
const entries = Object.entries(sidebarMessages);

describe('the sidebar message table', () => {
  it('gives every id a Chinese and an English text with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(70);
    expectBilingual(sidebarMessages);
  });

  it('adds its own words to the dashboard’s shared ones without redefining any', () => {
    expectOwnIdsApart(sidebarOwnMessages);
  });

  it('has a text for every data-t key of the page template, each without placeholders', () => {
    expect(expectDataTKeys(TEMPLATE, sidebarMessages).length).toBeGreaterThan(10);
  });

  it('has a text for every id the page modules ask for by name', () => {
    const used = new Set<string>();
    for (const file of readdirSync(PAGE_DIR)) {
      const source = readFileSync(join(PAGE_DIR, file), 'utf8');
      for (const m of source.matchAll(/\bt\('(\w+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(40);
    for (const id of used) expect(Object.keys(sidebarMessages)).toContain(id);
  });

  it('is in the built page in both languages, and the template holds no table of its own', () => {
    for (const [, text] of entries) {
      expect(BUILT).toContain(text.zh);
      expect(BUILT).toContain(text.en);
    }
    // The template's only script is the slot the build fills: no second string table in the HTML.
    expect([...TEMPLATE.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual(['/*SIDEBAR*/']);
  });

  it('fills placeholders by name in one pass, leaving text inside values alone', () => {
    expect(fill(sidebarMessages.dueSoonList.zh, { count: 7, days: 5 })).toBe('5天内到期（7）');
    expect(fill(sidebarMessages.asOf.en, { asOf: '2024-10-30', sheet: '{sheet}' })).toBe(
      'As of 2024-10-30 · {sheet}',
    );
    expect(fill(sidebarMessages.title.zh)).toBe('整改台账');
  });
});
