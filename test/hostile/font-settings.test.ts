// A font setting is a list of font names, nothing else: a newline, quote, brace or url() in 正文字体 is a finding
// on its 设置 cell and never reaches the notice's CSS (it could blank the page or make it call out).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main';
import { DEFAULT_SETTINGS, findingText, fontNames, parseSettings } from '../../src/core';
import { captureIo, scratchDir } from '../cli/helpers';

const LEDGER = '问题描述,整改措施,责任科室,整改时限,整改状态\n问题一,措施,办公室,2024-09-30,正在整改\n';

async function noticeWithFont(font: string) {
  const dir = scratchDir();
  const ledger = join(dir, 'ledger.csv');
  writeFileSync(ledger, LEDGER);
  const settings = join(dir, 'settings.csv');
  writeFileSync(settings, `项目,值\n正文字体,"${font.replace(/"/g, '""')}"\n`);
  const out = join(dir, 'notice.html');
  const io = captureIo();
  const code = await main(
    ['notice', ledger, '--settings', settings, '--out', out, '--as-of', '2024-10-30'],
    io,
  );
  const check = captureIo();
  await main(['check', ledger, '--settings', settings, '--as-of', '2024-10-30', '--json'], check);
  const { findings } = JSON.parse(check.stdout.join('\n')) as {
    findings: { cell: string; sheet?: string }[];
  };
  return { code, html: readFileSync(out, 'utf8'), findings };
}

describe('fontNames', () => {
  it('takes font names in any script, one or a list', () => {
    expect(fontNames('仿宋_GB2312')).toEqual(['仿宋_GB2312']);
    expect(fontNames('FZXiaoBiaoSong-B05S, Noto Serif CJK SC、楷体')).toEqual([
      'FZXiaoBiaoSong-B05S',
      'Noto Serif CJK SC',
      '楷体',
    ]);
  });

  it.each([
    '仿宋"; } body { display: none; } p { font-family: "x',
    '仿宋\n} body{display:none}',
    'x; background: url(http://example.org/t.png)',
    '@import "http://example.org/x.css"',
    '仿宋</style><script>alert(1)</script>',
    'a\\"b',
    '',
    ' , ',
  ])('refuses %j', (text) => {
    expect(fontNames(text)).toBeNull();
  });

  it('refuses a bad value in 设置 with a finding on its cell, and keeps the default', () => {
    const { settings, findings } = parseSettings([
      ['项目', '值'],
      ['正文字体', '仿宋\n}body{display:none}'],
    ]);
    expect(settings.fontBody).toBe(DEFAULT_SETTINGS.fontBody);
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([['B2', 'error']]);
    expect(findingText('zh', findings[0])).toContain('字体名称');
  });
});

describe('rectify notice with a hostile font setting', () => {
  it('a newline breaking out of the CSS string is a finding and never reaches the CSS', async () => {
    const { html, findings } = await noticeWithFont('仿宋"\n} body { display: none } p { x: "');
    expect(html).not.toContain('display: none');
    expect(html).toContain(`"${DEFAULT_SETTINGS.fontBody}"`);
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['settings.csv!B2']);
  });

  it('url() never reaches the page, so opening it calls nowhere', async () => {
    const { html } = await noticeWithFont('x; src: url(http://example.org/t.woff)');
    expect(html).not.toContain('url(');
    expect(html).not.toContain('example.org');
  });

  it('a list of fonts is used in order, before the fallbacks', async () => {
    const { html, findings } = await noticeWithFont('方正仿宋_GBK, FangSong');
    expect(findings).toEqual([]);
    expect(html).toMatch(/font-family: "方正仿宋_GBK", "FangSong", /);
  });
});
