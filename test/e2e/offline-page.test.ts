// The offline page in Debian's Chromium from file://, with no network: figures, downloads, bad input and safety.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { LEGEND_TITLES, NOTE_MARKS } from '../../src/cli/xlsx-colour';
import { PALETTE } from '../../src/core';
import { fixtureWorkbook, PERSON_FILL } from '../cli/fixtures';
import { captureIo, gbk, scratchDir } from '../cli/helpers';
import { AS_OF as ROLLUP_AS_OF, writeRollupFolder } from '../cli/rollup-fixtures';
import { CHROMIUM, hasChromium, launch, type Session, SKIP_REASON } from './browser';
import {
  chooseFile,
  docxParts,
  download,
  dropFiles,
  OFFLINE_PAGE,
  type OfflinePage,
  openOfflinePage,
  settled,
  tile,
  workbookShape,
} from './offline';

const EXAMPLES = join(__dirname, '../../examples');
const EXAMPLE = readFileSync(join(EXAMPLES, 'ledger.xlsx'));
const XSS = '<img src=x onerror="window.__pwned=1">';

/** Runs the CLI in-process on a file and returns its exit code and what it printed. */
async function cli(args: string[]) {
  const io = captureIo();
  const code = await main([...args, '--lang', 'zh'], io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** No request left the page, its CSP was never tripped, and its script never threw. */
function expectClean(p: OfflinePage) {
  expect(p.requested).toEqual([]);
  expect(p.pageErrors).toEqual([]);
  expect(p.consoleErrors).toEqual([]);
}

if (!hasChromium) {
  describe('offline page in Chromium', () => {
    it('says why it did not run', () => {
      console.warn(SKIP_REASON);
      expect(SKIP_REASON).toContain(CHROMIUM);
    });
  });
} else {
  describe('offline page in Chromium', () => {
    // Reading and colouring in a browser on a busy 2-core machine; no test asserts how long it takes.
    jest.setTimeout(120_000);
    let session: Session;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('is one file: inline script and styles, a CSP that forbids connections, nothing fetched', () => {
      const html = readFileSync(OFFLINE_PAGE, 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("font-src 'none'");
      expect(csp).toContain('worker-src blob:');
      expect(html).not.toMatch(/<script[^>]+src=/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/@font-face|@import/i);
      expect(Buffer.byteLength(html)).toBeLessThanOrEqual(3 * 1024 * 1024);
    });

    it('shows the example at 2024-10-30 (34 problems, 15 done, 18 in progress, 8 overdue) with nothing from the network', async () => {
      const p = await openOfflinePage(session);
      const { page } = p;
      // The CSP is really in force: a fetch is refused by the browser before it reaches the network.
      const fetched = await page.evaluate(() =>
        fetch('https://example.org/x').then(
          () => 'fetched',
          () => 'refused',
        ),
      );
      expect(fetched).toBe('refused');
      // One script, inline; no element of the page loads anything.
      expect(await page.evaluate(() => [document.scripts.length, document.scripts[0].src])).toEqual([1, '']);
      expect(await page.locator('link, img, iframe, object, embed, [src]').count()).toBe(0);
      p.consoleErrors.length = 0;

      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await page.locator('#message').textContent()).toBe('');
      expect(await tile(page, 'total')).toBe('34');
      expect(await tile(page, 'done')).toBe('15');
      expect(await tile(page, 'inProgress')).toBe('18');
      expect(await tile(page, 'overdue')).toBe('8');
      expect(await tile(page, 'dueSoon')).toBe('7');
      expect(await tile(page, 'completionRate')).toBe('44.1%');
      expect(await page.locator('#as-of').inputValue()).toBe('2024-10-30');
      expect(await page.locator('#file-line').textContent()).toBe('ledger.xlsx（工作表“台账”） · 34 个问题');
      // The summary sentence and the totals are the CLI's, word for word.
      const totals = JSON.parse((await cli(['totals', join(EXAMPLES, 'ledger.xlsx'), '--json'])).stdout);
      expect(await page.locator('#sentence').textContent()).toBe(totals.sentence);
      expect(await page.locator('#h-overdue').textContent()).toBe('已逾期（8）');
      expect(await page.locator('#overdue li.item').count()).toBe(8);
      const categories = await page.locator('#by-category tbody tr').count();
      expect(categories).toBe(totals.byCategory.length);
      const offices = await page.locator('#by-department tbody td:first-child').allTextContents();
      expect(offices).toEqual(totals.byDepartment.map((g: { name: string }) => g.name));
      // The chart has one bar segment per category and status, the tiles' figures in total.
      const segments = await page
        .locator('#chart rect')
        .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-count'))));
      expect(segments.reduce((a, b) => a + b, 0)).toBe(34);
      // Findings name their cells as rectify check does.
      const check = JSON.parse((await cli(['check', join(EXAMPLES, 'ledger.xlsx'), '--json'])).stdout);
      const cells = await page.locator('#findings tbody td:first-child').allTextContents();
      expect(cells).toEqual(
        [...check.findings]
          .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
          .map((f: { sheet?: string; cell: string }) => `${f.sheet ?? '台账'}!${f.cell}`),
      );

      // Another as-of date: everything is worked out again.
      await page.locator('#as-of').fill('2024-12-31');
      await settled(page);
      expect(await tile(page, 'overdue')).not.toBe('8');
      const later = JSON.parse(
        (await cli(['totals', join(EXAMPLES, 'ledger.xlsx'), '--json', '--as-of', '2024-12-31'])).stdout,
      );
      expect(await tile(page, 'overdue')).toBe(String(later.overdue));
      expectClean(p);
      await p.context.close();
    });

    it('downloads the coloured workbook, the notice, totals and reminders exactly as the CLI writes them', async () => {
      const dir = scratchDir();
      const input = join(dir, '台账.xlsx');
      await fixtureWorkbook().xlsx.writeFile(input);
      const original = readFileSync(input);
      const p = await openOfflinePage(session);
      const { page } = p;
      await chooseFile(page, '台账.xlsx', original);
      await page.locator('#as-of').fill('2024-10-30');
      await settled(page);

      const coloured = await download(page, 'colour');
      expect(coloured.name).toBe('台账-着色.xlsx');
      await cli(['colour', input, '--out', join(dir, 'cli.xlsx'), '--as-of', '2024-10-30']);
      const cliCopy = readFileSync(join(dir, 'cli.xlsx'));
      // The page's copy is the CLI's copy: every sheet, cell, value, formula, style, fill, note, merge and width.
      expect(await workbookShape(coloured.bytes)).toEqual(await workbookShape(cliCopy));
      // …which keeps what the CLI's tests prove it keeps: a person's fill, a person's note, the legend.
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(coloured.bytes as unknown as ArrayBuffer);
      const ledger = book.getWorksheet('台账')!;
      expect(ledger.getCell('C5').fill).toEqual(PERSON_FILL);
      expect(ledger.getCell('F9').note).toBe('邮箱待更新');
      expect(String(ledger.getCell('G8').note).startsWith(NOTE_MARKS[0])).toBe(true);
      expect((ledger.getCell('A3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
        `FF${PALETTE.overdue.slice(1).toUpperCase()}`,
      );
      expect(book.getWorksheet('图例')!.getCell('A1').value).toBe(LEGEND_TITLES[0]);
      expect(await page.locator('#download-result').textContent()).toContain('逾期 1 行（红）');
      // A second download after another as-of colours the file afresh, not the copy coloured before.
      await page.locator('#as-of').fill('2025-12-31');
      await settled(page);
      const again = await download(page, 'colour');
      await cli(['colour', input, '--out', join(dir, 'cli-2025.xlsx'), '--as-of', '2025-12-31']);
      expect(await workbookShape(again.bytes)).toEqual(
        await workbookShape(readFileSync(join(dir, 'cli-2025.xlsx'))),
      );
      await page.locator('#as-of').fill('2024-10-30');
      await settled(page);

      const docx = await download(page, 'docx');
      expect(docx.name).toBe('台账-通报.docx');
      await cli(['notice', input, '--out', join(dir, 'cli.docx'), '--as-of', '2024-10-30']);
      expect(await docxParts(docx.bytes)).toEqual(await docxParts(readFileSync(join(dir, 'cli.docx'))));
      const html = await download(page, 'html');
      await cli(['notice', input, '--out', join(dir, 'cli.html'), '--as-of', '2024-10-30']);
      expect(html.bytes.toString('utf8')).toBe(readFileSync(join(dir, 'cli.html'), 'utf8'));
      const totals = await download(page, 'totals');
      const cliTotals = await cli(['totals', input, '--json', '--as-of', '2024-10-30']);
      expect(JSON.parse(totals.bytes.toString('utf8'))).toEqual(JSON.parse(cliTotals.stdout));

      // Reminders: a preview on the page and the dry run's JSON; nothing is sent (the page has no network).
      await page.locator('#preview-reminders').click();
      expect(await page.locator('#reminders-section').isVisible()).toBe(true);
      const reminders = await download(page, 'reminders');
      const dryRun = await cli(['remind', input, '--dry-run', '--json', '--as-of', '2024-10-30']);
      const plan = JSON.parse(dryRun.stdout);
      expect(JSON.parse(reminders.bytes.toString('utf8'))).toEqual(plan);
      expect(await page.locator('#digests > li').count()).toBe(plan.digests.length);
      expect(await page.locator('#reminders-note').textContent()).toContain('本页不发送任何邮件');

      // The chosen file is only read.
      expect(readFileSync(input).equals(original)).toBe(true);
      expectClean(p);
      await p.context.close();
    });

    it('reads a GBK CSV dropped on the page, as rectify check does', async () => {
      const csv = gbk(readFileSync(join(EXAMPLES, 'ledger.csv'), 'utf8'));
      const p = await openOfflinePage(session);
      const { page } = p;
      await dropFiles(page, [{ name: '台账.csv', bytes: csv }]);
      expect(await page.locator('#message').textContent()).toBe('');
      await page.locator('#as-of').fill('2024-10-30');
      await settled(page);
      expect(await tile(page, 'total')).toBe('34');
      expect(await tile(page, 'done')).toBe('15');
      expect(await tile(page, 'inProgress')).toBe('18');
      expect(await tile(page, 'overdue')).toBe('8');
      const dir = scratchDir();
      writeFileSync(join(dir, '台账.csv'), csv);
      const totals = JSON.parse(
        (await cli(['totals', join(dir, '台账.csv'), '--json', '--as-of', '2024-10-30'])).stdout,
      );
      expect(await page.locator('#sentence').textContent()).toBe(totals.sentence);
      expectClean(p);
      await p.context.close();
    });

    it('bad input gets the CLI’s one-line message on the page, and the page keeps working', async () => {
      const dir = scratchDir();
      const damaged = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]);
      const xls = Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(500),
      ]);
      const noHeader = Buffer.from(
        await (() => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('Sheet1').addRow(['会议纪要', '2024年']);
          return wb.xlsx.writeBuffer();
        })(),
      );
      const cases: [string, Buffer][] = [
        ['坏的.xlsx', damaged],
        ['旧台账.xls', xls],
        ['改名的.xlsx', xls],
        ['纪要.xlsx', noHeader],
      ];
      const p = await openOfflinePage(session);
      const { page } = p;
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      for (const [name, bytes] of cases) {
        const path = join(dir, name);
        writeFileSync(path, bytes);
        // The CLI run from the file's folder, so its message names the file as the page does.
        const cwd = process.cwd();
        process.chdir(dir);
        let result: Awaited<ReturnType<typeof cli>>;
        try {
          result = await cli(['check', name]);
        } finally {
          process.chdir(cwd);
        }
        expect(result.code).toBe(2);
        await chooseFile(page, name, bytes);
        expect([name, await page.locator('#message').textContent()]).toEqual([name, result.stderr]);
        // The last good ledger stays on the page.
        expect(await tile(page, 'total')).toBe('34');
      }
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await page.locator('#message').textContent()).toBe('');
      expect(await tile(page, 'total')).toBe('34');
      expectClean(p);
      await p.context.close();
    });

    it('cell text stays text: <img onerror> on the page, = + - @ in the downloaded workbook', async () => {
      const rows = [
        ['编号', '问题描述', '整改措施', '责任科室', '整改时限', '整改状态', '备注'],
        ['1', XSS, '=HYPERLINK("http://example.org","点我")', XSS, '2024-09-30', '正在整改', '+86 123'],
        ['2', '@SUM(A1:A2)', '-1+2', '办公室', '2024-09-30', '正在整改', '=1+1'],
      ];
      const csv = `${rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
      const p = await openOfflinePage(session);
      const { page } = p;
      await chooseFile(page, 'xss.csv', Buffer.from(csv));
      await page.locator('#as-of').fill('2024-10-30');
      await settled(page);
      expect(await tile(page, 'overdue')).toBe('2');
      const texts = await page.locator('#overdue li.item .text').allTextContents();
      expect(texts).toEqual(expect.arrayContaining([XSS, '@SUM(A1:A2)']));
      expect(await page.locator('#overdue img, #by-department img, #findings img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      const offices = await page.locator('#by-department tbody td:first-child').allTextContents();
      expect(offices).toContain(XSS);

      const coloured = await download(page, 'colour');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(coloured.bytes as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      for (const address of ['B2', 'C2', 'G2', 'B3', 'C3', 'G3']) {
        const cell = sheet.getCell(address);
        expect([address, cell.type, cell.formula]).toEqual([address, ExcelJS.ValueType.String, undefined]);
      }
      expect(sheet.getCell('C2').value).toBe('=HYPERLINK("http://example.org","点我")');
      expect(sheet.getCell('G3').value).toBe('=1+1');
      expect(sheet.getCell('B3').value).toBe('@SUM(A1:A2)');
      expectClean(p);
      await p.context.close();
    });

    it('English by the browser’s language, with a switch; the settings form is validated by the schema', async () => {
      const p = await openOfflinePage(session, 'en-US');
      const { page } = p;
      expect(await page.locator('#choose').textContent()).toBe('Choose a file…');
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await page.locator('[data-download="colour"]').textContent()).toBe(
        'Download coloured ledger (.xlsx)',
      );
      // The example's 设置 sets no language, so the browser's English wins and the sentence is English too.
      expect(await page.locator('[data-tile="overdue"] .label').textContent()).toBe('Overdue');
      await page.locator('#lang').click();
      await settled(page);
      expect(await page.locator('[data-download="colour"]').textContent()).toBe('下载标色台账（.xlsx）');
      expect(await page.locator('[data-tile="overdue"] .label').textContent()).toBe('已逾期');
      const totals = JSON.parse((await cli(['totals', join(EXAMPLES, 'ledger.xlsx'), '--json'])).stdout);
      expect(await page.locator('#sentence').textContent()).toBe(totals.sentence);

      // A bad lead-days value is refused under its field, as the sidebar's form refuses it; a good one applies.
      await page.locator('#f-leadDays').fill('abc');
      await page.locator('#settings-form button[type=submit]').click();
      await settled(page);
      expect(await page.locator('#e-leadDays').textContent()).not.toBe('');
      expect(await page.locator('#f-leadDays').getAttribute('aria-invalid')).toBe('true');
      expect(await tile(page, 'dueSoon')).toBe('7');
      await page.locator('#f-leadDays').fill('90');
      await page.locator('#settings-form button[type=submit]').click();
      await settled(page);
      expect(await page.locator('#e-leadDays').textContent()).toBe('');
      const wider = JSON.parse(
        (await cli(['totals', join(EXAMPLES, 'ledger.xlsx'), '--json', '--settings', await leadDaysFile(90)]))
          .stdout,
      );
      expect(await tile(page, 'dueSoon')).toBe(String(wider.dueSoon));
      expect(wider.dueSoon).not.toBe(7);
      expectClean(p);
      await p.context.close();
    });

    it('a notice dropped on the page is imported as `rectify import` reads it, then checked and totalled', async () => {
      const dir = scratchDir();
      const seed = join(__dirname, '../fixtures/seed-notice.txt');
      const p = await openOfflinePage(session);
      const { page } = p;
      await dropFiles(page, [{ name: 'seed-notice.txt', bytes: readFileSync(seed) }]);
      expect(await page.locator('#message').textContent()).toBe('');
      expect(await tile(page, 'total')).toBe('34');
      expect(await page.locator('#imported-note').textContent()).toMatch(
        /^已从 seed-notice\.txt 导入 34 个问题/,
      );
      const imported = await download(page, 'imported');
      expect(imported.name).toBe('seed-notice-导入.xlsx');
      await cli(['import', seed, '--out', join(dir, 'cli.xlsx')]);
      expect(await workbookShape(imported.bytes)).toEqual(
        await workbookShape(readFileSync(join(dir, 'cli.xlsx'))),
      );

      // The notice the CLI writes as .docx comes back as a ledger with the same problems.
      await cli(['notice', join(EXAMPLES, 'ledger.xlsx'), '--out', join(dir, 'notice.docx')]);
      const json = JSON.parse((await cli(['import', join(dir, 'notice.docx'), '--json'])).stdout);
      await chooseFile(page, 'notice.docx', readFileSync(join(dir, 'notice.docx')));
      expect(await page.locator('#message').textContent()).toBe('');
      expect(await tile(page, 'total')).toBe(String(json.problems.length));
      expect(await page.locator('#imported-note').textContent()).toContain('notice.docx');

      // A ledger opened next is a ledger again: no import note, no import download.
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await page.locator('#imported-note').isHidden()).toBe(true);
      expect(await page.locator('[data-download="imported"]').isHidden()).toBe(true);
      // A PDF is refused in one line that says what to do instead; the ledger stays.
      await chooseFile(page, '通报.pdf', Buffer.from('%PDF-1.4\n'));
      expect(await page.locator('#message').textContent()).toContain('rectify import');
      expect(await tile(page, 'total')).toBe('34');
      expectClean(p);
      await p.context.close();
    });

    it('several ledgers dropped together are rolled up as `rectify rollup` does, overview and notice included', async () => {
      const dir = scratchDir();
      await writeRollupFolder(dir);
      const names = ['01-财政.xlsx', '02-教育.xlsx', 'Water Bureau.csv', '市交通局.xlsx', '市卫健委.csv'];
      // The CLI run from the folder with the same names in the same order, so its messages name files as the page does.
      const cwd = process.cwd();
      process.chdir(dir);
      let json: { sentence: string; total: number; units: { unit: string; total: number }[] };
      let stderr: string;
      try {
        const run = await cli(['rollup', ...names, '--as-of', ROLLUP_AS_OF, '--json']);
        json = JSON.parse(run.stdout);
        stderr = run.stderr;
        await cli([
          'rollup',
          ...names,
          '--as-of',
          ROLLUP_AS_OF,
          '--out',
          'overview.xlsx',
          '--notice',
          'rollup.html',
        ]);
      } finally {
        process.chdir(cwd);
      }
      const p = await openOfflinePage(session);
      const { page } = p;
      await dropFiles(
        page,
        names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) })),
      );
      await page.locator('#as-of').fill(ROLLUP_AS_OF);
      await settled(page);
      expect(await page.locator('#message').textContent()).toBe('');
      expect(await page.locator('#result').isHidden()).toBe(true);
      expect(await page.locator('#rollup-sentence').textContent()).toBe(json.sentence);
      const units = await page
        .locator('#rollup-table tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [r.children[0].textContent, Number(r.children[1].textContent)]),
        );
      expect(units).toEqual([...json.units.map((u) => [u.unit, u.total]), ['合计', json.total]]);
      // The damaged workbook is listed with the CLI's words, and the others still roll up.
      expect(await page.locator('#rollup-notes li').allTextContents()).toEqual(
        stderr.split('\n').filter(Boolean),
      );

      const overview = await download(page, 'rollup-xlsx');
      expect(await workbookShape(overview.bytes)).toEqual(
        await workbookShape(readFileSync(join(dir, 'overview.xlsx'))),
      );
      const notice = await download(page, 'rollup-html');
      expect(notice.bytes.toString('utf8')).toBe(readFileSync(join(dir, 'rollup.html'), 'utf8'));

      // One ledger dropped afterwards is a ledger page again.
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await page.locator('#rollup-section').isHidden()).toBe(true);
      expect(await tile(page, 'total')).toBe('34');
      expectClean(p);
      await p.context.close();
    });

    it('where a browser refuses a blob: worker, the page does the work in its own thread', async () => {
      const p = await openOfflinePage(session, 'zh-CN', () => {
        // As a browser whose policy forbids workers from a file:// page would behave.
        (window as unknown as { Worker: unknown }).Worker = function Worker() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      });
      const { page } = p;
      await chooseFile(page, 'ledger.xlsx', EXAMPLE);
      expect(await tile(page, 'total')).toBe('34');
      expect(await tile(page, 'overdue')).toBe('8');
      expect((await download(page, 'docx')).name).toBe('ledger-通报.docx');
      expect(page.workers()).toEqual([]);
      expectClean(p);
      await p.context.close();
    });

    it('works from the keyboard: the chooser, the downloads and the switch are buttons in tab order', async () => {
      const p = await openOfflinePage(session);
      const { page } = p;
      const focusOrder: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        focusOrder.push(await page.evaluate(() => document.activeElement?.id ?? ''));
      }
      expect(focusOrder.slice(0, 2)).toEqual(['lang', 'choose']);
      await page.locator('#choose').focus();
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Enter');
      await (await chooser).setFiles({
        name: 'ledger.xlsx',
        mimeType: 'application/octet-stream',
        buffer: EXAMPLE,
      });
      await settled(page);
      expect(await tile(page, 'total')).toBe('34');
      await page.locator('[data-download="html"]').focus();
      const event = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      expect((await event).suggestedFilename()).toBe('ledger-通报.html');
      expectClean(p);
      await p.context.close();
    });

    it('works in a worker with a progress bar: stages are reported while the page still answers', async () => {
      const header = '编号,问题描述,整改措施,责任科室,整改时限,整改状态';
      const lines = [header];
      for (let i = 1; i <= 5000; i++) lines.push(`${i},问题${i},措施${i},科室${i % 7},2024-09-30,正在整改`);
      const p = await openOfflinePage(session);
      const { page } = p;
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __stages: string[] }).__stages = seen;
        const label = document.getElementById('progress-label')!;
        new MutationObserver(() => {
          const text = label.textContent ?? '';
          const stage = text.replace(/\s[\d,]+\/[\d,]+$/, '');
          if (stage && seen[seen.length - 1] !== stage) seen.push(stage);
        }).observe(label, { childList: true, characterData: true, subtree: true });
      });
      await chooseFile(page, 'big.csv', Buffer.from(lines.join('\n')));
      expect(await tile(page, 'total')).toBe('5000');
      // The work runs in a Web Worker (the page's own script from a blob: URL), not in the window's thread.
      expect(page.workers().map((w) => w.url().slice(0, 5))).toEqual(['blob:']);
      const event = page.waitForEvent('download');
      await page.locator('[data-download="colour"]').click();
      // The window's thread answers while the worker colours 5,000 rows.
      const busy = await page.evaluate(() => document.body.hasAttribute('aria-busy'));
      await event;
      await settled(page);
      expect(busy).toBe(true);
      const stages = await page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
      expect(stages).toEqual(['读取 big.csv', '检查台账', '着色', '写出工作簿']);
      expectClean(p);
      await p.context.close();
    });
  });
}

/** A settings file with 提醒提前天数 = n, for the CLI side of the settings-form test. */
async function leadDaysFile(n: number): Promise<string> {
  const dir = scratchDir();
  const path = join(dir, '设置.csv');
  writeFileSync(path, `项目,值\n提醒提前天数,${n}\n统计截止日期,2024-10-30\n`);
  return path;
}
