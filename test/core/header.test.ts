// Header matching: where the header row is, which column is which field, and what is missing.
import { describe, expect, it } from '@jest/globals';
import {
  type Cell,
  FIELD_DEFS,
  fieldLabel,
  fieldOfHeader,
  findHeader,
  findingText,
  parseLedger,
} from '../../src/core';
import { HEADER, row } from './grid';

describe('fieldOfHeader', () => {
  it('knows every Chinese and English header and alias in docs/architecture.md', () => {
    const expected: [string, string][] = [
      ['编号', 'id'],
      ['序号', 'id'],
      ['ID', 'id'],
      ['问题类别', 'category'],
      ['类别', 'category'],
      ['问题类型', 'category'],
      ['问题来源', 'source'],
      ['问题描述', 'problem'],
      ['问题', 'problem'],
      ['具体问题', 'problem'],
      ['整改措施', 'measures'],
      ['牵头领导', 'lead'],
      ['责任领导', 'lead'],
      ['责任科室', 'department'],
      ['责任单位', 'department'],
      ['责任部门', 'department'],
      ['责任人邮箱', 'ownerEmail'],
      ['邮箱', 'ownerEmail'],
      ['整改时限', 'deadline'],
      ['完成时限', 'deadline'],
      ['整改状态', 'status'],
      ['整改进展', 'status'],
      ['状态', 'status'],
      ['完成日期', 'doneDate'],
      ['长期坚持', 'longTerm'],
      ['长期举措', 'longTermMeasures'],
      ['追赃挽损（万元）', 'recovered'],
      ['佐证材料', 'evidence'],
      ['备注', 'remarks'],
      ['Category', 'category'],
      ['Source', 'source'],
      ['Problem', 'problem'],
      ['Measures', 'measures'],
      ['Lead', 'lead'],
      ['Department', 'department'],
      ['Owner email', 'ownerEmail'],
      ['Deadline', 'deadline'],
      ['Status', 'status'],
      ['Done date', 'doneDate'],
      ['Long-term', 'longTerm'],
      ['Long-term measures', 'longTermMeasures'],
      ['Recovered (10k CNY)', 'recovered'],
      ['Evidence', 'evidence'],
      ['Remarks', 'remarks'],
    ];
    for (const [header, field] of expected) expect([header, fieldOfHeader(header)]).toEqual([header, field]);
  });

  it('matches after trimming, collapsing spaces, folding full-width characters and ignoring case', () => {
    expect(fieldOfHeader('  整改 时限 ')).toBe('deadline');
    expect(fieldOfHeader('整改\n时限')).toBe('deadline');
    expect(fieldOfHeader('追赃挽损(万元)')).toBe('recovered');
    expect(fieldOfHeader('追赃挽损 （万元）')).toBe('recovered');
    expect(fieldOfHeader('ＩＤ')).toBe('id');
    expect(fieldOfHeader('owner  EMAIL')).toBe('ownerEmail');
    expect(fieldOfHeader('\u3000责任科室\u3000')).toBe('department');
  });

  it('returns null for other words', () => {
    expect(fieldOfHeader('联系人')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
    expect(fieldOfHeader('constructor')).toBeNull();
  });

  it('labels every field in both languages', () => {
    for (const def of FIELD_DEFS) {
      expect(fieldLabel(def.field)).toBe(def.zh);
      expect(fieldLabel(def.field, 'en')).toBe(def.en);
    }
  });
});

describe('findHeader', () => {
  it('finds the header in the first row', () => {
    const { header, findings } = findHeader([[...HEADER], row()]);
    expect(findings).toEqual([]);
    expect(header?.index).toBe(0);
    expect(header?.columns.deadline).toBe(8);
    expect(header?.language).toBe('zh');
  });

  it('finds the header below a title row and a merged banner', () => {
    const grid: Cell[][] = [
      ['攀枝花市文联党组巡察整改台账', '', '', ''],
      ['（截至2024年10月30日）'],
      [],
      [...HEADER],
      row(),
    ];
    const { header, findings } = findHeader(grid);
    expect(findings).toEqual([]);
    expect(header?.index).toBe(3);
    const parsed = parseLedger(grid, { asOf: '2024-10-30' });
    expect(parsed.ledger?.headerRow).toBe(4);
    expect(parsed.ledger?.problems.map((p) => p.row)).toEqual([5]);
  });

  it('reads English headers, in any order; its findings read in English', () => {
    const grid: Cell[][] = [
      ['Status', 'Deadline', 'Department', 'Measures', 'Problem'],
      ['pending', '2024-09-30', 'Office', 'Meet', 'Late'],
    ];
    const { header } = findHeader(grid);
    expect(header?.language).toBe('en');
    expect(header?.columns).toEqual({ status: 0, deadline: 1, department: 2, measures: 3, problem: 4 });
    const parsed = parseLedger(grid, { asOf: '2024-10-30' });
    expect(parsed.findings.map((f) => [f.cell, f.code])).toEqual([['A2', 'status.unknown']]);
    expect(findingText('en', parsed.findings[0])).toMatch(/^Status "pending" is not recognised/);
  });

  it('matches headers typed with full-width characters and extra spaces', () => {
    const grid: Cell[][] = [
      ['编 号', ' 问题描述 ', '整改措施\u3000', '责任 科室', '整改时限', '整改状态', '追赃挽损（万元）'],
      ['1', '问题', '措施', '办公室', '2024-12-31', '正在整改', '0.5'],
    ];
    const { header, findings } = findHeader(grid);
    expect(findings).toEqual([]);
    expect(Object.keys(header?.columns ?? {}).sort()).toEqual(
      ['deadline', 'department', 'id', 'measures', 'problem', 'recovered', 'status'].sort(),
    );
  });

  it('reports every missing required header in ONE error on the header row', () => {
    const grid: Cell[][] = [
      ['标题'],
      ['编号', '问题描述', '整改状态', '备注'],
      ['1', '问题', '正在整改', ''],
    ];
    const { header, findings } = findHeader(grid);
    expect(header?.index).toBe(1);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'A2', row: 2, severity: 'error', code: 'header.missing' });
    const message = findingText('zh', findings[0]);
    for (const name of ['整改措施', '责任科室', '整改时限']) expect(message).toContain(name);
    expect(message).not.toContain('问题描述');
  });

  it('says in one error when there is no header at all', () => {
    const { header, findings } = findHeader([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(header).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'A1', code: 'header.not-found', severity: 'error' });
    expect(findingText('zh', findings[0])).toContain('整改时限');
    expect(findHeader([]).findings[0].code).toBe('header.not-found');
  });

  it('keeps unknown columns, in order, and ignores them', () => {
    const grid: Cell[][] = [
      ['联系人', ...HEADER, '内部评分'],
      ['张三', ...row(), 99],
    ];
    const parsed = parseLedger(grid, { asOf: '2024-10-30' });
    expect(parsed.findings).toEqual([]);
    expect(parsed.ledger?.header.unknown).toEqual([
      { column: 0, header: '联系人' },
      { column: 17, header: '内部评分' },
    ]);
    expect(parsed.ledger?.header.columns.id).toBe(1);
  });

  it('offsets addresses by firstRow when the grid starts lower on the sheet', () => {
    const grid: Cell[][] = [['编号', '问题描述', '整改状态']];
    const { findings } = findHeader(grid, 3);
    expect(findings[0]).toMatchObject({ cell: 'A3', row: 3 });
  });
});
