// Property tests: random cells and rows never make the parsers throw, every finding points at a real cell,
// valid forms give no finding, and the grid handed in comes back untouched.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  a1,
  type Cell,
  cellText,
  computeTotals,
  FIELDS,
  fieldOfHeader,
  findingText,
  lastDayOfMonth,
  makeDate,
  parseDeadline,
  parseLedger,
  parseSettings,
  parseStatus,
  readExactDate,
  SETTING_DEFS,
  settingsFromForm,
  settingsSchema,
  urgencyOf,
} from '../../src/core';
import { COLUMN, HEADER, row } from './grid';

const CELL_RUNS = 5000;
const ROW_RUNS = 2000;
const AS_OF = '2024-10-30';

const FORMULA_ERRORS = [
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  ' #n/a ',
];
const FULL_WIDTH = fc
  .string({
    unit: fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
    maxLength: 12,
  })
  .map((s) => s.replace(/(.)/g, '$1\u3000'));

/** Anything a spreadsheet, exceljs or a CSV reader might hand over, and some things none should. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  FULL_WIDTH,
  fc.constantFrom(...FORMULA_ERRORS),
  fc.double(),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 45565, 0.5),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    '2024年10月前',
    '长期',
    '已完成',
    'a@b.org',
    '是',
    '2024-02-30',
    '二〇二四年十月',
    'constructor',
  ),
);

const CN_DIGITS = '〇一二三四五六七八九';
const cnYear = (y: number) => Array.from(String(y), (d) => CN_DIGITS[+d]).join('');
const cnSmall = (n: number) =>
  n < 10
    ? CN_DIGITS[n]
    : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A day that exists, with every text form of docs/architecture.md that names it (exactly, or as a month or year end). */
const validDeadline = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    form: fc.integer({ min: 0, max: 13 }),
    spaces: fc.array(fc.constantFrom(' ', '\u3000', '\u00a0', '  '), { maxLength: 4 }),
    tail: fc.constantFrom('', '前', '之前', '前完成整改', '完成'),
  })
  .filter(({ year, month, day }) => makeDate(year, month, day) !== null)
  .map(({ year, month, day, form, spaces, tail }) => {
    const exact = makeDate(year, month, day) as string;
    const monthEnd = lastDayOfMonth(year, month);
    const q = Math.ceil(month / 3);
    const forms: [string, string][] = [
      [`${year}-${pad2(month)}-${pad2(day)}`, exact],
      [`${year}/${month}/${day}`, exact],
      [`${year}.${month}.${day}`, exact],
      [`${year}年${month}月${day}日${tail}`, exact],
      [`${year}年${month}月底${tail}`, monthEnd],
      [`${year}年${month}月`, monthEnd],
      [`${year}年底${tail}`, `${year}-12-31`],
      [`${year}年${month <= 6 ? '上' : '下'}半年`, month <= 6 ? `${year}-06-30` : `${year}-12-31`],
      [`${year}年第${'一二三四'[q - 1]}季度`, lastDayOfMonth(year, q * 3)],
      [fullWidth(`${year}年${month}月${day}日`), exact],
      [`${cnYear(year)}年${cnSmall(month)}月`, monthEnd],
      [`${cnYear(year)}年${cnSmall(month)}月${cnSmall(day)}日`, exact],
      [`${year}年${month}月${day}日(前)`, exact],
      [`${year}年${month}月底（前）`, monthEnd],
    ];
    const [text, date] = forms[form];
    // Spaces may fall anywhere between characters.
    const chars = Array.from(text);
    spaces.forEach((s, i) => {
      chars.splice((i * 7) % (chars.length + 1), 0, s);
    });
    return { text: chars.join(''), date };
  });

