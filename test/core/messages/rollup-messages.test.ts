// The roll-up's, the notices', the page worker's and their CLI commands' words: both languages for every id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Bilingual, MessageTable } from '../../../src/core/messages/bilingual';
import { noticeLabels, noticeText, noticeWarnings } from '../../../src/core/messages/notice';
import { noticeDialog, noticeDocProblems } from '../../../src/core/messages/notice-doc';
import { chineseOrdinal, numbering } from '../../../src/core/messages/numbering';
import { pageFileNames, pageWorkerText } from '../../../src/core/messages/page-worker';
import {
  figureNames,
  overviewText,
  rollupChecks,
  rollupColumns,
  rollupNoticeText,
  rollupScriptText,
} from '../../../src/core/messages/rollup';
import { noticeCliText, rollupCliText } from '../../../src/core/messages/rollup-notice-cli';

const ROOT = join(__dirname, '../../..');

/** Parameters for the function entries: every name one of them reads, with a value of its type. */
const SAMPLE: Record<string, unknown> = {
  asOf: '2024-10-30',
  n: 3,
  index: 2,
  units: 4,
  overdue: 5,
  files: 2,
  ordinal: '三',
  unit: '区委办',
  count: 2,
  others: ['b.xlsx'],
  figure: { zh: '问题数', en: 'problems' },
  actual: 4,
  expected: 5,
  rate: '63.41%',
  read: 3,
  sentence: 'S',
  left: 1,
  message: 'm',
  folder: 'd',
  out: 'o.xlsx',
  file: 'f.xlsx',
  reason: 'r',
  detail: 'x',
  sections: 5,
  items: 9,
  errors: 2,
  issuer: '区委巡察办',
  group: '区委第一巡察组',
  start: '2024-04-10',
  end: '2024-05-11',
  organ: '区委',
  range: '2024年4月10日至5月11日',
  feedback: '2024-06-20',
  year: '2024',
  lines: ['联系电话：1234'],
  missing: [{ zh: '电子邮箱', en: 'e-mail' }],
  source: '书记点人点事',
  row: 7,
  id: 'A-3',
  other: { zh: '其他问题', en: 'Other problems' },
  title: '总体情况',
  second: true,
  sheet: '通报正文',
  name: '其他',
  placeholder: '{{x}}',
  ledgers: ['a.xlsx', 'b.xlsx'],
  names: ['区委办'],
  t: {
    units: 2,
    total: 10,
    byStatus: { done: 6, inProgress: 2, notDone: 1, longTerm: 1, unknown: 0 },
    longTermTasks: 1,
    pendingApproval: 0,
    recovered: 1.5,
    completionRate: 0.6,
    overdue: 1,
    dueSoon: 0,
  },
};

function rendered(entry: MessageTable[string]): Bilingual {
  if (typeof entry !== 'function') return entry;
  return (entry as (p: unknown) => Bilingual)(SAMPLE);
}

const TABLES: Record<string, MessageTable> = {
  rollupColumns,
  overviewText,
  rollupNoticeText,
  figureNames,
  rollupChecks,
  rollupScriptText,
  rollupCliText,
  noticeCliText,
  pageWorkerText,
  pageFileNames,
  numbering,
  noticeLabels,
  noticeText,
  noticeWarnings,
  noticeDialog,
  noticeDocProblems,
};

describe('the roll-up, notice, page-worker and CLI tables', () => {
  it('give every id a Chinese and an English text', () => {
    for (const [table, entries] of Object.entries(TABLES))
      for (const [id, entry] of Object.entries(entries)) {
        const text = rendered(entry);
        expect({ table, id, zh: text.zh.trim() !== '', en: text.en.trim() !== '' }).toEqual({
          table,
          id,
          zh: true,
          en: true,
        });
        expect({ table, id, same: text.zh === text.en }).toEqual({ table, id, same: false });
      }
  });

  it('number sections and items as the seed notice does, in either language', () => {
    expect([0, 4, 9].map((index) => numbering.section({ index }).zh)).toEqual(['一、', '五、', '十、']);
    expect(numbering.section({ index: 1 }).en).toBe('2. ');
    expect(numbering.item({ n: 3 })).toEqual({ zh: '（3）', en: '(3)' });
    expect([1, 10, 11, 20, 99].map(chineseOrdinal)).toEqual(['一', '十', '十一', '二十', '九十九']);
  });

  it('leave no zh/en pair in the files they serve', () => {
    const files = [
      'src/core/rollup/columns.ts',
      'src/core/rollup/notice.ts',
      'src/core/rollup/reconcile.ts',
      'src/core/rollup/rollup.ts',
      'src/core/rollup/sentence.ts',
      'src/core/rollup/sources.ts',
      'src/core/rollup/tables.ts',
      'src/gas/rollup/menu.ts',
      'src/gas/rollup/read-unit.ts',
      'src/gas/rollup/run.ts',
      'src/gas/rollup/write-overview.ts',
      'src/cli/commands/rollup.ts',
      'src/cli/commands/notice.ts',
      'src/cli/rollup-unit.ts',
      'src/cli/rollup-workbook.ts',
      'src/page/worker.ts',
      'src/page/downloads.ts',
      'src/page/view.ts',
      'src/core/notice/build.ts',
      'src/core/notice/front-matter.ts',
      'src/core/notice/items.ts',
      'src/core/notice/layout.ts',
      'src/core/notice/narrative.ts',
      'src/core/notice/warnings.ts',
      'src/gas/notice/generate.ts',
      'src/gas/notice/template.ts',
    ];
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      expect({ file, tr: /\btr\(/.test(source) }).toEqual({ file, tr: false });
      expect({ file, pair: /\bzh:\s*['"`]/.test(source) }).toEqual({ file, pair: false });
      // A text chosen by language (a layout choice such as an English heading's alignment is not text).
      expect({ file, choice: /=== 'en' \?\s*['"`]/.test(source) }).toEqual({ file, choice: false });
    }
  });
});
