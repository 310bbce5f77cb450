// The findings catalogue: every code has both languages, every finding the core emits renders, English stays English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../../src/cli/csv';
import {
  type Cell,
  type FindingCode,
  type FindingMessage,
  type FindingParams,
  findingText,
  type Locale,
  parseLedger,
  parseSettings,
} from '../../src/core';
import { importDocument, importFindingText, textParagraphs } from '../../src/core/import';
import type { ParamsOf } from '../../src/core/messages/coded';
import { FINDINGS } from '../../src/core/messages/findings';
import {
  type ImportFindingCode,
  type ImportFindingMessage,
  importFindings,
} from '../../src/core/messages/findings-import';
import { accGrid } from './accountability-grid';
import { grid, row } from './grid';

const root = join(__dirname, '..', '..');
const csv = (name: string) => parseCsv(readFileSync(join(root, 'examples', name), 'utf8'));

/**
 * A sample for every parameter of every code. The mapped type makes this exhaustive: a new code, or a new
 * parameter of a code, does not compile until it has a sample here. Values are ASCII so that English text
 * built from them can be checked for Chinese that should not be there.
 */
const SAMPLES: { [C in FindingCode]: FindingParams<C> } = {
  'header.not-found': {},
  'header.missing': { headerRow: 3, missing: ['measures', 'deadline'], headerLanguage: 'zh' },
  'column.duplicate': { field: 'deadline', first: 'I1', second: 'Q1', headerLanguage: 'zh' },
  'closure.evidence-column': {},
  'closure.columns-missing': { missing: ['closureApprover', 'closureDate'] },
  'closure.future': { approved: '2024-11-02', asOf: '2024-10-30' },
  'closure.not-done': {},
  'closure.no-evidence': {},
  'closure.no-approver': {},
  'closure.no-date': {},
  'closure.before-done': { approved: '2024-09-01', done: '2024-09-20' },
  'cell.formula-uncached': { field: 'recovered' },
  'cell.unreadable': { field: 'doneDate' },
  'cell.formula-error': { field: 'deadline', error: '#REF!' },
  'cell.required': { field: 'department' },
  'cell.hidden-characters': { codes: ['U+202E', 'U+200B'], bidi: true },
  'cell.unstorable': { code: 'U+FFFE' },
  'email.malformed': { addresses: ['bob(at)example.org', 'a@b'] },
  'status.unknown': { text: 'pending' },
  'longterm.unknown': { text: 'maybe' },
  'recovered.invalid': { text: 'two' },
  'id.duplicate': { id: '3', firstRow: 2 },
  'problem.duplicate': { firstRow: 2, problem: 'Reports are late and incomplete every quarter of the year' },
  'done.no-date': {},
  'done.future': { date: '2024-10-31', asOf: '2024-10-30' },
  'done.date-without-done': {},
  'done.unreadable': { field: 'doneDate', text: 'soon', outOfRange: false },
  'closure.unreadable': { field: 'closureDate', text: '9999-12-31', outOfRange: true },
  'extension.unreadable': { text: 'later' },
  'deadline.invalid-date': {},
  'deadline.bad-number': { value: 5 },
  'deadline.unreadable': { text: 'soon' },
  'deadline.too-long': { start: 'Finish the work…', length: 140, max: 100 },
  'deadline.no-year': { text: 'end of September', example: 'end of September 2024' },
  'deadline.range': { text: 'Sep-Oct 2024', end: '2024-10-31' },
  'deadline.before-month': { text: 'before Oct 2024', year: 2024, month: 10, day: '2024-09-30' },
  'deadline.no-such-date': { text: '2024-02-30' },
  'deadline.year-range': { text: '9999-12-31', first: 1900, last: 2999 },
  'extension.unapproved': { extendedTo: '2024-12-31', original: '2024-09-30' },
  'extension.no-date': { approval: 'Minutes 12', original: null },
  'extension.not-later': { extendedTo: '2024-09-01', original: '2024-09-30' },
  'setting.invalid': { key: 'leadDays', why: { zh: '“abc”不是整数', en: '"abc" is not a whole number' } },
};

