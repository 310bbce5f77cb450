// Row rules of parseLedger: each finding a clerk can get, addressed to the right cell, and the typed problems.
import { describe, expect, it } from '@jest/globals';
import { type Cell, type Finding, isEmail, parseLedger, readExactDate, splitEmails } from '../../src/core';
import { COLUMN, grid, HEADER, type HeaderName, row } from './grid';
import { type Rendered, rendered } from './rendered';

const AS_OF = '2024-10-30';

/** The findings of a ledger of these rows, each with its Chinese text as `message`. */
function check(...rows: Cell[][]): Rendered[] {
  return rendered(parseLedger(grid(...rows), { asOf: AS_OF }).findings);
}

function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.cell} ${f.severity} ${f.code}`);
}

/** Address of a header's cell on sheet row n (the header is row 1). */
const at = (header: HeaderName, n: number) => `${COLUMN[header]}${n}`;

describe('parseLedger: a clean row', () => {
  it('gives no finding and a fully typed problem', () => {
    const { ledger, findings } = parseLedger(
      grid(
        row({
          编号: '2-1',
          责任人邮箱: 'a@example.org; b@example.cn',
          整改时限: '2024年9月底前完成整改',
          整改状态: '已完成',
          完成日期: '2024-09-20',
          长期坚持: '是',
          长期举措: '建立长效机制',
          '追赃挽损（万元）': '0.02',
          佐证材料: '纪要.pdf',
          备注: '无',
        }),
      ),
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
    expect(ledger?.problems).toMatchObject([
      {
        row: 2,
        id: '2-1',
        category: '1. 理论学习',
        source: '巡察反馈',
        problem: '第1个问题：学习不够深入',
        measures: '召开专题会议',
        lead: '党组书记',
        department: '办公室',
        ownerEmails: ['a@example.org', 'b@example.cn'],
        deadline: { kind: 'date', date: '2024-09-30' },
        deadlineText: '2024年9月底前完成整改',
        status: 'done',
        statusText: '已完成',
        doneDate: '2024-09-20',
        longTerm: true,
        longTermMeasures: '建立长效机制',
        recovered: 0.02,
        evidence: '纪要.pdf',
        remarks: '无',
      },
    ]);
  });

  it('reads Date cells, serials, numbers and booleans as a person sees them', () => {
    const { ledger, findings } = parseLedger(
      grid(
        row({
          编号: 7,
          整改时限: new Date(Date.UTC(2024, 11, 31)),
          整改状态: '已完成',
          完成日期: 45565,
          长期坚持: true,
          '追赃挽损（万元）': 1.5,
        }),
      ),
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
    const p = ledger?.problems[0];
    expect(p).toMatchObject({
      id: '7',
      deadline: { kind: 'date', date: '2024-12-31' },
      deadlineText: '2024-12-31',
      doneDate: '2024-09-30',
      longTerm: true,
      recovered: 1.5,
    });
  });

  it('uses the adapter’s dateOf for Date cells (the spreadsheet’s zone)', () => {
    // 2024-09-30 00:00 in Shanghai is 2024-09-29T16:00Z.
    const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3600e3).toISOString().slice(0, 10);
    const cell = new Date(Date.UTC(2024, 8, 29, 16));
    const { ledger } = parseLedger(grid(row({ 整改时限: cell, 整改状态: '已完成', 完成日期: cell })), {
      asOf: AS_OF,
      dateOf: shanghai,
    });
    expect(ledger?.problems[0].deadline).toEqual({ kind: 'date', date: '2024-09-30' });
    expect(ledger?.problems[0].doneDate).toBe('2024-09-30');
  });

  it('skips blank rows silently and keeps sheet row numbers', () => {
    const { ledger, findings } = parseLedger(
      grid(
        row({}, 1),
        [],
        ['', '  ', null, undefined],
        row({}, 2),
        HEADER.map(() => ''),
      ),
      { asOf: AS_OF },
    );
    expect(findings).toEqual([]);
    expect(ledger?.problems.map((p) => p.row)).toEqual([2, 5]);
  });

  it('reads rows shorter than the header as blank at the end', () => {
    const short = row().slice(0, 10);
    const { ledger, findings } = parseLedger(grid(short), { asOf: AS_OF });
    expect(findings).toEqual([]);
    expect(ledger?.problems[0]).toMatchObject({ doneDate: null, recovered: null, remarks: '' });
  });
});

describe('parseLedger: required fields', () => {
  it.each([
    ['问题描述', '未填问题描述'],
    ['整改措施', '未填整改措施'],
    ['责任科室', '未填责任科室'],
    ['整改时限', '未填整改时限'],
    ['整改状态', '未填整改状态'],
  ] as [HeaderName, string][])('a blank %s is an error on its cell', (header, message) => {
    const findings = check(row({ [header]: '  ' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cell: at(header, 2),
      severity: 'error',
      code: 'cell.required',
      message,
    });
  });

  it('lets a long-term problem go without a deadline', () => {
    expect(check(row({ 整改时限: '', 整改状态: '长期坚持' }))).toEqual([]);
  });

  it('writes English messages for English headers', () => {
    const g: Cell[][] = [
      ['Problem', 'Measures', 'Department', 'Deadline', 'Status'],
      ['Late reports', '', 'Office', '2024-12-31', 'In progress'],
    ];
    const { findings } = parseLedger(g, { asOf: AS_OF });
    expect(rendered(findings, 'en')).toMatchObject([{ cell: 'B2', message: 'Measures is empty' }]);
  });
});

describe('parseLedger: status and deadline', () => {
  it('an unknown status is an error listing the accepted words', () => {
    const findings = check(row({ 整改状态: '待定' }));
    expect(brief(findings)).toEqual([`${at('整改状态', 2)} error status.unknown`]);
    expect(findings[0].message).toContain('已完成');
    expect(findings[0].message).toContain('长期坚持');
  });

  it('an unreadable deadline is an error naming the text', () => {
    const findings = check(row({ 整改时限: '尽快' }));
    expect(brief(findings)).toEqual([`${at('整改时限', 2)} error deadline.unreadable`]);
    expect(findings[0].message).toContain('“尽快”');
  });

  it('an impossible date is an error', () => {
    expect(brief(check(row({ 整改时限: '2024-02-30' })))).toEqual([
      `${at('整改时限', 2)} error deadline.no-such-date`,
    ]);
  });

  it('an ambiguous "X月前" deadline is a warning that names the reading', () => {
    const findings = check(row({ 整改时限: '2024年10月前完成整改' }));
    expect(brief(findings)).toEqual([`${at('整改时限', 2)} warning deadline.before-month`]);
    expect(findings[0].message).toContain('2024年9月30日');
  });

  it('a deadline without its year is an error that asks for the year', () => {
    const findings = check(row({ 整改时限: '9月底前' }));
    expect(brief(findings)).toEqual([`${at('整改时限', 2)} error deadline.no-year`]);
    expect(findings[0].message).toBe('“9月底前”没有写年份；请写上年份，如“2024年9月底前”');
  });

  it('a dated deadline with 并长期坚持 keeps the date and marks the problem long-term', () => {
    const { ledger, findings } = parseLedger(grid(row({ 整改时限: '2024年9月底前完成整改并长期坚持' })), {
      asOf: AS_OF,
    });
    expect(findings).toEqual([]);
    expect(ledger?.problems[0]).toMatchObject({
      deadline: { kind: 'date', date: '2024-09-30' },
      deadlineText: '2024年9月底前完成整改并长期坚持',
      longTerm: true,
    });
  });

  it('a period is read as its end, with a warning naming the date', () => {
    const findings = check(row({ 整改时限: '2024年9-10月' }));
    expect(brief(findings)).toEqual([`${at('整改时限', 2)} warning deadline.range`]);
    expect(findings[0].message).toContain('2024年10月31日');
  });

  it('reports each row of a repeated deadline text, not only the first', () => {
    const findings = check(row({ 整改时限: '2024年10月前' }, 1), row({ 整改时限: '2024年10月前' }, 2));
    expect(findings.map((f) => f.cell)).toEqual([at('整改时限', 2), at('整改时限', 3)]);
  });
});

describe('parseLedger: done date', () => {
  it('done without a done date is a warning', () => {
    expect(brief(check(row({ 整改状态: '已完成' })))).toEqual([`${at('完成日期', 2)} warning done.no-date`]);
  });

  it('done without a done-date column is not reported', () => {
    const header = HEADER.filter((h) => h !== '完成日期');
    const values = row({ 整改状态: '已完成' }).filter((_, i) => HEADER[i] !== '完成日期');
    expect(parseLedger([[...header], values], { asOf: AS_OF }).findings).toEqual([]);
  });

  it('a done date after the as-of date is an error', () => {
    const findings = check(row({ 整改状态: '已完成', 完成日期: '2024-10-31' }));
    expect(brief(findings)).toEqual([`${at('完成日期', 2)} error done.future`]);
    expect(findings[0].message).toBe('完成日期2024年10月31日晚于统计截止日期2024年10月30日；请核对完成日期');
    expect(check(row({ 整改状态: '已完成', 完成日期: AS_OF }))).toEqual([]);
  });

  it.each(['尽快', '2024年9月', '2024-02-30', '2024年9月前', 'TRUE'])(
    'an unreadable done date "%s" is an error',
    (text) => {
      const findings = check(row({ 整改状态: '已完成', 完成日期: text }));
      expect(brief(findings)).toEqual([`${at('完成日期', 2)} error done.unreadable`]);
      expect(findings[0].message).toContain(text);
    },
  );

  it('accepts the usual ways of writing a day', () => {
    for (const text of [
      '2024-09-30',
      '2024/9/30',
      '2024.9.30',
      '2024年9月30日',
      '20240930',
      '二〇二四年九月三十日',
    ]) {
      expect([text, check(row({ 整改状态: '已完成', 完成日期: text }))]).toEqual([text, []]);
    }
  });

  it('a done date on a row not marked done is a warning', () => {
    expect(brief(check(row({ 整改状态: '正在整改', 完成日期: '2024-09-30' })))).toEqual([
      `${at('完成日期', 2)} warning done.date-without-done`,
    ]);
  });
});

describe('parseLedger: rules across rows', () => {
  it('a duplicate 编号 is an error on the later row, naming the first', () => {
    const findings = check(row({ 编号: '3' }, 1), row({ 编号: '4' }, 2), row({ 编号: ' 3 ' }, 3));
    expect(brief(findings)).toEqual([`${at('编号', 4)} error id.duplicate`]);
    expect(findings[0].message).toContain('第2行');
  });

  it('a number and the same text are the same 编号', () => {
    expect(brief(check(row({ 编号: 3 }, 1), row({ 编号: '3' }, 2)))).toEqual([
      `${at('编号', 3)} error id.duplicate`,
    ]);
  });

  it('blank 编号 are not duplicates', () => {
    expect(check(row({ 编号: '' }, 1), row({ 编号: '' }, 2))).toEqual([]);
  });

  it('the same problem text twice is a warning on the later row, ignoring spaces', () => {
    const findings = check(row({ 问题描述: '学习 不够' }, 1), row({ 问题描述: '学习不够' }, 2));
    expect(brief(findings)).toEqual([`${at('问题描述', 3)} warning problem.duplicate`]);
    expect(findings[0].message).toContain('第2行');
  });
});

describe('parseLedger: e-mail, recovered, long-term flag', () => {
  it('a malformed e-mail is an error naming the bad address and keeps the good ones', () => {
    const { ledger, findings } = parseLedger(grid(row({ 责任人邮箱: 'a@example.org；bob(at)example.org' })), {
      asOf: AS_OF,
    });
    expect(brief(findings)).toEqual([`${at('责任人邮箱', 2)} error email.malformed`]);
    expect(rendered(findings)[0].message).toContain('bob(at)example.org');
    expect(ledger?.problems[0].ownerEmails).toEqual(['a@example.org']);
  });

  it.each(['a@b', '@example.org', 'a@@example.org', 'a@example.o', '张三'])(
    '%s is not an address',
    (text) => {
      expect(isEmail(text)).toBe(false);
    },
  );

  it('splits addresses on the separators clerks use', () => {
    expect(splitEmails('a@x.org, b@x.org；c@x.org、d@x.org e@x.org')).toEqual([
      'a@x.org',
      'b@x.org',
      'c@x.org',
      'd@x.org',
      'e@x.org',
    ]);
  });

  it('reads addresses pasted from a mail client', () => {
    expect(splitEmails('张三 <zhang@x.org>; "Li, Si" <li@x.org>、mailto:wang@x.org')).toEqual([
      'zhang@x.org',
      'li@x.org',
      'wang@x.org',
    ]);
    const { ledger, findings } = parseLedger(grid(row({ 责任人邮箱: '办公室 <office@example.org>' })), {
      asOf: AS_OF,
    });
    expect(findings).toEqual([]);
    expect(ledger?.problems[0].ownerEmails).toEqual(['office@example.org']);
  });

  it.each([
    ['-1', 'recovered.invalid'],
    [-0.5, 'recovered.invalid'],
    ['abc', 'recovered.invalid'],
    ['1.2.3', 'recovered.invalid'],
    [Number.NaN, 'cell.unreadable'],
    [Number.POSITIVE_INFINITY, 'cell.unreadable'],
    [true, 'recovered.invalid'],
  ])('recovered %p is an error', (value, code) => {
    const findings = check(row({ '追赃挽损（万元）': value }));
    expect(brief(findings)).toEqual([`${at('追赃挽损（万元）', 2)} error ${code}`]);
    if (code === 'recovered.invalid') expect(findings[0].message).toContain('不小于 0 的数字');
  });

  it.each([
    ['0', 0],
    [0, 0],
    ['1,234.5', 1234.5],
    ['０．５', 0.5],
    ['2万元', 2],
    ['0.02万', 0.02],
    [' .5 ', 0.5],
  ])('recovered %p reads as %p', (value, amount) => {
    const { ledger, findings } = parseLedger(grid(row({ '追赃挽损（万元）': value })), { asOf: AS_OF });
    expect(findings).toEqual([]);
    expect(ledger?.problems[0].recovered).toBe(amount);
  });

  it.each([
    ['是', true],
    ['✓', true],
    ['YES', true],
    ['否', false],
    ['', false],
    [false, false],
  ])('long-term flag %p reads as %p', (value, flag) => {
    const { ledger, findings } = parseLedger(grid(row({ 长期坚持: value })), { asOf: AS_OF });
    expect(findings).toEqual([]);
    expect(ledger?.problems[0].longTerm).toBe(flag);
  });

  it('an unknown long-term flag is a warning read as no', () => {
    const { ledger, findings } = parseLedger(grid(row({ 长期坚持: '也许' })), { asOf: AS_OF });
    expect(brief(findings)).toEqual([`${at('长期坚持', 2)} warning longterm.unknown`]);
    expect(ledger?.problems[0].longTerm).toBe(false);
  });

  it('a 长期坚持 status marks the problem long-term', () => {
    const { ledger } = parseLedger(grid(row({ 整改状态: '长期坚持' })), { asOf: AS_OF });
    expect(ledger?.problems[0].longTerm).toBe(true);
  });
});

describe('parseLedger: formula errors', () => {
  it.each(['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])(
    '%s is an error on its cell, in any field, and nothing else is reported for it',
    (value) => {
      for (const header of [
        '问题描述',
        '整改时限',
        '整改状态',
        '完成日期',
        '追赃挽损（万元）',
        '备注',
      ] as const) {
        const findings = check(row({ [header]: value }));
        expect([header, brief(findings)]).toEqual([header, [`${at(header, 2)} error cell.formula-error`]]);
        expect(findings[0].message).toContain(value);
      }
    },
  );
});

describe('parseLedger: values no person typed', () => {
  it.each([
    ['an invalid Date', new Date('nonsense')],
    ['NaN', Number.NaN],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('%s is an error on its cell in any field, and nothing else is reported for it', (_name, value) => {
    for (const header of ['问题描述', '整改时限', '整改状态', '完成日期', '备注'] as const) {
      const findings = check(row({ [header]: value }));
      expect([header, brief(findings)]).toEqual([header, [`${at(header, 2)} error cell.unreadable`]]);
    }
  });

  it('a deadline typed as a number that is no date is an error even on a long-term row', () => {
    expect(brief(check(row({ 整改时限: 12, 整改状态: '长期坚持' })))).toEqual([
      `${at('整改时限', 2)} error deadline.bad-number`,
    ]);
  });

  it('a serial deadline is shown as its day', () => {
    const { ledger } = parseLedger(grid(row({ 整改时限: 45565 })), { asOf: AS_OF });
    expect(ledger?.problems[0]).toMatchObject({
      deadlineText: '2024-09-30',
      deadline: { kind: 'date', date: '2024-09-30' },
    });
  });
});

describe('parseLedger: findings', () => {
  it('orders findings by row, then column, errors first', () => {
    const findings = check(
      row({ 整改状态: '待定', 整改时限: '2024年10月前' }, 1),
      row({ 问题描述: '', 整改措施: '' }, 2),
    );
    expect(findings.map((f) => f.cell)).toEqual([
      at('整改时限', 2),
      at('整改状态', 2),
      at('问题描述', 3),
      at('整改措施', 3),
    ]);
  });

  it('addresses cells of a grid that starts lower on the sheet', () => {
    const { findings } = parseLedger(grid(row({ 整改状态: '待定' })), { asOf: AS_OF, firstRow: 5 });
    expect(findings[0]).toMatchObject({ cell: `${COLUMN.整改状态}6`, row: 6, column: 10 });
  });

  it('never changes the grid it reads', () => {
    const g = grid(
      row({ 整改时限: new Date(Date.UTC(2024, 8, 30)), 整改状态: ' 已完成 ', 完成日期: '#REF!' }),
    );
    const copy = structuredClone(g);
    parseLedger(g, { asOf: AS_OF });
    expect(g).toEqual(copy);
  });
});

describe("parseLedger: messages say what to write, in the ledger's own terms", () => {
  it.each([
    [{ 整改状态: '已完成' }, '整改状态为“已完成”，但未填完成日期'],
    [{ '追赃挽损（万元）': '两万' }, '追赃挽损“两万”不是有效金额；请填写不小于 0 的数字，单位万元，如 0.02'],
    [{ 整改措施: '' }, '未填整改措施'],
  ] as [Partial<Record<HeaderName, Cell>>, string][])('%o → %s', (cells, message) => {
    expect(check(row(cells)).map((f) => f.message)).toEqual([message]);
  });

  it('a repeated 编号 says IDs must be unique', () => {
    const findings = check(row({ 编号: '3' }, 1), row({ 编号: '3' }, 2));
    expect(findings.map((f) => f.message)).toEqual(['编号“3”与第2行重复；编号应唯一']);
  });
});

describe('readExactDate', () => {
  it('reads only whole days', () => {
    expect(readExactDate('2024年9月30日')).toBe('2024-09-30');
    expect(readExactDate('2024-9-30')).toBe('2024-09-30');
    expect(readExactDate(45565)).toBe('2024-09-30');
    expect(readExactDate('2024年9月')).toBeNull();
    expect(readExactDate('2024.09')).toBeNull();
    expect(readExactDate('2024-9')).toBeNull();
    expect(readExactDate('2024年9-10月')).toBeNull();
    expect(readExactDate('2024年9月30日前完成并长期坚持')).toBeNull();
    expect(readExactDate('2024 - 09 - 30')).toBe('2024-09-30');
    expect(readExactDate('2024年9月30')).toBe('2024-09-30');
    expect(readExactDate('2024年底')).toBeNull();
    expect(readExactDate('长期')).toBeNull();
    expect(readExactDate(12)).toBeNull();
  });
});
