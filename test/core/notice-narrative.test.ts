// 通报正文 parsing: sections matched by title, by number or by order; merged 章节 cells; unmatched rows named.
import { describe, expect, test } from '@jest/globals';
import {
  buildNotice,
  DEFAULT_SETTINGS,
  ENGLISH_SECTION_TITLES,
  parseNarrative,
  sectionTitles,
} from '../../src/core';
import { exampleInput } from './notice-example';

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

describe('section titles of an English notice', () => {
  test('default (Chinese) titles print in English; the Chinese narrative still fills 一 and 五', () => {
    const { notice, warnings } = buildNotice(exampleInput({ locale: 'en' }));
    expect(notice.sections.map((s) => `${s.marker}${s.title}`)).toEqual(
      ENGLISH_SECTION_TITLES.map((t, i) => `${i + 1}. ${t}`),
    );
    expect(notice.sections[0].paragraphs.length).toBeGreaterThan(0);
    expect(notice.sections[4].paragraphs.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  test('a title someone set in 设置 is printed as set, in any language', () => {
    const input = exampleInput({ locale: 'en' });
    const settings = { ...input.settings, section5Title: '下一步工作' };
    const { notice } = buildNotice({
      ...input,
      settings,
      narrative: [
        ['章节', '段落'],
        ['五', '继续整改'],
      ],
    });
    expect(notice.sections.at(-1)?.title).toBe('下一步工作');
    expect(sectionTitles(settings, 'zh')[0]).toBe('党组及主要负责人组织整改落实情况');
  });

  test('an English narrative may name its sections by the English titles', () => {
    const narrative = [
      ['Section', 'Paragraph'],
      ['Next steps', 'Keep going.'],
      ['How the Party group and its principal leaders organised the rectification', 'We met.'],
    ];
    const { notice, warnings } = buildNotice(exampleInput({ locale: 'en', narrative }));
    expect(notice.sections[0].paragraphs).toEqual(['We met.']);
    expect(notice.sections.at(-1)?.paragraphs).toEqual(['Keep going.']);
    expect(warnings).toEqual([]);
  });
});