describe('cells', () => {
  it('no parser throws on any cell, and failures carry a message', () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const d = parseDeadline(value);
        if (!d.ok) {
          expect(findingText('zh', d.error).length).toBeGreaterThan(0);
          expect(findingText('en', d.error).length).toBeGreaterThan(0);
        } else if (d.deadline.kind === 'date') expect(d.deadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const exact = readExactDate(value);
        if (exact !== null) expect(exact).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const text = cellText(value);
        expect(typeof text).toBe('string');
        const status = parseStatus(text);
        expect(status === null || ['done', 'inProgress', 'notDone', 'longTerm'].includes(status)).toBe(true);
        const field = fieldOfHeader(text);
        expect(field === null || FIELDS.includes(field)).toBe(true);
      }),
      { numRuns: CELL_RUNS },
    );
  });

  it('every generated valid deadline form reads as its day, with no warning', () => {
    fc.assert(
      fc.property(validDeadline, ({ text, date }) => {
        expect(parseDeadline(text)).toEqual({ ok: true, deadline: { kind: 'date', date } });
      }),
      { numRuns: CELL_RUNS },
    );
  });

  it('every serial and Date of a plausible day reads as that day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          const serial = Math.floor(d.getTime() / 86400000) + 25569;
          expect(parseDeadline(d)).toEqual({ ok: true, deadline: { kind: 'date', date: day } });
          expect(parseDeadline(serial)).toEqual({ ok: true, deadline: { kind: 'date', date: day } });
          expect(readExactDate(serial)).toBe(day);
        },
      ),
      { numRuns: CELL_RUNS },
    );
  });

  it('the 设置 sheet never throws, and every finding points at column B of a real row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              '提醒提前天数',
              '统计截止日期',
              '语言',
              '提醒阶段（到期前天数）',
              '牵头领导邮箱',
              '同时生成PDF',
              '通报列出的状态',
              '提醒时间（点）',
              'x',
            ),
            anyCell,
          ),
          {
            maxLength: 12,
          },
        ),
        (pairs) => {
          const g: Cell[][] = pairs.map(([k, v]) => [k, v]);
          const { settings, findings } = parseSettings(g);
          expect(Number.isInteger(settings.leadDays)).toBe(true);
          for (const f of findings) {
            expect(f.cell).toBe(a1(f.row, 2));
            expect(f.sheet).toBe('设置');
            expect(f.row).toBeGreaterThanOrEqual(1);
            expect(f.row).toBeLessThanOrEqual(g.length);
          }
        },
      ),
      { numRuns: ROW_RUNS },
    );
  });
});

describe('sidebar form', () => {
  it('settingsFromForm never throws, reports only keys it was sent, and always returns valid settings', () => {
    const keys = SETTING_DEFS.map((d) => d.key);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.oneof(
            fc.string({ maxLength: 12 }),
            FULL_WIDTH,
            fc.constantFrom('-1', '7', '是', 'en', '2024-02-30', 'a=b@c.org'),
          ),
        ),
        (form) => {
          const { settings, issues } = settingsFromForm(form);
          expect(issues.every((i) => i.key in form && i.message.length > 0)).toBe(true);
          expect(settingsSchema.safeParse(settings).success).toBe(true);
        },
      ),
      { numRuns: ROW_RUNS },
    );
  });
});

/** A grid of the standard header plus random rows of random width (ragged, as CSV files are). */
const randomGrid = fc
  .array(fc.array(anyCell, { maxLength: 20 }), { maxLength: 8 })
  .map((rows) => [[...HEADER] as Cell[], ...rows]);

/** Notes every cell and, for Dates, its time, so mutation of the grid or of its Dates is caught. */
function snapshot(g: readonly (readonly Cell[])[]) {
  return g.map((r) => r.map((v) => ({ v, t: v instanceof Date ? v.getTime() : undefined })));
}

function expectUntouched(g: readonly (readonly Cell[])[], snap: ReturnType<typeof snapshot>): void {
  // One expect per grid, not per cell: jest's matchers are slow at hundreds of thousands of calls.
  const same =
    g.length === snap.length &&
    g.every(
      (r, i) =>
        r.length === snap[i].length &&
        r.every(
          (v, j) =>
            Object.is(v, snap[i][j].v) && (!(v instanceof Date) || Object.is(v.getTime(), snap[i][j].t)),
        ),
    );
  expect(same).toBe(true);
}

