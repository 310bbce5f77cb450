// The message catalogue (src/core/messages) is the one place a zh/en pair is written, and every entry has both languages.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { figures, where } from './metrics';

/**
 * zh/en pairs written outside src/core/messages (tr() calls, {zh, en} literals, `=== 'en' ?` choices,
 * positional pairs, data-en attributes; docs/metrics-12.md gives the rule): none. Every word a person reads
 * is a catalogue entry, so both languages are written side by side once.
 */

const MESSAGES = join(__dirname, '..', '..', 'src', 'core', 'messages');

interface Problem {
  id: string;
  why: string;
}

type SampleKind = 'text' | 'number' | 'list' | 'structured';

/**
 * A value that stands for any figure or record: a number in arithmetic and comparisons, text in a template,
 * and every property (a count, a nested figure, a Bilingual's zh and en) another such value.
 */
function anyFigure(): unknown {
  return new Proxy(() => {}, {
    get: (_target, key) => {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'string' ? '2' : 2);
      if (key === 'zh' || key === 'en') return '示例';
      if (typeof key === 'symbol') return undefined;
      return anyFigure();
    },
    apply: () => anyFigure(),
  });
}

/** A calendar date for params whose names say they are one (asOf, date, deadline). */
const DATE_PARAM = /date|asOf|deadline|day$/i;

/** A params object that answers every name with a sample of the given kind, so any function entry can render. */
function sampleParams(kind: SampleKind): unknown {
  const value = kind === 'text' ? '示例' : kind === 'number' ? 2 : ['示例', '样例'];
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key === 'symbol') return undefined;
        if (kind !== 'structured') return value;
        return DATE_PARAM.test(key) ? '2024-10-30' : anyFigure();
      },
    },
  );
}

const isBilingual = (value: unknown): value is { zh: unknown; en: unknown } =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/** What is wrong with one rendered message: not a {zh, en} pair, or a language missing or empty. */
function textProblems(id: string, text: unknown): Problem[] {
  if (!isBilingual(text)) return [{ id, why: 'is not a {zh, en} message' }];
  return (['zh', 'en'] as const)
    .filter((lang) => typeof text[lang] !== 'string' || (text[lang] as string).trim() === '')
    .map((lang) => ({ id, why: `has no ${lang}` }));
}

/**
 * What is wrong with one catalogue entry. A function entry is rendered with sample params of each kind in turn
 * (its params may be texts, counts, lists or records); it is sound when one kind renders a whole message.
 */
function entryProblems(id: string, entry: unknown): Problem[] {
  if (typeof entry !== 'function') return textProblems(id, entry);
  let first: Problem[] | null = null;
  for (const kind of ['text', 'number', 'list', 'structured'] as const) {
    let rendered: unknown;
    try {
      rendered = entry(sampleParams(kind));
    } catch {
      continue;
    }
    const problems = textProblems(id, rendered);
    if (problems.length === 0) return [];
    first ??= problems;
  }
  return first ?? [{ id, why: 'renders with no sample params (text, number, list or record)' }];
}

/** The problems of every table a catalogue module exports (a table: an object of messages or message functions). */
function tableProblems(
  file: string,
  exports: Record<string, unknown>,
): { entries: number; problems: Problem[] } {
  let entries = 0;
  const problems: Problem[] = [];
  for (const [name, table] of Object.entries(exports)) {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) continue;
    const values = Object.values(table);
    if (!values.some((v) => typeof v === 'function' || isBilingual(v))) continue;
    for (const [id, entry] of Object.entries(table)) {
      entries++;
      problems.push(...entryProblems(`${file} ${name}.${id}`, entry));
    }
  }
  return { entries, problems };
}

