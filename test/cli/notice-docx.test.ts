// Reads the generated .docx back with readers independent of the writer (JSZip, saxes): package, page, fonts, text.
import { describe, expect, test } from '@jest/globals';
import JSZip from 'jszip';
import { renderDocx } from '../../src/cli/render/docx';
import { buildNotice, DEFAULT_SETTINGS, layoutNotice, paragraphText } from '../../src/core';
import { exampleInput } from '../core/notice-example';
import { packageProblems, paragraphTexts, parseXml, walk, type XmlElement } from './docx-package';

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing; files: ${Object.keys(zip.files).join(', ')}`);
    return file.async('string');
  };
  return { zip, read };
}

/** The text of each w:p, in order; zero-width spaces are break opportunities the renderer adds, not text. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1].replace(/\u200b/g, '')).join(''),
  );
}

const attr = (xml: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

describe('the example notice as .docx', () => {
  let document = '';
  let settings = '';
  let read: (name: string) => Promise<string>;
  beforeAll(async () => {
    const unzipped = await unzip(await renderDocx(buildNotice(exampleInput()).notice));
    read = unzipped.read;
    document = await read('word/document.xml');
    settings = await read('word/settings.xml');
  });

  test('A4 with GB/T 9704 margins 37/35/28/26 mm (in twips)', () => {
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(document, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(document, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(document, 'w:pgMar', 'w:right')).toBe('1474');
  });

  test('title 22 pt 小标宋 centred; body 16 pt 仿宋 with eastAsia fonts, exact 28.95 pt lines, 2-character indent', async () => {
    const styles = await read('word/styles.xml');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    const title = style('NoticeTitle');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    const body = style('NoticeBody');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:ascii="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toMatch(/<w:spacing [^>]*w:line="579"[^>]*w:lineRule="exact"/);
    expect(body).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(style('NoticeHeading1')).toContain('w:eastAsia="黑体"');
    expect(style('NoticeHeading2')).toContain('w:eastAsia="楷体_GB2312"');

    const paras = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    expect(paras[0]).toContain('<w:pStyle w:val="NoticeTitle"/>');
    const preamble = paras.find((p) => p.includes('根据市委统一部署'))!;
    expect(preamble).toContain('<w:pStyle w:val="NoticeBody"/>');
    // One blank line (28.95 pt) between the title and the text.
    expect(preamble).toMatch(/<w:spacing w:before="579"\/>/);
    const heading = paras.find((p) => p.includes('一、党组及主要负责人'))!;
    expect(heading).toContain('<w:pStyle w:val="NoticeHeading1"/>');
    expect(heading).toContain('<w:keepNext/>');
  });

  test('odd and even footers carry a PAGE field as “— N —” in 4号宋体, right on odd pages, left on even', async () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const refs = [...document.matchAll(/<w:footerReference [^>]*w:type="(\w+)"[^>]*r:id="(\w+)"/g)];
    expect(refs.map((r) => r[1]).sort()).toEqual(['default', 'even']);
    const rels = await read('word/_rels/document.xml.rels');
    for (const [, type, id] of refs) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
      const footer = await read(`word/${target}`);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toContain('<w:fldChar w:fldCharType="begin"/>');
      expect(paragraphs(footer).join('')).toBe('—  —');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
      expect(footer).toContain(`<w:jc w:val="${type === 'default' ? 'right' : 'left'}"/>`);
    }
  });

  test('the text: five headings, the computed sentence, labelled fields, and the signature', () => {
    const text = paragraphs(document);
    expect(text.slice(0, 2)).toEqual([
      '中共攀枝花市文联党组关于市委第一巡察组',
      '巡察反馈意见集中整改进展情况的通报',
    ]);
    expect(text.filter((t) => /^[一二三四五]、/.test(t))).toHaveLength(5);
    expect(text).toContain(
      '截至10月30日，巡察反馈的34个具体问题，已完成整改15个，正在整改18个，未完成1个，长期坚持3个，整改完成率44.1%，追赃挽损0.02万元。',
    );
    expect(text.filter((t) => t.startsWith('整改措施：'))).toHaveLength(38);
    expect(text).toContain(
      '（2）落实领导和把关作用不到位。如，2023年2月党组会动议破格提拔事项，派驻纪检监察组提出否定意见后，党组仍通过并启动该程序，后被市委组织部否决。如，2023年市书画院引进1名专业人才，出现现场考核与公布的考核内容不一致的情况，被考生举报后，此次招聘工作被取消。',
    );
    expect(text.slice(-2)).toEqual(['中共攀枝花市文联党组', '2024年12月20日']);
    const issuer = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).at(-2)!;
    expect(issuer).toContain('<w:jc w:val="right"/>');
    // GB/T 9704 7.3.5.1: the date ends 4 characters from the right, the 10-character issuer is centred over
    // the 7-character date: 4 + (7 − 10) ÷ 2 = 2.5 characters, in grid units and in 315-twip characters.
    expect(issuer).toMatch(/<w:ind [^>]*w:right="788" w:rightChars="250"/);
    const date = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]).at(-1)!;
    expect(date).toMatch(/<w:ind [^>]*w:right="1260" w:rightChars="400"/);
    // The signature has no first-line indent: the paragraph overrides the style's 2 characters.
    expect(issuer).toMatch(/<w:ind [^>]*w:firstLineChars="0"/);
  });

  test('fonts are settings: another body font reaches the body style, and no run overrides it', async () => {
    const input = exampleInput();
    const notice = buildNotice({ ...input, settings: { ...input.settings, fontBody: 'FangSong' } }).notice;
    const unzipped = await unzip(await renderDocx(notice));
    const styles = await unzipped.read('word/styles.xml');
    const xml = await unzipped.read('word/document.xml');
    expect(styles).toMatch(/w:styleId="NoticeBody"[\s\S]*?w:eastAsia="FangSong"/);
    expect(`${styles}${xml}`).not.toContain('仿宋_GB2312');
    expect(xml).not.toContain('<w:rFonts');
  });

  test('text with XML specials survives the round trip', async () => {
    const input = exampleInput();
    const problems = input.problems.map((p, i) => (i === 0 ? { ...p, problem: 'A & B <c> "d"' } : p));
    const xml = await (await unzip(await renderDocx(buildNotice({ ...input, problems }).notice))).read(
      'word/document.xml',
    );
    expect(paragraphs(xml)).toContain('A &amp; B &lt;c&gt; &quot;d&quot;');
  });

  test('default settings alone give a valid document (no narrative, no names) without placeholders', async () => {
    const input = exampleInput({ settings: DEFAULT_SETTINGS, narrative: null });
    const xml = await (await unzip(await renderDocx(buildNotice(input).notice))).read('word/document.xml');
    expect(paragraphs(xml).join('\n')).not.toMatch(/undefined|null|\{\{/);
  });

  test('document properties name the issuing body (or the tool), never “Un-named” from the docx package', async () => {
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:creator>中共攀枝花市文联党组</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>中共攀枝花市文联党组</cp:lastModifiedBy>');
    const input = exampleInput();
    const anonymous = buildNotice({ ...input, settings: { ...input.settings, issuer: '' } }).notice;
    const bare = await (await unzip(await renderDocx(anonymous))).read('docProps/core.xml');
    expect(bare).not.toContain('Un-named');
    expect(bare).toContain('<dc:creator>整改台账助手</dc:creator>');
  });
});

describe('the .docx package, read by an independent reader', () => {
  test('what Word needs: content types, relationships, main part, styles, settings, fonts, footers; all well-formed', async () => {
    const { problems, parts } = await packageProblems(renderDocx(buildNotice(exampleInput()).notice));
    expect(problems).toEqual([]);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/footer2.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    const rels = parseXml(parts.get('word/_rels/document.xml.rels')!);
    const types = rels.children.map((r) => r.attributes.Type.replace(/.*\//, '')).sort();
    expect(types).toEqual(['fontTable', 'footer', 'footer', 'settings', 'styles']);
  });

  test('text with characters XML 1.0 forbids (form feed, vertical tab, NUL, lone surrogate) is kept minus those', async () => {
    const input = exampleInput();
    const nasty = 'A\u0000B\u000bC\u000cD\ud800E\ufffeF & <G> "H" 😀';
    const problems = input.problems.map((p, i) => (i === 0 ? { ...p, problem: nasty } : p));
    const bytes = renderDocx(buildNotice({ ...input, problems }).notice);
    const result = await packageProblems(bytes);
    expect(result.problems).toEqual([]);
    const texts = paragraphTexts(parseXml(result.parts.get('word/document.xml')!));
    expect(texts).toContain('ABCDEF & <G> "H" 😀');
  });

  test('settings text reaches the package escaped: title, issuer and font names with XML specials', async () => {
    const input = exampleInput();
    const settings = { ...input.settings, noticeTitle: 'T & <x>', issuer: '"A" & B', fontBody: 'F<&>"' };
    const { problems, parts } = await packageProblems(renderDocx(buildNotice({ ...input, settings }).notice));
    expect(problems).toEqual([]);
    const core = parseXml(parts.get('docProps/core.xml')!);
    expect(core.children.find((c) => c.name === 'dc:title')?.text).toBe('T & <x>');
    expect(core.children.find((c) => c.name === 'dc:creator')?.text).toBe('"A" & B');
    const fonts = parseXml(parts.get('word/fontTable.xml')!).children.map((f) => f.attributes['w:name']);
    expect(fonts).toContain('F<&>"');
  });

  test('the same notice gives the same bytes (zip times and document dates come from the notice date)', () => {
    const notice = buildNotice(exampleInput()).notice;
    expect(Buffer.from(renderDocx(notice)).equals(Buffer.from(renderDocx(notice)))).toBe(true);
  });
});

describe('GB/T 9704 grid and fonts in the .docx', () => {
  let styles = '';
  let document = '';
  let fontTable: XmlElement;
  beforeAll(async () => {
    const { parts } = await packageProblems(renderDocx(buildNotice(exampleInput()).notice));
    styles = parts.get('word/styles.xml')!;
    document = parts.get('word/document.xml')!;
    fontTable = parseXml(parts.get('word/fontTable.xml')!);
  });

  test('28 characters a line: body characters are condensed so 28 fit the 156 mm block and 29 do not', () => {
    const width = 11906 - 1587 - 1474; // the page less the margins, in twips
    const body = /w:styleId="NoticeBody"[\s\S]*?<\/w:style>/.exec(styles)![0];
    const spacing = Number(/<w:rPr>[\s\S]*<w:spacing w:val="(-?\d+)"\/>/.exec(body)![1]);
    const pitch = 16 * 20 + spacing;
    expect(28 * pitch).toBeLessThanOrEqual(width);
    expect(29 * pitch).toBeGreaterThan(width);
    expect(/w:styleId="NoticeHeading1"[\s\S]*?<w:spacing w:val="-5"\/>/.test(styles)).toBe(true);
    // The 2-character indent is two of those characters.
    expect(body).toContain(`<w:ind w:firstLine="${2 * pitch}" w:firstLineChars="200"/>`);
  });

  test('22 lines a page: a line grid of 28.95 pt in a 225 mm block, lines exactly that high, no widow control', () => {
    expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(Math.floor((16838 - 2098 - 1984) / 579)).toBe(22);
    expect(styles).toMatch(/w:styleId="Normal"[\s\S]*?<w:widowControl w:val="0"\/>/);
  });

  test('fontTable lists each font with its Windows stand-in, PANOSE, GB2312 charset and family', () => {
    const font = (name: string) => {
      const f = fontTable.children.find((c) => c.attributes['w:name'] === name);
      if (!f) throw new Error(`${name} missing from fontTable.xml`);
      return Object.fromEntries(f.children.map((c) => [c.name, c.attributes['w:val']]));
    };
    expect(font('仿宋_GB2312')).toMatchObject({ 'w:altName': '仿宋', 'w:charset': '86', 'w:pitch': 'fixed' });
    expect(font('方正小标宋简体')).toMatchObject({ 'w:altName': '华文中宋', 'w:family': 'roman' });
    expect(font('黑体')).toMatchObject({ 'w:altName': 'SimHei', 'w:charset': '86' });
    expect(font('楷体_GB2312')).toMatchObject({ 'w:altName': '楷体' });
    expect(font('宋体')).toMatchObject({ 'w:altName': 'SimSun' });
    for (const f of fontTable.children)
      expect(f.children.find((c) => c.name === 'w:panose1')?.attributes['w:val']).toMatch(/^[0-9A-F]{20}$/);
  });

  test('every run that changes font names the East Asian slot; the styles name all four slots', async () => {
    const input = exampleInput({
      narrative: [
        ['章节', '段落'],
        ['一', '（一）提高政治站位。第一时间召开部署会。'],
      ],
    });
    const { parts } = await packageProblems(renderDocx(buildNotice(input).notice));
    const leadIn = [...walk(parseXml(parts.get('word/document.xml')!))].find(
      (e) =>
        e.name === 'w:r' && e.children.some((c) => c.name === 'w:t' && c.text === '（一）提高政治站位。'),
    )!;
    const fonts = [...walk(leadIn)].find((e) => e.name === 'w:rFonts')!.attributes;
    expect(fonts).toMatchObject({
      'w:eastAsia': '楷体_GB2312',
      'w:ascii': '楷体_GB2312',
      'w:hint': 'eastAsia',
    });
    for (const m of styles.matchAll(/<w:rFonts [^>]*>/g))
      for (const slot of ['ascii', 'eastAsia', 'hAnsi', 'cs'])
        expect(m[0]).toMatch(new RegExp(`w:${slot}="[^"]+"`));
  });

  test('a long unbreakable address may wrap and numbers get a break point after Chinese punctuation', () => {
    const supervision = [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
      .map((m) => m[0])
      .find((p) => p.includes('391024768@qq.com'))!;
    expect(supervision).toContain('<w:wordWrap w:val="0"/>');
    expect(supervision).toContain(
      '<w:rPr><w:lang w:val="zh-CN"/></w:rPr><w:t xml:space="preserve">391024768@qq.com</w:t>',
    );
    expect(supervision).toContain('联系方式：\u200b0812');
  });
});

describe('a body larger than the 1 MB chunks it is streamed in', () => {
  test('reads back whole: every paragraph of the layout, in order, with its Chinese text intact', async () => {
    const input = exampleInput();
    const problems = Array.from({ length: 150 }, (_, copy) =>
      input.problems.map((p) => ({ ...p, id: `${copy}-${p.id}`, problem: `${p.problem}（第${copy}份）` })),
    ).flat();
    const notice = buildNotice({ ...input, problems }).notice;
    const bytes = renderDocx(notice);
    const { problems: found, parts } = await packageProblems(bytes);
    expect(found).toEqual([]);
    const document = parts.get('word/document.xml')!;
    expect(Buffer.byteLength(document)).toBeGreaterThan(4 * 2 ** 20);
    const expected = layoutNotice(notice)
      .filter((p) => !p.table)
      .map(paragraphText);
    expect(paragraphTexts(parseXml(document))).toEqual(expected);
  });
});
