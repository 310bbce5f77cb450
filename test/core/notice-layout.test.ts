// The GB/T 9704 layout the renderers share: title lines, indents, fonts by role, the signature block.
import { describe, expect, test } from '@jest/globals';
import {
  breakTitle,
  buildNotice,
  CHAR_PITCH_PT,
  GRID,
  LINE_PT,
  layoutNotice,
  PAGE,
  paragraphText,
  signatureIndents,
  TEXT_WIDTH_PT,
  textWidthChars,
} from '../../src/core';
import { exampleInput } from './notice-example';

describe('layoutNotice on the example', () => {
  const paragraphs = layoutNotice(buildNotice(exampleInput()).notice);

  test('22 lines a page: the fixed pitch fills the A4 text block exactly', () => {
    expect(Math.floor(((PAGE.heightMm - PAGE.topMm - PAGE.bottomMm) * (72 / 25.4)) / LINE_PT)).toBe(22);
  });

  test('the title is split where the words allow, centred, 22 pt, in the title font', () => {
    const titles = paragraphs.filter((p) => p.role === 'title');
    expect(titles.map(paragraphText)).toEqual([
      '中共攀枝花市文联党组关于市委第一巡察组',
      '巡察反馈意见集中整改进展情况的通报',
    ]);
    expect(titles.every((p) => p.align === 'center' && p.sizePt === 22 && p.font === 'title')).toBe(true);
    expect(paragraphs[2]).toMatchObject({ role: 'preamble', linesBefore: 1 });
  });

  test('body paragraphs are 16 pt with a 2-character first-line indent; 一、 headings use the heading-1 font', () => {
    const body = paragraphs.filter((p) =>
      ['preamble', 'narrative', 'problem', 'field', 'summary'].includes(p.role),
    );
    expect(body.every((p) => p.sizePt === 16 && p.firstLineChars === 2 && p.font === 'body')).toBe(true);
    const headings = paragraphs.filter((p) => p.role === 'heading1');
    expect(headings.map(paragraphText)[2]).toBe('三、集中整改期内已完成的整改事项');
    expect(headings.every((p) => p.font === 'heading1' && p.keepNext)).toBe(true);
  });

  test('labels are bold runs before the field text', () => {
    const field = paragraphs.find((p) => p.role === 'field')!;
    expect(field.runs[0]).toEqual({ text: '整改措施：', bold: true });
  });

  test('signature (GB/T 9704 7.3.5.1): the date ends 4 characters from the right, the issuer centred over it', () => {
    const issuer = paragraphs.at(-2)!;
    const date = paragraphs.at(-1)!;
    // 10-character issuer over the 7-character date (digits are half a character): 4 + (7 − 10) ÷ 2.
    expect(issuer).toMatchObject({ role: 'issuer', align: 'right', rightChars: 2.5, linesBefore: 1 });
    expect(date).toMatchObject({ role: 'date', align: 'right', rightChars: 4 });
    expect(paragraphText(date)).toBe('2024年12月20日');
  });
});

describe('layout helpers', () => {
  test('a narrative paragraph opening with （一）… sets that lead-in in the heading-2 (楷体) font', () => {
    const input = exampleInput({
      narrative: [
        ['章节', '段落'],
        ['一', '（一）提高政治站位。第一时间召开部署会。'],
      ],
    });
    const p = layoutNotice(buildNotice(input).notice).find((x) => x.role === 'narrative')!;
    expect(p.runs).toEqual([
      { text: '（一）提高政治站位。', font: 'heading2' },
      { text: '第一时间召开部署会。' },
    ]);
  });

  test('breakTitle keeps short titles whole and never makes a line wider than the page', () => {
    expect(breakTitle('关于整改进展的通报')).toEqual(['关于整改进展的通报']);
    const long = '中共某某市某某某某局党组关于市委第三巡察组巡察反馈意见集中整改进展情况的通报';
    const lines = breakTitle(long);
    expect(lines.join('')).toBe(long);
    expect(lines.every((l) => textWidthChars(l) <= 20)).toBe(true);
  });

  test('signatureIndents: centres the issuer over a date that ends 4 characters from the right', () => {
    expect(signatureIndents('中共攀枝花市文联党组', '2024年12月20日')).toEqual({ issuer: 2.5, date: 4 });
    // A short issuer moves left of the date's end, its centre over the date's centre.
    expect(signatureIndents('某党组', '2024年12月20日')).toEqual({ issuer: 6, date: 4 });
    // An issuer too long to centre ends flush right instead of past the text edge.
    expect(signatureIndents('中共某某省某某市某某区某某局党组委员会', '2024年1月2日')).toEqual({
      issuer: 0,
      date: 4,
    });
    expect(signatureIndents('', '2024年12月20日')).toEqual({ issuer: 0, date: 4 });
  });

  test('the grid: 28 characters of 15.79 pt fill the 156 mm block, and 3号 characters would not', () => {
    expect(TEXT_WIDTH_PT).toBeCloseTo(442.2, 1);
    expect(GRID.charsPerLine * CHAR_PITCH_PT).toBeCloseTo(TEXT_WIDTH_PT, 6);
    expect(GRID.charsPerLine * 16).toBeGreaterThan(TEXT_WIDTH_PT);
  });
});

describe('layoutNotice in English (设置 › 语言 = en)', () => {
  const { notice } = buildNotice(exampleInput({ locale: 'en' }));
  const fields = layoutNotice(notice).filter((p) => p.role === 'field');

  test('labels end in an ASCII colon and space, not the full-width “：”', () => {
    const labels = new Set(fields.map((p) => p.runs[0].text));
    expect([...labels].sort()).toEqual(['Deadline: ', 'Measures: ', 'Progress: ']);
    expect(fields.every((p) => p.runs[0].bold)).toBe(true);
  });

  test('Chinese text typed in the ledger keeps its 。; English text gets a full stop', () => {
    const texts = fields.map(paragraphText);
    expect(texts).toContainEqual('Deadline: 2024年10月前完成整改。');
    expect(texts).not.toContainEqual(expect.stringMatching(/[\u4e00-\u9fff]\.$/));
    expect(texts).toContainEqual('Progress: Done.');
  });

  test('headings are set flush left, so a wrapped English heading keeps even word gaps', () => {
    const headings = layoutNotice(notice).filter((p) => p.role === 'heading1');
    expect(headings).toHaveLength(5);
    expect(headings.every((p) => p.align === 'left')).toBe(true);
    const zh = layoutNotice(buildNotice(exampleInput()).notice).filter((p) => p.role === 'heading1');
    expect(zh.every((p) => p.align === 'justify')).toBe(true);
  });

  test('the Chinese notice is unchanged: “整改时限：…。”', () => {
    const zh = layoutNotice(buildNotice(exampleInput()).notice).filter((p) => p.role === 'field');
    expect(zh.map(paragraphText)).toContainEqual('整改时限：2024年10月前完成整改。');
    expect(zh.map(paragraphText)).toContainEqual('整改进展：已完成。');
  });
});
