// The core's own words: field, status and urgency names, the summary sentence and the ledger's terms, in both
// languages; and the core files that render them hold no zh/en pair of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { FIELDS, STATUSES } from '../../../src/core';
import { type Bilingual, say } from '../../../src/core/messages/bilingual';
import { FIELD_LABELS } from '../../../src/core/messages/fields';
import { LEDGER_TERMS } from '../../../src/core/messages/ledger-terms';
import { STATUS_LABELS, URGENCY_LABELS } from '../../../src/core/messages/statuses';
import { SUMMARY_MESSAGES, type SummaryFigures } from '../../../src/core/messages/summary';

const ROOT = join(__dirname, '..', '..', '..');
const CJK = /[\u4e00-\u9fff]/;

const FIGURES: SummaryFigures = {
  asOf: '2024-10-30',
  total: 37,
  closed: 15,
  pending: 1,
  inProgress: 18,
  notDone: 1,
  unknown: 2,
  longTermTasks: 3,
  rate: '40.5%',
  recovered: 0.02,
  recoveredWan: '0.02',
  recoveredYuan: 'CNY 200',
};

/** Every entry of the core's term tables, rendered from a sample. */
const ENTRIES: [string, Bilingual][] = [
  ...Object.entries(FIELD_LABELS).map(([k, v]) => [`field ${k}`, v] as [string, Bilingual]),
  ...Object.entries(STATUS_LABELS).map(([k, v]) => [`status ${k}`, v] as [string, Bilingual]),
  ['urgency overdue', URGENCY_LABELS.overdue],
  ['urgency dueSoon', URGENCY_LABELS.dueSoon({ leadDays: 7 })],
  ['urgency notDue', URGENCY_LABELS.notDue],
  ['summary sentence', SUMMARY_MESSAGES.sentence(FIGURES)],
  ['summary blankGroup', SUMMARY_MESSAGES.blankGroup],
  [
    'extendedDeadline',
    LEDGER_TERMS.extendedDeadline({
      original: 'by 2024-09-30',
      head: '2024年9月底前',
      extended: '2024-12-31',
    }),
  ],
  ['deadlineLine', LEDGER_TERMS.deadlineLine({ deadline: '2024-12-31' })],
  ['narrativeSection', LEDGER_TERMS.narrativeSection],
  ['narrativeParagraph', LEDGER_TERMS.narrativeParagraph],
];

describe("the core's term tables", () => {
  it('name every field and every status', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(
      [...FIELDS, 'extendedTo', 'extensionApproval', 'closureApprover', 'closureDate'].sort(),
    );
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...STATUSES].sort());
  });

  it.each(ENTRIES)('%s: Chinese in zh, none in en, both filled in', (_, text) => {
    expect(say('zh', text)).toMatch(CJK);
    expect(say('en', text).trim()).not.toBe('');
    expect(say('en', text)).not.toMatch(CJK);
    expect(`${text.zh} ${text.en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('say one English name per field and status: no two share one', () => {
    const names = [...Object.values(FIELD_LABELS), ...Object.values(STATUS_LABELS)];
    const byEnglish = new Map<string, Set<string>>();
    for (const n of names) byEnglish.set(n.en, (byEnglish.get(n.en) ?? new Set()).add(n.zh));
    // 长期坚持 is both a column and a status, with one English name.
    expect([...byEnglish].filter(([, zh]) => zh.size > 1)).toEqual([]);
  });
});

/** The core files this slice moved to the catalogue. */
const CORE_FILES = [
  'ledger',
  'deadline',
  'deadline-words',
  'header',
  'closure',
  'extensions',
  'hidden-chars',
  'status',
  'urgency',
  'fields',
  'settings',
  'totals',
  'metrics',
  'sheets',
  'html',
  'text',
  'dates',
  'findings',
  'yes-no',
  'import/grid',
  'import/lines',
  'import/link',
  'import/model',
  'import/parse',
  'import/source',
  'import/vocabulary',
].map((f) => `src/core/${f}.ts`);

describe('the core files of the ledger, settings and import', () => {
  it('hold no zh/en pair: no tr(), no { zh, en } literal, no text chosen by locale === "en"', () => {
    const pairs = /\btr\(|\bzh:\s|=== 'en' \?/;
    const offenders = CORE_FILES.filter((file) => pairs.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