const IMPORT_SAMPLES: { [C in ImportFindingCode]: ParamsOf<(typeof importFindings)[C]> } = {
  'import.unlabelled': { quote: 'Meet every month', after: 'deadline' },
  'import.status': { quote: 'Under way' },
  'import.statusSentence': { quote: 'Done, reviewed in May', status: 'Done' },
  'import.orphan': {},
  'import.categoryTitle': { heading: '1.', number: '1' },
  'import.linkAmbiguous': { section: 'Part two', id: '2-1' },
  'import.linkMissing': { section: 'Part two', id: '2-1' },
  'import.repeatDiffers': { section: 'Part two', id: '4-2', differs: ['deadline'] },
  'import.noMeasures': { id: '3' },
  'import.split': { id: '3' },
  'import.noDeadline': { id: '3' },
  'import.deadline': { id: '3', deadline: 'soon' },
  'import.noStatus': { id: '3' },
  'import.figures': { printed: 'problems 37', counted: 'problems 34', gaps: [{ name: 'problems', by: -3 }] },
  'import.recovered': { amount: 0.02 },
  'import.duplicateId': { old: '3', n: 2, id: '3(2)' },
};

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Text no rendering may produce: a parameter that was missing or of the wrong kind. */
function expectWhole(text: string, what: string): void {
  expect({ what, empty: text.trim() === '' }).toEqual({ what, empty: false });
  expect({ what, text }).not.toEqual({ what, text: expect.stringMatching(/undefined|NaN|\[object|null/) });
}

const ledgerMessages = (Object.keys(FINDINGS) as FindingCode[]).map(
  (code) => ({ code, params: SAMPLES[code] }) as FindingMessage,
);
const importMessages = (Object.keys(importFindings) as ImportFindingCode[]).map(
  (code) => ({ code, params: IMPORT_SAMPLES[code] }) as ImportFindingMessage,
);

describe('findings catalogue: every code in both languages', () => {
  it('has a sample for exactly the codes of the catalogue', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(FINDINGS).sort());
    expect(Object.keys(IMPORT_SAMPLES).sort()).toEqual(Object.keys(importFindings).sort());
    expect(ledgerMessages.length).toBeGreaterThanOrEqual(40);
  });

  it.each(['zh', 'en'] as Locale[])('renders every ledger and 设置 code in %s, whole', (locale) => {
    for (const m of ledgerMessages) expectWhole(findingText(locale, m), `${m.code} ${locale}`);
  });

  it.each(['zh', 'en'] as Locale[])("renders every importer's code in %s, whole", (locale) => {
    for (const m of importMessages) expectWhole(importFindingText(locale, m), `${m.code} ${locale}`);
  });

  it('gives different Chinese and English for every code', () => {
    for (const m of ledgerMessages)
      expect([m.code, findingText('zh', m)]).not.toEqual([m.code, findingText('en', m)]);
    for (const m of importMessages)
      expect([m.code, importFindingText('zh', m)]).not.toEqual([m.code, importFindingText('en', m)]);
  });

  it('writes Chinese in Chinese: every zh text holds Chinese', () => {
    for (const m of ledgerMessages) expect([m.code, CJK.test(findingText('zh', m))]).toEqual([m.code, true]);
    for (const m of importMessages)
      expect([m.code, CJK.test(importFindingText('zh', m))]).toEqual([m.code, true]);
  });

  it('writes English without Chinese when its parameters have none', () => {
    // The one deliberate exception: the split warning names the marker 一是 a Chinese notice would print.
    const chineseOnPurpose = new Set<string>(['import.split']);
    for (const m of ledgerMessages)
      if (!chineseOnPurpose.has(m.code))
        expect([m.code, findingText('en', m)]).not.toEqual([m.code, expect.stringMatching(CJK)]);
    for (const m of importMessages)
      if (!chineseOnPurpose.has(m.code))
        expect([m.code, importFindingText('en', m)]).not.toEqual([m.code, expect.stringMatching(CJK)]);
  });

  it('names an English header in English, whatever the reader reads', () => {
    const m: FindingMessage = {
      code: 'header.missing',
      params: { headerRow: 1, missing: ['measures'], headerLanguage: 'en' },
    };
    expect(findingText('zh', m)).toBe('The header row (row 1) lacks required columns: Measures');
  });
});

