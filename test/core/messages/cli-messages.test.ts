// The command line's words come from the catalogue: every id has both languages, the English has no Chinese in it,
// and no zh/en pair is left in the CLI's own files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { type Bilingual, type Entry, say } from '../../../src/core/messages/bilingual';
import * as cli from '../../../src/core/messages/cli';
import * as colour from '../../../src/core/messages/cli-colour';
import * as imports from '../../../src/core/messages/cli-import';
import * as remind from '../../../src/core/messages/cli-remind';
import * as totals from '../../../src/core/messages/cli-totals';

const ROOT = join(__dirname, '../../..');

/** A value for every parameter name the CLI's messages take; a name missing here fails the test, so it is kept whole. */
const SAMPLE: Record<string, unknown> = {
  option: '--out',
  example: 'F.docx',
  command: 'check',
  input: { zh: '台账文件', en: '<ledger>' },
  extra: 'b.xlsx',
  takes: ['--json', '--as-of'],
  lang: 'fr',
  text: '2024-13-45',
  path: 'a.xlsx',
  reason: { zh: '文件不存在', en: 'no such file' },
  code: 'EBUSY',
  line: 3,
  byte: '0xFF',
  count: 2,
  ext: '.doc',
  saveAs: true,
  name: 'RECTIFY_MAX_ROWS',
  raw: 'many',
  limit: '200,000',
  variable: 'RECTIFY_MAX_ROWS',
  sheet: 'Sheet1',
  where: 'A1',
  actual: '40,000',
  detail: 'bad zip',
  hint: { zh: '（请另存为 PDF）', en: ' (save it as PDF)' },
  out: 'out.xlsx',
  want: '.xlsx',
  file: 'out.xlsx',
  overdue: 3,
  dueSoon: 2,
  leadDays: 7,
  longTerm: 1,
  done: 4,
  notes: 5,
  legendSheet: 'Legend',
  errors: 1,
  warnings: 2,
  asOf: '2024-10-30',
  pinned: '2024-10-01',
  rows: [2, 3],
  rate: '50%',
  onTime: 1,
  measured: 2,
  problems: 9,
  narrative: { zh: '，通报正文 2 段', en: ', 2 narrative paragraphs' },
  figures: { zh: '问题 1', en: 'problems 1' },
  total: '9',
  inProgress: '3',
  notDone: '1',
};

const params = new Proxy(SAMPLE, {
  get(target, name: string) {
    if (!(name in target)) throw new Error(`no sample value for the parameter "${name}"`);
    return target[name];
  },
});

/** Every table the CLI's area files export, with its entries rendered from the sample values. */
function renderedEntries(): [string, Bilingual][] {
  const out: [string, Bilingual][] = [];
  for (const area of [cli, colour, imports, remind, totals]) {
    for (const [tableName, table] of Object.entries(area)) {
      if (typeof table !== 'object' || table === null) continue;
      for (const [id, entry] of Object.entries(table as Record<string, Entry>)) {
        const text = typeof entry === 'function' ? (entry as (p: unknown) => Bilingual)(params) : entry;
        out.push([`${tableName}.${id}`, text]);
      }
    }
  }
  return out;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('the command line’s message tables', () => {
  const entries = renderedEntries();

  it('give every id a Chinese and an English text', () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const [id, text] of entries) {
      expect({ id, zh: text.zh.trim() !== '', en: text.en.trim() !== '' }).toEqual({
        id,
        zh: true,
        en: true,
      });
    }
  });

  it('keep Chinese out of the English and write the Chinese in Chinese (a few are one text for both)', () => {
    const same = entries.filter(([, t]) => t.zh === t.en).map(([id]) => id);
    // Said before the language is known, and an error code shown as it is.
    expect(same.sort()).toEqual(['CLI_ARGS.langInvalid', 'CLI_WRITES.otherReason']);
    for (const [id, text] of entries) {
      if (text.zh === text.en) continue;
      expect({ id, en: text.en, chinese: CJK.test(text.en) }).toEqual({ id, en: text.en, chinese: false });
      expect({ id, zh: text.zh, chinese: CJK.test(text.zh) }).toEqual({ id, zh: text.zh, chinese: true });
    }
  });

  it('tell a reader of the legend to look for the very mark the notes start with', () => {
    for (const l of ['zh', 'en'] as const) {
      const intro = say(l, colour.COLOUR_SHEET.legendIntro({ asOf: '2024-10-30', leadDays: 7 }));
      expect(intro).toContain(say(l, colour.COLOUR_SHEET.noteMark));
    }
  });

  it('look an error code up only among the codes a table names', () => {
    expect(cli.byCode(cli.WRITE_ERRORS, 'ENOSPC')).toBe(cli.WRITE_ERRORS.ENOSPC);
    expect(cli.byCode(cli.WRITE_ERRORS, 'constructor')).toBeUndefined();
    expect(say('en', cli.CLI_WRITES.cannotWrite({ path: 'o.xlsx', reason: cli.WRITE_ERRORS.ENOSPC }))).toBe(
      'o.xlsx: cannot be written (the disk is full)',
    );
  });
});

/** The CLI's source files, but those another part of issue 12 moves to the catalogue (the roll-up and notice). */
function cliSources(dir = join(ROOT, 'src/cli')): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...cliSources(path));
    else if (path.endsWith('.ts')) files.push(relative(ROOT, path));
  }
  return files;
}

describe('the command line’s own files', () => {
  it('hold no zh/en pair: no tr(), no { zh, en } literal, no text chosen by locale === "en"', () => {
    const pairs = /\btr\(|\bzh:\s|=== 'en' \?/;
    const offenders = cliSources()
      .filter((file) => !/^src\/cli\/(commands\/(rollup|notice)|rollup-|render\/)/.test(file))
      .filter((file) => pairs.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
