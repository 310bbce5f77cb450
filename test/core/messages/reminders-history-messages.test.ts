// The reminders' and edit history's words come from the catalogue: both languages for every id, no pair elsewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Bilingual } from '../../../src/core/messages/bilingual';
import { historyColumns, historyMessages } from '../../../src/core/messages/history';
import {
  digestMessages,
  punctuation,
  reminderLogColumns,
  reminderLogKinds,
  reminderLogStatuses,
  skipMessages,
  stageMessages,
} from '../../../src/core/messages/reminder-mail';
import {
  reminderPreviewMessages,
  reminderRunMessages,
  reminderTriggerMessages,
} from '../../../src/core/messages/reminders';

const TABLES: Record<string, Record<string, unknown>> = {
  historyColumns,
  historyMessages,
  digestMessages,
  punctuation,
  reminderLogColumns,
  reminderLogKinds,
  reminderLogStatuses,
  skipMessages,
  stageMessages,
  reminderPreviewMessages,
  reminderRunMessages,
  reminderTriggerMessages,
};

/**
 * Parameters for any function entry: every name reads as [7, 1], which serves as a count, a text and a list
 * (the policy's stages), so each entry renders without a table of sample values that could drift.
 */
const ANY_PARAMS = new Proxy({}, { get: () => [7, 1] });

function rendered(entry: unknown): Bilingual {
  return typeof entry === 'function'
    ? (entry as (p: unknown) => Bilingual)(ANY_PARAMS)
    : (entry as Bilingual);
}

describe('the reminder and edit history message tables', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every id has a Chinese and a different English text`, () => {
      const ids = Object.keys(table);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        const { zh, en } = rendered(table[id]);
        expect({
          id,
          zh: typeof zh === 'string' && zh !== '',
          en: typeof en === 'string' && en !== '',
        }).toEqual({
          id,
          zh: true,
          en: true,
        });
        expect({ id, same: zh === en }).toEqual({ id, same: false });
        expect({ id, chinese: /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(zh) }).toEqual({
          id,
          chinese: true,
        });
      }
    });
  }

  it('renders a parameterised entry with its values, in both languages', () => {
    const text = skipMessages.outsideDomain({ row: 5, address: 'a@b.org', domain: 'example.org' });
    expect(text.zh).toBe('第5行的邮箱 a@b.org 不在允许的域名 example.org 内，未发送');
    expect(text.en).toBe('Row 5: a@b.org is outside the allowed domain example.org; not sent');
  });
});

const ROOT = join(__dirname, '../../..');
const SLICE = ['src/core/reminders', 'src/gas/reminders', 'src/gas/history'];
const FILES = [
  ...SLICE.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  ),
  'src/core/history.ts',
  'src/core/history-diff.ts',
  'src/core/history-edit-diff.ts',
];

describe('reminders and edit history outside the catalogue', () => {
  it('write no zh/en pair: no tr(), no { zh, en } literal, no locale === "en" text choice', () => {
    expect(FILES.length).toBeGreaterThan(15);
    const pairs = FILES.flatMap((file) => {
      const code = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return [/\btr\(/, /\{\s*zh\s*:/, /===\s*'en'\s*\?/, /'en'\s*===/]
        .filter((pattern) => pattern.test(code))
        .map((pattern) => `${file}: ${pattern}`);
    });
    expect(pairs).toEqual([]);
  });
});