describe('rows', () => {
  it('parseLedger never throws, addresses every finding inside the grid, and leaves the grid untouched', () => {
    fc.assert(
      fc.property(randomGrid, fc.integer({ min: 1, max: 50 }), (g, firstRow) => {
        const snap = snapshot(g);
        const { ledger, findings } = parseLedger(g, { asOf: AS_OF, firstRow });
        const width = Math.max(...g.map((r) => r.length));
        const misplaced = findings.filter(
          (f) =>
            f.cell !== a1(f.row, f.column) ||
            f.row < firstRow ||
            f.row >= firstRow + g.length ||
            f.column < 1 ||
            f.column > width ||
            (f.severity !== 'error' && f.severity !== 'warning') ||
            findingText('zh', f).length === 0 ||
            (f.field !== null && f.column !== HEADER.indexOf(headerOf(f.field)) + 1),
        );
        expect(misplaced).toEqual([]);
        expectUntouched(g, snap);
        if (ledger) {
          const totals = computeTotals(ledger.problems, { asOf: AS_OF, leadDays: 7 });
          expect(totals.total).toBe(ledger.problems.length);
          for (const p of ledger.problems) urgencyOf(p, AS_OF, 7);
        }
      }),
      { numRuns: ROW_RUNS },
    );
  });

  it('every bad deadline, status, done date, recovered amount or formula error gets a finding at its cell', () => {
    const fieldCell = fc.record({
      deadline: anyCell,
      status: anyCell,
      doneDate: anyCell,
      recovered: anyCell,
      remarks: anyCell,
    });
    fc.assert(
      fc.property(fc.array(fieldCell, { minLength: 1, maxLength: 6 }), (cells) => {
        const rows = cells.map((c, i) =>
          row(
            {
              整改时限: c.deadline,
              整改状态: c.status,
              完成日期: c.doneDate,
              '追赃挽损（万元）': c.recovered,
              备注: c.remarks,
            },
            i + 1,
          ),
        );
        const g = [[...HEADER] as Cell[], ...rows];
        const snap = snapshot(g);
        const { findings } = parseLedger(g, { asOf: AS_OF });
        const at = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.cell));
        cells.forEach((c, i) => {
          const n = i + 2;
          const bad = (value: Cell, ok: boolean) => !ok || isFormulaErrorText(value);
          const statusText = cellText(c.status);
          if (bad(c.status, statusText === '' || parseStatus(statusText) !== null) && statusText !== '')
            expect(at).toContain(`${COLUMN.整改状态}${n}`);
          const blankDeadline =
            c.deadline === null ||
            c.deadline === undefined ||
            (typeof c.deadline === 'string' && c.deadline.trim() === '');
          if (!blankDeadline && bad(c.deadline, parseDeadline(c.deadline).ok))
            expect(at).toContain(`${COLUMN.整改时限}${n}`);
          const blankDone =
            c.doneDate === null ||
            c.doneDate === undefined ||
            (typeof c.doneDate === 'string' && c.doneDate.trim() === '');
          if (!blankDone && bad(c.doneDate, readExactDate(c.doneDate) !== null))
            expect(at).toContain(`${COLUMN.完成日期}${n}`);
          if (isFormulaErrorText(c.remarks)) expect(at).toContain(`${COLUMN.备注}${n}`);
          if (typeof c.recovered === 'number' && !(Number.isFinite(c.recovered) && c.recovered >= 0))
            expect(at).toContain(`${COLUMN['追赃挽损（万元）']}${n}`);
          if (c.remarks instanceof Date && Number.isNaN(c.remarks.getTime()))
            expect(at).toContain(`${COLUMN.备注}${n}`);
        });
        expectUntouched(g, snap);
      }),
      { numRuns: ROW_RUNS },
    );
  });

  it('rows built from valid forms give no finding at all', () => {
    const validRow = fc.record({
      deadline: validDeadline.map((d) => d.text),
      status: fc.constantFrom(
        '已完成',
        '已整改',
        '已销号',
        '正在整改',
        '整改中',
        '推进中',
        '未完成',
        '长期坚持',
        ' 正在 整改 ',
      ),
      recovered: fc.oneof(
        fc.constant(''),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.nat().map(String),
      ),
      longTerm: fc.constantFrom('', '是', '否', '✓', true, false),
      email: fc.constantFrom('', 'a@example.org', 'a@example.org；b.c@dept.gov.cn'),
    });
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 6 }), (cells) => {
        const rows = cells.map((c, i) =>
          row(
            {
              整改时限: c.deadline,
              整改状态: c.status,
              完成日期:
                c.status.startsWith('已') && c.status !== '已完成'
                  ? '2024-10-01'
                  : c.status === '已完成'
                    ? '2024年10月30日'
                    : '',
              '追赃挽损（万元）': c.recovered,
              长期坚持: c.longTerm,
              责任人邮箱: c.email,
            },
            i + 1,
          ),
        );
        const { findings } = parseLedger([[...HEADER], ...rows], { asOf: AS_OF });
        expect(findings).toEqual([]);
      }),
      { numRuns: ROW_RUNS },
    );
  });
});

function headerOf(field: string): (typeof HEADER)[number] {
  const map: Record<string, (typeof HEADER)[number]> = {
    id: '编号',
    category: '问题类别',
    source: '问题来源',
    problem: '问题描述',
    measures: '整改措施',
    lead: '牵头领导',
    department: '责任科室',
    ownerEmail: '责任人邮箱',
    deadline: '整改时限',
    status: '整改状态',
    doneDate: '完成日期',
    longTerm: '长期坚持',
    longTermMeasures: '长期举措',
    recovered: '追赃挽损（万元）',
    evidence: '佐证材料',
    remarks: '备注',
  };
  return map[field];
}

function isFormulaErrorText(value: Cell): boolean {
  return (
    typeof value === 'string' &&
    FORMULA_ERRORS.map((e) => e.trim().toUpperCase()).includes(value.trim().toUpperCase())
  );
}
