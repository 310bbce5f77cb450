// The 从通报导入 dialog in Chromium: the built page parses pasted text or a Doc's text itself and sends the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHROMIUM, hasChromium, launch, type Session, SKIP_REASON } from './browser';

const ROOT = join(__dirname, '../..');
const PAGE = pathToFileURL(join(ROOT, 'build/ImportDialog.html')).href;
const seed = readFileSync(join(ROOT, 'test/fixtures/seed-notice.txt'), 'utf8');

/** google.script.run as the dialog uses it; calls are recorded, answers come back asynchronously. */
const STUB = `(() => {
  window.__calls = [];
  function runner(ok, fail) {
    return new Proxy({}, { get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (arg) => { window.__calls.push([name, arg]); setTimeout(() => {
        if (name === 'readImportDoc') ok(window.__docText);
        else if (name === 'appendImported') ok('已追加 ' + arg.problems.length + ' 个问题');
        else fail(new Error('unknown ' + String(name)));
      }, 5); };
    } });
  }
  window.google = { script: { run: runner(() => {}, () => {}) } };
})();`;

/** google.script.run that records the function called and never answers, so the progress text stays. */
const SILENT = `(() => {
  const run = new Proxy({}, { get: (_, name) =>
    name === 'withSuccessHandler' || name === 'withFailureHandler' ? () => run : () => { window.__sent = String(name); } });
  window.google = { script: { run } };
})();`;

if (!hasChromium) {
  describe('import dialog in Chromium', () => {
    it('says why it did not run', () => {
      console.warn(SKIP_REASON);
      expect(SKIP_REASON).toContain(CHROMIUM);
    });
  });
} else {
  describe('import dialog in Chromium', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('pasted seed text: 34 rows sent to appendImported, the report lists the figures and findings', async () => {
      const page = await session.browser.newPage({ locale: 'zh-CN' });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(STUB);
      await page.goto(PAGE);
      await page.fill('#text', seed);
      await page.click('#go');
      await page.waitForFunction(() => document.getElementById('out')?.textContent?.includes('通报印出'));
      const calls = (await page.evaluate('window.__calls')) as [string, { problems: { id: string }[] }][];
      expect(calls.map((c) => c[0])).toEqual(['appendImported']);
      expect(calls[0][1].problems).toHaveLength(34);
      expect(calls[0][1].problems[8].id).toBe('4-2');
      const out = await page.textContent('#out');
      expect(out).toContain('已追加 34 个问题');
      expect(out).toContain('通报印出：问题 37，已完成 16');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a Doc link: the server reads the text, the page parses it as whole paragraphs', async () => {
      const page = await session.browser.newPage({ locale: 'zh-CN' });
      await page.addInitScript(STUB);
      await page.addInitScript(() => {
        (window as unknown as { __docText: string }).__docText = [
          '三、集中整改期内已完成的整改事项',
          '1.学习贯彻习近平新时代中国特色社会主义思想',
          '对政治理论学习重视不够。',
          '整改措施：一是召开党组会传达学习。二是修订管理办法。',
          '整改时限：2024年9月底前完成整改。',
          '整改进展：正在整改。',
        ].join('\n');
      });
      await page.goto(PAGE);
      await page.fill('#url', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMn/edit');
      await page.click('#go');
      await page.waitForFunction(() => document.getElementById('out')?.textContent?.includes('已追加'));
      const calls = (await page.evaluate('window.__calls')) as [string, unknown][];
      expect(calls.map((c) => c[0])).toEqual(['readImportDoc', 'appendImported']);
      expect(calls[0][1]).toBe('https://docs.google.com/document/d/1AbCdEfGhIjKlMn/edit');
      expect((calls[1][1] as { problems: Record<string, string>[] }).problems).toEqual([
        {
          id: '1',
          category: '1. 学习贯彻习近平新时代中国特色社会主义思想',
          problem: '对政治理论学习重视不够。',
          measures: '一是召开党组会传达学习。二是修订管理办法。',
          deadline: '2024年9月底前完成整改',
          status: '正在整改',
        },
      ]);
      await page.close();
    });

    it('speaks English in an English browser, Chinese in a Chinese one', async () => {
      const page = await session.browser.newPage({ locale: 'en-US' });
      await page.addInitScript(SILENT);
      await page.goto(PAGE);
      expect(await page.textContent('#go')).toBe('Import');
      expect(await page.textContent('label:has(#url) span')).toBe('Doc link');
      expect(await page.textContent('label:has(#text) span')).toBe('Or paste the text');
      expect(await page.textContent('p')).toMatch(/^Paste a Google Doc link/);
      await page.fill('#text', '这是一段普通的文字。');
      await page.click('#go');
      expect(await page.evaluate('window.__sent')).toBe('appendImported');
      expect(await page.textContent('#out')).toBe('Importing…');
      await page.close();
      const zh = await session.browser.newPage({ locale: 'zh-CN' });
      await zh.addInitScript(SILENT);
      await zh.goto(PAGE);
      expect(await zh.textContent('#go')).toBe('导入');
      expect(await zh.textContent('label:has(#url) span')).toBe('文档链接');
      await zh.click('#go');
      expect(await zh.textContent('#out')).toBe('正在导入…');
      await zh.close();
    });
  });
}
