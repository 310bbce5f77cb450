// Property: on random ledgers, bad statuses included, every totals table sums to its total (core, CLI, 汇总).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { totalsText } from '../../src/cli/commands/totals';
import { type Cell, computeTotals, parseLedger, STATUSES, type Totals } from '../../src/core';
import { totalsLayout } from '../../src/gas/commands/update-totals';
import { grid, row } from './grid';

const AS_OF = '2024-10-30';

/** Readable status words, the blank, and words no one can read (搁置 is the example). */
const STATUS_WORDS = [
  '已完成',
  '已销号',
  '正在整改',
  '推进中',
  '未完成',
  '长期坚持',
  '',
  '搁置',
  '待定',
  '#N/A',
];
/** Names that fold into one group ("1. 学习" and "1.学习"), and the blank group. */
const CATEGORIES = ['1. 学习', '1.学习', '2. 作风', '３. 纪律', ''];
const OFFICES = ['办公室', '财务室', '组织联络部', ''];

const ledgerRow = fc.record({
  status: fc.constantFrom(...STATUS_WORDS),
  category: fc.constantFrom(...CATEGORIES),
  office: fc.constantFrom(...OFFICES),
  deadline: fc.constantFrom('2024-09-30', '2024-11-02', '2024年12月底前', '长期坚持', '尽快', ''),
  doneDate: fc.constantFrom('', '2024-09-20', '2024-10-10', '2024-11-15', '某天'),
  longTerm: fc.constantFrom('', '是', '否'),
});

type LedgerRow = typeof ledgerRow extends fc.Arbitrary<infer T> ? T : never;

function totalsOf(rows: LedgerRow[], locale: 'zh' | 'en'): Totals {
  const cells: Cell[][] = rows.map((r, i) =>
    row(
      {
        整改状态: r.status,
        问题类别: r.category,
        责任科室: r.office,
        整改时限: r.deadline,
        完成日期: r.doneDate,
        长期坚持: r.longTerm,
      },
      i + 1,
    ),
  );
  const { ledger } = parseLedger(grid(...cells), { asOf: AS_OF });
  if (!ledger) throw new Error('no ledger');
  return computeTotals(ledger.problems, { asOf: AS_OF, leadDays: 7, locale });
}

/** A plain-text table of `rectify totals`, from its header line: rows of cells split on the column gaps. */
function textTable(text: string, header: RegExp): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => header.test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const out: string[][] = [lines[start].split(/\s{2,}/)];
  for (let i = start + 2; i < lines.length && lines[i] !== ''; i++) out.push(lines[i].split(/\s{2,}/));
  return out;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('every totals table sums to its total, on random ledgers with unreadable statuses', () => {
  it('core: byStatus, each group, and the groups together', () => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const t = totalsOf(rows, 'zh');
        expect(t.total).toBe(rows.length);
        const statusSum = (s: Totals['byStatus']) => sum([...STATUSES.map((k) => s[k]), s.unknown]);
        expect(statusSum(t.byStatus)).toBe(t.total);
        for (const groups of [t.byCategory, t.byDepartment]) {
          for (const g of groups) expect(statusSum(g.byStatus)).toBe(g.total);
          expect(sum(groups.map((g) => g.total))).toBe(t.total);
          expect(sum(groups.map((g) => g.byStatus.unknown))).toBe(t.byStatus.unknown);
          expect(sum(groups.map((g) => g.longTermTasks))).toBe(t.longTermTasks);
        }
      }),
      { numRuns: 150 },
    );
  });

  it.each(['zh', 'en'] as const)('rectify totals (%s): the status table and each group row', (locale) => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const t = totalsOf(rows, locale);
        const text = totalsText(t, locale);
        // 按整改状态: five rows, then 合计 equal to their sum and to the total.
        const status = textTable(text, locale === 'zh' ? /^整改状态\s+问题数$/ : /^Status\s+Problems$/);
        const counts = status.slice(1, -1).map((r) => Number(r[1]));
        expect(counts).toHaveLength(5);
        expect(Number(status[status.length - 1][1])).toBe(t.total);
        expect(sum(counts)).toBe(t.total);
        for (const first of locale === 'zh' ? ['问题类别', '责任科室'] : ['Category', 'Department']) {
          const table = textTable(text, new RegExp(`^${first}\\s`));
          const header = table[0];
          const longTermTasks = header.indexOf(locale === 'zh' ? '长期坚持任务' : 'Long-term tasks');
          // Columns 2 … before 长期坚持任务 are the statuses (and the unreadable ones, when there are any).
          expect(longTermTasks - 2).toBe(t.byStatus.unknown > 0 ? 5 : 4);
          let total = 0;
          for (const r of table.slice(1)) {
            const cells = r.slice(-(header.length - 1)).map(Number); // a name may hold single spaces
            expect(sum(cells.slice(1, longTermTasks - 1))).toBe(cells[0]);
            total += cells[0];
          }
          expect(total).toBe(t.total);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('汇总 sheet: the status table, and each category and office row', () => {
    fc.assert(
      fc.property(fc.array(ledgerRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const t = totalsOf(rows, 'zh');
        const { values, chart } = totalsLayout(t, {
          asOf: AS_OF,
          runTime: '2024-10-30 09:00',
          timeZone: 'Asia/Shanghai',
          leadDays: 7,
          locale: 'zh',
        });
        const at = (label: string) => values.findIndex((r) => r[0] === label);
        const first = at('整改状态') + 1;
        const last = at('合计');
        expect(last - first).toBe(5);
        expect(values[last][1]).toBe(t.total);
        expect(sum(values.slice(first, last).map((r) => Number(r[1])))).toBe(t.total);
        for (const name of ['问题类别', '责任科室']) {
          const h = at(name);
          const header = values[h];
          const totalCol = header.indexOf('合计');
          expect(totalCol - 1).toBe(t.byStatus.unknown > 0 ? 5 : 4);
          let total = 0;
          for (let r = h + 1; values[r][0] !== ''; r++) {
            const cells = values[r] as number[];
            expect(sum(cells.slice(1, totalCol))).toBe(cells[totalCol]);
            total += cells[totalCol];
          }
          expect(total).toBe(t.total);
        }
        // The chart draws every status column, so its stacked bars reach each category's total.
        expect(chart.numColumns).toBe(values[at('问题类别')].indexOf('合计'));
      }),
      { numRuns: 100 },
    );
  });
});