describe('findings catalogue: what the core emits renders', () => {
  /** A ledger that trips most rules: blanks, bad dates, bad addresses, repeats, formula errors, hidden characters. */
  function troubledLedger(): Cell[][] {
    return grid(
      row({ 编号: '1', 整改时限: '尽快', 整改状态: '待定', 责任人邮箱: 'bob(at)example.org' }, 1),
      row(
        { 编号: '1', 整改时限: '9月底前', 完成日期: '2099-01-01', 整改状态: '已完成', 长期坚持: '也许' },
        2,
      ),
      row({ 问题描述: '', 整改时限: '2024年10月前', '追赃挽损（万元）': '两万', 备注: 'a\u202eb' }, 3),
      row({ 整改时限: '2024年9-10月', 完成日期: '明天', 整改状态: '正在整改', 整改措施: '#REF!' }, 4),
      row({ 整改时限: 5, 责任科室: '', 整改状态: '已完成', 完成日期: '' }, 5),
      row({ 整改时限: '2024年2月30日', 问题描述: '问题 5' }, 6),
      row({ 整改时限: '9999年12月底前', 佐证材料: '\ufffe' }, 7),
    );
  }

  function expectRendered(messages: readonly FindingMessage[]): void {
    for (const m of messages)
      for (const locale of ['zh', 'en'] as const) expectWhole(findingText(locale, m), `${m.code} ${locale}`);
  }

  it('renders every finding of the example ledger and settings, and of a ledger full of mistakes', () => {
    const examples = parseLedger(csv('ledger.csv'), { asOf: '2024-10-30' }).findings;
    const settings = parseSettings(csv('settings.csv')).findings;
    const troubled = parseLedger(troubledLedger(), { asOf: '2024-10-30' }).findings;
    expect(new Set(troubled.map((f) => f.code)).size).toBeGreaterThanOrEqual(12);
    expectRendered([...examples, ...settings, ...troubled]);
  });

  it('renders the accountability findings (extensions, closing) and the header findings', () => {
    const accountability = parseLedger(
      accGrid([
        { 整改状态: '正在整改', 整改时限: '2024年9月底前', 延期至: '2024-12-31' },
        { 整改状态: '正在整改', 整改时限: '2024年9月底前', 延期批准: '批复' },
        { 整改状态: '已完成', 完成日期: '2024-09-01', 审核日期: '2024-08-01', 销号审核人: '张' },
      ]),
      { asOf: '2024-10-30', closureReview: true },
    ).findings;
    const headers = [
      ...parseLedger([['a', 'b']], { asOf: '2024-10-30' }).findings,
      ...parseLedger([['问题描述', '整改状态', '整改状态']], { asOf: '2024-10-30' }).findings,
    ];
    expect(accountability.some((f) => f.code.startsWith('extension.'))).toBe(true);
    expect(headers.map((f) => f.code)).toEqual(['header.not-found', 'header.missing', 'column.duplicate']);
    expectRendered([...accountability, ...headers]);
  });

  it('renders every finding of importing the seed notice', () => {
    const seed = readFileSync(join(root, 'test', 'fixtures', 'seed-notice.txt'), 'utf8');
    const { findings } = importDocument(textParagraphs(seed));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings)
      for (const locale of ['zh', 'en'] as const)
        expectWhole(importFindingText(locale, f), `${f.code} ${locale}`);
  });
});