describe('the message catalogue', () => {
  it('finds a problem in a table with a missing language (the check itself)', () => {
    const table = {
      fine: { zh: '好', en: 'Fine' },
      noEnglish: { zh: '缺英文', en: '' },
      counted: (p: { n: number }) => ({ zh: `${p.n} 条`, en: '' }),
      listed: (p: { names: string[] }) => ({ zh: p.names.join('、'), en: p.names.join(', ') }),
      passedOn: (p: { code: string }) => ({ zh: p.code, en: p.code }),
      broken: (_p: { n: number }): { zh: string; en: string } => {
        throw new Error('renders nothing');
      },
    };
    expect(tableProblems('example.ts', { table }).problems).toEqual([
      { id: 'example.ts table.noEnglish', why: 'has no en' },
      { id: 'example.ts table.counted', why: 'has no en' },
      { id: 'example.ts table.broken', why: 'renders with no sample params (text, number, list or record)' },
    ]);
  });

  it('has zh and en for every entry of every table in src/core/messages', () => {
    // Core first, in the order the adapters load it: findings-settings.ts and the settings registry import each
    // other through findings, so loading that file on its own meets a binding not yet initialised.
    require(join(MESSAGES, '..'));
    const files = readdirSync(MESSAGES).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('bilingual.ts');
    const problems: Problem[] = [];
    let entries = 0;
    for (const file of files) {
      const found = tableProblems(file, require(join(MESSAGES, file)));
      entries += found.entries;
      problems.push(...found.problems);
    }
    expect(problems).toEqual([]);
    // Each area file adds entries; bilingual.ts alone holds none.
    if (files.length > 1) expect(entries).toBeGreaterThan(0);
  });
});

describe('zh/en pairs outside the catalogue', () => {
  const examples = mkdtempSync(join(tmpdir(), 'rectify-pairs-'));
  afterAll(() => rmSync(examples, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(examples, path)), { recursive: true });
    writeFileSync(join(examples, path), text);
  };

  it('counts each form of pair once, and none in the catalogue or in a lookup of codes (the rule itself)', () => {
    write(
      'src/gas/example.ts',
      [
        "const a = tr(locale, '保存', 'Save');",
        "const b = { zh: '台账', en: 'Ledger' };",
        "const c = locale === 'en' ? 'Settings' : '设置';",
        "const d = S('issuer', '发文单位', 'Issuing body');",
        "const e: Record<string, [string, string]> = { EIO: ['输入输出错误', 'input/output error'] };",
        "const f = new Map([['整改进行中', 'inProgress']]);",
        "// tr(locale, '注释', 'a comment') is prose, not a call",
        "const g = '无关的中文';",
      ].join('\n'),
    );
    write(
      'src/core/messages/example.ts',
      "export const M = messages({ save: { zh: '保存', en: 'Save' } });\n",
    );
    write(
      'src/gas/ui/dialog.html',
      '<p data-en="Import">导入</p>\n<script>const t = { zh: { a: "甲", b: "乙" }, en: { a: "A", b: "B" } };</script>\n',
    );
    const found = figures(examples).pairs;
    expect(found.forms).toEqual({
      'tr(': 1,
      '{zh, en}': 3,
      "'en' ?": 1,
      '(zh, en)': 1,
      '[zh, en]': 1,
      'data-en': 1,
    });
    expect(where(found.sites).sort()).toEqual([
      'src/gas/example.ts:1',
      'src/gas/example.ts:2',
      'src/gas/example.ts:3',
      'src/gas/example.ts:4',
      'src/gas/example.ts:5',
      'src/gas/ui/dialog.html:1',
      'src/gas/ui/dialog.html:2',
      'src/gas/ui/dialog.html:2',
    ]);
  });

  it('are none: every bilingual text is a catalogue entry', () => {
    const { pairs } = figures();
    if (pairs.count > 0)
      throw new Error(
        `${pairs.count} zh/en pairs outside src/core/messages: write new text as a catalogue entry and ` +
          `say(locale, M.id). Sites:\n${where(pairs.sites).join('\n')}`,
      );
    expect(pairs.count).toBe(0);
  });
});
