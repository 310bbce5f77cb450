// The settings registry: one definition per setting, and the schema, defaults, 设置 rows and form all follow it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  type Codec,
  DEFAULT_SETTINGS,
  domainListCodec,
  fontListCodec,
  type Locale,
  languageCodec,
  parseSettings,
  SETTING_DEFS,
  SETTING_GROUP_ORDER,
  type SettingDef,
  STATUSES,
  settingsSchema,
  textCodec,
} from '../../src/core';
import {
  SETTING_FORM_HELP,
  SETTING_GROUPS,
  SETTING_HELP,
  SETTING_LABELS,
} from '../../src/core/messages/settings';
import { setupLedger } from '../../src/gas/commands/setup-ledger';
import { buildSettingsForm } from '../../src/gas/sidebar/settings-form';
import { createFakeEnv } from '../fakes';
import { servicesOf } from '../gas/helpers';

const KEYS = SETTING_DEFS.map((d) => d.key);
const LOCALES: readonly Locale[] = ['zh', 'en'];

describe('the registry', () => {
  it('defines every key exactly once, and the catalogue words exactly those keys', () => {
    expect(new Set(KEYS).size).toBe(KEYS.length);
    expect(Object.keys(SETTING_LABELS)).toEqual(KEYS);
    expect(Object.keys(SETTING_HELP)).toEqual(KEYS);
    for (const key of Object.keys(SETTING_FORM_HELP)) expect(KEYS).toContain(key);
  });

  it('gives every label, help and group title a Chinese and an English text', () => {
    const words = SETTING_DEFS.flatMap((d) => [d.label, d.help, d.formHelp]);
    for (const text of [...words, ...Object.values(SETTING_GROUPS)]) {
      expect(text.zh.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    // A Chinese or English name read back from column A must name one setting only.
    const names = SETTING_DEFS.flatMap((d) => [d.label.zh, d.label.en.toLowerCase()]);
    expect(new Set(names).size).toBe(names.length);
    for (const def of SETTING_DEFS) expect(SETTING_GROUP_ORDER).toContain(def.group);
  });

  it('the schema checks exactly the registry keys, in its order', () => {
    expect(Object.keys(settingsSchema.def.shape)).toEqual(KEYS);
  });

  it('the defaults list the registry keys in its order, leaving out only the settings without one', () => {
    const defined = SETTING_DEFS.filter((d) => d.default !== undefined).map((d) => d.key);
    expect(Object.keys(DEFAULT_SETTINGS)).toEqual(defined);
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it.each(LOCALES)('初始化台账 (%s) writes one 设置 row per registry key, in its order', (locale) => {
    const env = createFakeEnv({ userLocale: locale === 'en' ? 'en_US' : 'zh_CN' });
    setupLedger(servicesOf(env));
    const grid = env.values(locale === 'en' ? 'Settings' : '设置');
    expect(grid.slice(1).map((r) => r[0])).toEqual(SETTING_DEFS.map((d) => d.label[locale]));
    expect(grid.slice(1).map((r) => r[2])).toEqual(SETTING_DEFS.map((d) => d.help[locale]));
    expect(parseSettings(grid as string[][]).settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: locale,
    });
  });

  it.each(LOCALES)(
    'the form (%s) has one field per registry key, grouped, in the registry order',
    (locale) => {
      const form = buildSettingsForm(DEFAULT_SETTINGS, locale);
      expect(form.groups.map((g) => g.id)).toEqual(SETTING_GROUP_ORDER);
      expect([...form.fields.map((f) => f.key)].sort()).toEqual([...KEYS].sort());
      for (const group of SETTING_GROUP_ORDER) {
        const inGroup = SETTING_DEFS.filter((d) => d.group === group).map((d) => d.key);
        expect(form.fields.filter((f) => f.group === group).map((f) => f.key)).toEqual(inGroup);
      }
      for (const field of form.fields) {
        const def = SETTING_DEFS.find((d) => d.key === field.key) as SettingDef;
        expect(field).toMatchObject({ label: def.label[locale], help: def.formHelp[locale] });
        expect(field.control).toBe(def.codec.control(DEFAULT_SETTINGS[def.key], locale).control);
      }
    },
  );
});

/** Values each setting can hold (what its schema accepts), by the codec or the type of its default. */
function valuesOf(def: SettingDef): fc.Arbitrary<unknown> {
  const words = (list: string[]) => fc.array(fc.constantFrom(...list), { minLength: 1, maxLength: 3 });
  if (def.codec === fontListCodec)
    return words(['仿宋_GB2312', 'FangSong', 'Noto Serif CJK SC', '黑体']).map((a) => a.join(', '));
  if (def.codec === domainListCodec)
    return fc.oneof(
      fc.constant(''),
      words(['example.gov.cn', 'dept.example.org', 'a-b.cn']).map((a) => a.join('；')),
    );
  if (def.codec === languageCodec) return fc.constantFrom('zh', 'en');
  if (def.codec === textCodec) return fc.string({ maxLength: 20 }).map((s) => s.trim());
  const d = def.default;
  if (d === undefined)
    return fc.option(
      fc
        .date({
          min: new Date(Date.UTC(1990, 0, 1)),
          max: new Date(Date.UTC(2090, 0, 1)),
          noInvalidDate: true,
        })
        .map((x) => x.toISOString().slice(0, 10)),
      { nil: undefined },
    );
  if (typeof d === 'boolean') return fc.boolean();
  if (typeof d === 'number')
    return fc.integer({ min: -5, max: 400 }).filter((n) => def.codec.schema.safeParse(n).success);
  if (Array.isArray(d) && typeof d[0] === 'number')
    return fc
      .uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 5 })
      .map((a) => a.sort((x, y) => y - x))
      .filter((a) => def.codec.schema.safeParse(a).success);
  if (Array.isArray(d)) return fc.shuffledSubarray([...STATUSES], { minLength: 1 });
  return fc.dictionary(
    fc.constantFrom('党组书记', '副主席', 'Lead', 'constructor'),
    fc.constantFrom('a@example.org', 'b.c@x.gov.cn'),
    { maxKeys: 3 },
  );
}

describe('codecs round-trip', () => {
  it('every default passes its schema', () => {
    for (const def of SETTING_DEFS)
      expect([def.key, def.codec.schema.safeParse(def.default).success]).toEqual([def.key, true]);
  });

  it.each(SETTING_DEFS.map((d) => [d.key, d] as const))(
    '%s: the sheet text, the written cell and the form text read back as the value',
    (_key, def) => {
      const codec: Codec = def.codec;
      fc.assert(
        fc.property(valuesOf(def), fc.constantFrom(...LOCALES), (value, locale) => {
          expect(codec.schema.safeParse(value).success).toBe(true);
          for (const written of [
            codec.format(value, locale),
            codec.cell(value, locale),
            codec.formText(value, locale),
          ]) {
            const read = codec.parse(written);
            expect(read).toEqual({ ok: true, value });
            // And the text is what the codec writes for the value it read: format(parse(x)) = x.
            if (read.ok && read.value !== undefined)
              expect(codec.format(read.value, locale)).toBe(codec.format(value, locale));
          }
        }),
        { numRuns: 200 },
      );
    },
  );
});

/** Every source file under src/ (code, templates, pages), relative to the repository. */
function sourceFiles(dir = 'src'): string[] {
  return readdirSync(join(__dirname, '..', '..', dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(`${dir}/${e.name}`)
      : /\.(ts|html|tmpl)$/.test(e.name)
        ? [`${dir}/${e.name}`]
        : [],
  );
}

/**
 * Code that decides by a setting's kind: the old `def.kind` / `f.kind` / `data-kind` branches and their case
 * labels. Each codec (src/core/settings/codecs.ts) says what its kind of value needs instead.
 */
const KIND_SWITCH =
  /\b(def|f|field)\.kind\b|data-kind|\['kind'\]|(case |kind === )'(statuses|ints|leaders|bool|int|language)'/;

describe('no switch on a setting kind', () => {
  it('no file under src/ branches on a setting kind', () => {
    const files = sourceFiles();
    expect(files).toContain('src/gas/ui/settings-fields.ts');
    const hits = files.flatMap((file) =>
      readFileSync(join(__dirname, '..', '..', file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (KIND_SWITCH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('the pattern finds the branches the sidebar had', () => {
    const before = [
      "if (f.kind === 'statuses') {",
      "case 'ints':",
      "input.setAttribute('data-kind', f.kind);",
    ];
    for (const line of before) expect([line, KIND_SWITCH.test(line)]).toEqual([line, true]);
    // A deadline's kind ('date', 'longTerm') is not a setting's.
    expect(KIND_SWITCH.test("if (result.ok && result.deadline.kind === 'date') {")).toBe(false);
  });
});
