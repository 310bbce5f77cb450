// 通报正文 parsing: sections matched by title, by number or by order; merged 章节 cells; unmatched rows named.
import { describe, expect, test } from '@jest/globals';
import { DEFAULT_SETTINGS, parseNarrative } from '../../src/core';

const parse = (grid: string[][]) => parseNarrative(grid, DEFAULT_SETTINGS);

describe('parseNarrative', () => {
  test('matches 章节 by the section titles in 设置, whatever their order in the sheet', () => {
    const { narrative, warnings } = parse([
      ['章节', '段落'],
      ['下一步整改工作安排', '持续整改。'],
      ['党组及主要负责人组织整改落实情况', '召开部署会。'],
    ]);
    expect(narrative.opening).toEqual(['召开部署会。']);
    expect(narrative.closing).toEqual(['持续整改。']);
    expect(warnings).toEqual([]);
  });

  test('matches 章节 by number: 一、/第五部分/4.', () => {
    const { narrative } = parse([
      ['章节', '段落'],
      ['一、提高站位', 'A'],
      ['4. 长期', 'B'],
      ['第五部分', 'C'],
    ]);
    expect(narrative).toMatchObject({ opening: ['A'], longTerm: ['B'], closing: ['C'] });
  });

  test('unrecognised names: the first goes to 一, the last to 五, others are left out with their row', () => {
    const { narrative, warnings } = parse([
      ['章节', '段落'],
      ['开头', 'A'],
      ['中间', 'B'],
      ['结尾', 'C'],
    ]);
    expect(narrative.opening).toEqual(['A']);
    expect(narrative.closing).toEqual(['C']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'narrative.unmatched', row: 3 });
    expect(warnings[0].message).toContain('通报正文第3行');
    expect(warnings[0].message).toContain('中间');
  });

  test('a blank 章节 continues the one above (merged cells), and line breaks split paragraphs', () => {
    const { narrative } = parse([
      ['章节', '段落'],
      ['党组及主要负责人组织整改落实情况', 'A'],
      ['', 'B\nC'],
      ['', ''],
      ['下一步整改工作安排', 'D'],
    ]);
    expect(narrative.opening).toEqual(['A', 'B', 'C']);
    expect(narrative.closing).toEqual(['D']);
  });

  test('a header in English and columns in another order are read', () => {
    const { narrative } = parse([
      ['Paragraph', 'Section'],
      ['Opening text.', '1'],
      ['Closing text.', '5'],
    ]);
    expect(narrative).toMatchObject({ opening: ['Opening text.'], closing: ['Closing text.'] });
  });

  test('a word that merely starts with a numeral (五好) is not read as section 五', () => {
    const { narrative } = parse([
      ['章节', '段落'],
      ['总体情况', 'A'],
      ['五好家庭', 'B'],
    ]);
    expect(narrative.opening).toEqual(['A']);
    expect(narrative.closing).toEqual(['B']);
  });

  test('no sheet gives an empty narrative without warnings', () => {
    expect(parseNarrative(null, DEFAULT_SETTINGS).warnings).toEqual([]);
  });
});
