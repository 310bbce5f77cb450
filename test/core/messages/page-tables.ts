// Checks shared by the page message tables' tests (sidebar, offline page): both languages, placeholders, keys.
import { expect } from '@jest/globals';
import type { Bilingual } from '../../../src/core/messages/bilingual';
import { dashboardMessages } from '../../../src/core/messages/dashboard';

/** The {name} placeholders of a text, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** Every id has a Chinese and an English text, and both name the same placeholders. */
export function expectBilingual(table: Readonly<Record<string, Bilingual>>): void {
  for (const [id, text] of Object.entries(table)) {
    expect({ id, zh: text.zh.trim().length > 0, en: text.en.trim().length > 0 }).toEqual({
      id,
      zh: true,
      en: true,
    });
    expect({ id, en: placeholders(text.en) }).toEqual({ id, en: placeholders(text.zh) });
  }
}

/** A page's own table adds to the dashboard's shared words and redefines none of them. */
export function expectOwnIdsApart(own: Readonly<Record<string, Bilingual>>): void {
  const shared = Object.keys(dashboardMessages);
  expect(Object.keys(own).filter((id) => shared.includes(id))).toEqual([]);
}

/** Every data-t key of a template names a text of the table without placeholders; returns the keys. */
export function expectDataTKeys(template: string, table: Readonly<Record<string, Bilingual>>): string[] {
  const keys = [...template.matchAll(/data-t="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const key of keys) {
    expect(Object.keys(table)).toContain(key);
    expect({ key, placeholders: placeholders(table[key]?.zh ?? '') }).toEqual({ key, placeholders: [] });
  }
  return keys;
}
