// The HTML notice: same structure as the docx, A4 print CSS, and every piece of user text escaped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { renderHtml } from '../../src/cli/render/html';
import { fontconfigAliases } from '../../src/cli/render/notice-fonts';
import { buildNotice, escapeHtml } from '../../src/core';
import { exampleInput } from '../core/notice-example';

describe('renderHtml', () => {
  test('a <script> in a problem text is shown as text, never run', () => {
    const input = exampleInput();
    const problems = input.problems.map((p, i) =>
      i === 0
        ? { ...p, problem: '<script>alert("x")</script>问题', measures: '<img src=x onerror=alert(1)>' }
        : p,
    );
    const html = renderHtml(buildNotice({ ...input, problems }).notice);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;问题');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  test('settings text (title, issuer, fonts) is escaped too, including inside the CSS', () => {
    const input = exampleInput();
    const settings = {
      ...input.settings,
      noticeTitle: '</title><script>x</script>',
      issuer: '<b>党组</b>',
      fontBody: '仿宋"; } body { display:none } </style><script>',
    };
    const html = renderHtml(buildNotice({ ...input, settings }).notice);
    expect(html).not.toMatch(/<script|<\/style><|<b>/);
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;x&#60;/script&#62;</title>');
    expect(html).toContain('&#60;b&#62;党组&#60;/b&#62;');
  });

  test('the same structure as the docx: title lines, five headings, items with bold labels, signature', () => {
    const html = renderHtml(buildNotice(exampleInput()).notice);
    expect(html.match(/<p class="title"/g)).toHaveLength(2);
    expect(html.match(/<p class="heading1"/g)).toHaveLength(5);
    expect(html.match(/<p class="problem"/g)).toHaveLength(38);
    expect(html).toContain('<p class="field"><strong>整改时限：</strong>2024年9月底前完成整改。</p>');
    // 2.5 grid characters of 21.021 px (16 pt less the grid's 0.3125 px): the issuer centred over the date.
    expect(html).toContain(
      '<p class="issuer" style="padding-right: 52.552px; margin-top: 28.95pt">中共攀枝花市文联党组</p>',
    );
    expect(html).toContain('<p class="date" style="padding-right: 84.083px">2024年12月20日</p>');
    expect(html).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(html).toContain('font-family: "仿宋_GB2312", "FangSong_GB2312"');
  });

  test('fonts fall back by design: 仿宋 to FangSong/STFangsong/Noto Serif, 黑体 to sans, never one face for all', () => {
    const html = renderHtml(buildNotice(exampleInput()).notice);
    const stack = (selector: string) =>
      new RegExp(`${selector} \\{[^}]*font-family: ([^;]+);`).exec(html)![1];
    expect(stack('p')).toBe(
      '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Noto Serif SC", "Source Han Serif SC", serif',
    );
    expect(stack('p.title')).toMatch(
      /^"方正小标宋简体", "FZXiaoBiaoSong-B05S", .*"STZhongsong", "Noto Serif CJK SC", .*serif$/,
    );
    expect(stack('p.heading1')).toMatch(/^"黑体", "SimHei", "STHeiti", .*"Noto Sans CJK SC", .*sans-serif$/);
    expect(stack('.f-heading2')).toMatch(
      /^"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", .*serif$/,
    );
  });

  test('print layout: 28-character grid, page number one character in and 7 mm below the text block', () => {
    const html = renderHtml(buildNotice(exampleInput()).notice);
    expect(html).toContain(
      'letter-spacing: -0.3125px; text-spacing-trim: space-all; text-align: justify; text-indent: 42.042px;',
    );
    expect(html).toMatch(
      /@bottom-right \{ content: "— " counter\(page\) " —"; vertical-align: top; padding-top: 7mm; [^}]*padding-right: 14pt; \}/,
    );
    expect(html).toMatch(/@bottom-left \{[^}]*padding-top: 7mm; [^}]*padding-left: 14pt; \}/);
    expect(html).not.toContain('p.supervision');
  });

  test('escapeHtml covers the five specials', () => {
    expect(escapeHtml(`<&>"'`)).toBe('&#60;&#38;&#62;&#34;&#39;');
  });

  test('the page declares the language of the notice, so screen readers and hyphenation follow it', () => {
    expect(renderHtml(buildNotice(exampleInput()).notice)).toContain('<html lang="zh-CN">');
    const en = renderHtml(buildNotice(exampleInput({ locale: 'en' })).notice);
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<p class="heading1" style="text-align: left">1. How the Party group');
  });
});

describe('fonts/rectify-fonts.conf', () => {
  test('is the fontconfig text the fallback table generates, so Linux gets the same stand-ins as the HTML', () => {
    const shipped = readFileSync(join(__dirname, '..', '..', 'fonts', 'rectify-fonts.conf'), 'utf8');
    expect(shipped).toBe(fontconfigAliases());
    expect(shipped).toMatch(/<family>仿宋_GB2312<\/family>\s*<prefer>.*<family>Noto Serif CJK SC<\/family>/);
    expect(shipped).toMatch(/<family>黑体<\/family>\s*<prefer>.*<family>Noto Sans CJK SC<\/family>/);
  });
});
