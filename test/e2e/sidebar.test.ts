// Browser tests of the sidebar page in Debian's Chromium over the example ledger (skipped, loudly, without it).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  computeTotals,
  exactCompletionRate,
  findingText,
  parseLedger,
  parseSettings,
  percent,
  urgencyOf,
} from '../../src/core';
import {
  CHROMIUM,
  hasChromium,
  launch,
  openSidebar,
  type Session,
  SKIP_REASON,
  waitForText,
} from './browser';
import { accountableExample, exampleLedger, exampleServer, exampleSettings } from './exampleServer';

const OUT = join(__dirname, '../../out');
const XSS = '<img src=x onerror="window.__pwned=1">';

if (!hasChromium) {
  describe('sidebar in Chromium', () => {
    it('says why it did not run', () => {
      console.warn(SKIP_REASON);
      expect(SKIP_REASON).toContain(CHROMIUM);
      expect(existsSync(CHROMIUM)).toBe(false);
    });
  });
} else {
  describe('sidebar in Chromium', () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch();
    });
    afterAll(async () => {
      await session?.close();
    });

    it('shows the example figures in the tiles at 2024-10-30 and saves a 300 px screenshot', async () => {
      const server = exampleServer();
      const { page, context, pageErrors, blocked } = await openSidebar(session, server);
      const tile = (key: string) => page.locator(`[data-tile="${key}"] .num`).textContent();
      // The example's figures as README states them, not recomputed here: a slip in core and page alike still fails.
      expect(await tile('total')).toBe('34');
      expect(await tile('done')).toBe('15');
      expect(await tile('inProgress')).toBe('18');
      expect(await tile('notDone')).toBe('1');
      expect(await tile('longTerm')).toBe('3');
      expect(await page.locator('[data-tile="longTerm"] .label').textContent()).toBe('长期坚持任务');
      // No status is unreadable in the example: no tile for them.
      expect(await page.locator('[data-tile="unknown"]').count()).toBe(0);
      expect(await tile('overdue')).toBe('8');
      expect(await tile('dueSoon')).toBe('7');
      expect(await tile('completionRate')).toBe('44.1%');
      expect(await tile('recovered')).toBe('0.02');
      expect(await page.locator('[data-tile="overdue"] .label').textContent()).toBe('已逾期');
      expect(await page.locator('#asof').textContent()).toContain('2024-10-30');
      expect(await page.locator('#overdue button').count()).toBe(8);
      expect(await page.locator('#duesoon button').count()).toBe(7);
      expect(await page.locator('#h-duesoon').textContent()).toBe('7天内到期（7）');

      // One bar per category, each as long as its problems, segments summing to the category total.
      const categories = computeTotals(
        parseLedger(exampleLedger(), { asOf: '2024-10-30' }).ledger!.problems,
        {
          asOf: '2024-10-30',
          leadDays: 7,
        },
      ).byCategory;
      const bars = await page.$$eval('#chart svg > text:not(:first-child)', (nodes) => nodes.length);
      expect(bars).toBeGreaterThan(0);
      const titles = await page.$$eval('#chart svg > text > title', (nodes) =>
        nodes.map((n) => n.textContent),
      );
      expect(titles).toEqual(categories.map((c) => c.name));
      expect(await page.locator('#legend li').allTextContents()).toEqual(['已完成', '正在整改', '未完成']);

      // The accountability figures, as core computes them with the example's own settings.
      const settings = parseSettings(exampleSettings()).settings;
      const totals = computeTotals(
        parseLedger(exampleLedger(), { asOf: '2024-10-30', closureReview: settings.closureReview }).ledger!
          .problems,
        { asOf: '2024-10-30', leadDays: settings.leadDays, closureReview: settings.closureReview },
      );
      const metric = (key: string) => page.locator(`[data-metric="${key}"]`);
      expect(totals.onTime.rate).toBeNull();
      expect(await metric('onTimeRate').locator('.num').textContent()).toBe('—');
      expect(await metric('onTimeRate').locator('.label').textContent()).toBe('按期完成率');
      expect(await metric('onTimeRate').locator('.sub').textContent()).toBe(
        `缺完成日期 ${totals.onTime.undated}`,
      );
      expect(await metric('extended').locator('.num').textContent()).toBe(String(totals.extended));
      // 销号需审核 is off in the example: no 待审核 figure at all.
      expect(settings.closureReview).toBe(false);
      expect(await metric('pendingApproval').count()).toBe(0);
      expect(await page.locator('#ageing li .n').allTextContents()).toEqual(
        [totals.ageing.days1to30, totals.ageing.days31to90, totals.ageing.over90].map(String),
      );
      expect(await page.locator('#ageing li').first().textContent()).toBe(`1–30天${totals.ageing.days1to30}`);
      // The bar's segments are as long as their counts, so 7 and 1 overdue read as 7 : 1.
      const segments = await page.$$eval('#ageing-bar span', (nodes) =>
        nodes.map((n) => ({ bucket: n.getAttribute('data-bucket'), width: n.getBoundingClientRect().width })),
      );
      expect(segments.map((x) => x.bucket)).toEqual(
        (['days1to30', 'days31to90', 'over90'] as const).filter((b) => totals.ageing[b] > 0),
      );
      expect(segments[0].width / segments[1].width).toBeCloseTo(
        totals.ageing.days1to30 / totals.ageing.days31to90,
        0,
      );
      expect(totals.completionsByMonth).toEqual([]);
      expect(await page.locator('#months svg').count()).toBe(0);
      expect(await page.locator('#months-note').textContent()).toBe('尚无填写了完成日期的已完成问题。');

      // Readable at the sidebar's width: nothing wider than the viewport.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(300);
      mkdirSync(OUT, { recursive: true });
      await page.screenshot({ path: join(OUT, 'sidebar.png'), fullPage: true });
      expect(pageErrors).toEqual([]);
      // Drawn from the page alone: no script, style, font or image from a CDN was even asked for.
      expect(blocked).toEqual([]);
      await context.close();
    });

    it('charts on-time completion, extensions, 待审核 and completions per month on a ledger that has them', async () => {
      const { ledger, settings } = accountableExample();
      const server = exampleServer({ ledger, settings });
      const { page, context, pageErrors } = await openSidebar(session, server);
      const asOf = '2024-10-30';
      const totals = computeTotals(parseLedger(ledger, { asOf, closureReview: true }).ledger!.problems, {
        asOf,
        leadDays: 7,
        closureReview: true,
      });
      // The fixture really exercises every figure; otherwise the assertions below would prove little.
      expect(totals.onTime.late).toBeGreaterThan(0);
      expect(totals.extended * totals.extensionsUnapproved * totals.pendingApproval).toBeGreaterThan(0);
      expect(Object.values(totals.ageing).every((n) => n > 0)).toBe(true);
      expect(totals.completionsByMonth.length).toBeGreaterThan(2);

      const metric = (key: string) => page.locator(`[data-metric="${key}"]`);
      expect(await metric('onTimeRate').locator('.num').textContent()).toBe(
        percent(totals.onTime.onTime / totals.onTime.measured),
      );
      expect(await metric('onTimeRate').locator('.sub').textContent()).toBe(
        `按期 ${totals.onTime.onTime} / ${totals.onTime.measured}`,
      );
      expect(await metric('extended').locator('.num').textContent()).toBe(String(totals.extended));
      expect(await metric('extended').locator('.sub').textContent()).toBe(
        `另${totals.extensionsUnapproved}个未获批准`,
      );
      expect(await metric('pendingApproval').locator('.num').textContent()).toBe(
        String(totals.pendingApproval),
      );
      expect(await metric('pendingApproval').locator('.label').textContent()).toBe('待审核');
      // Done but not approved is not closed: the completion tile agrees with 汇总.
      expect(await page.locator('[data-tile="completionRate"] .num').textContent()).toBe(
        percent(exactCompletionRate(totals)),
      );
      expect(await page.locator('#ageing li .n').allTextContents()).toEqual(
        [totals.ageing.days1to30, totals.ageing.days31to90, totals.ageing.over90].map(String),
      );
      expect(await page.locator('#ageing-bar span').count()).toBe(3);

      // One bar per month, no gaps, each titled with its month and count; the tallest is the busiest month.
      const bars = await page.$$eval('#months rect', (nodes) =>
        nodes.map((n) => ({
          month: n.getAttribute('data-month'),
          count: Number(n.getAttribute('data-count')),
          height: Number(n.getAttribute('height')),
          title: n.querySelector('title')?.textContent,
        })),
      );
      expect(bars.map(({ month, count }) => ({ month, count }))).toEqual(totals.completionsByMonth);
      const busiest = Math.max(...bars.map((b) => b.count));
      expect(bars.find((b) => b.count === busiest)!.height).toBe(Math.max(...bars.map((b) => b.height)));
      expect(bars.filter((b) => b.count === 0).every((b) => b.height === 0)).toBe(true);
      const [year, month] = totals.completionsByMonth[0].month.split('-').map(Number);
      expect(bars[0].title).toBe(`${year}年${month}月：完成 ${totals.completionsByMonth[0].count} 个`);
      const done = totals.completionsByMonth.reduce((n, m) => n + m.count, 0);
      expect(await page.locator('#months-note').textContent()).toBe(
        `${year}年${month}月 至 2024年10月，共完成 ${done} 个`,
      );
      // Month ticks never overlap at 300 px.
      const ticks = await page.$$eval('#months text.tick', (nodes) =>
        nodes.map((n) => n.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
      for (let i = 1; i < ticks.length; i++) expect(ticks[i][0]).toBeGreaterThan(ticks[i - 1][1]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      mkdirSync(OUT, { recursive: true });
      await page.locator('#metrics').screenshot({ path: join(OUT, 'sidebar-metrics.png') });
      expect(pageErrors).toEqual([]);
      await context.close();
    });

    it('selects the row of an overdue item by click and by keyboard, and the cell of a finding', async () => {
      const server = exampleServer();
      const { page, context } = await openSidebar(session, server);
      const asOf = '2024-10-30';
      const problems = parseLedger(exampleLedger(), { asOf }).ledger!.problems;
      const overdueRows = problems
        .map((p) => ({ row: p.row, u: urgencyOf(p, asOf, 7) }))
        .filter((x) => x.u.urgency === 'overdue')
        .sort((a, b) => a.u.daysLeft! - b.u.daysLeft! || a.row - b.row)
        .map((x) => x.row);
      const shownRows = await page.$$eval('#overdue button', (nodes) =>
        nodes.map((n) => Number(n.getAttribute('data-row'))),
      );
      expect(shownRows).toEqual(overdueRows);

      const second = page.locator('#overdue button').nth(1);
      await second.click();
      await waitForText(page.locator('#status'), `已选中第 ${overdueRows[1]} 行。`);
      expect(server.calls.filter((c) => c.name === 'selectRow')).toEqual([
        { name: 'selectRow', args: [overdueRows[1]] },
      ]);
      // The spreadsheet now shows that row selected.
      expect(server.selection()).toBe(`台账!A${overdueRows[1]}:Q${overdueRows[1]}`);

      await page.locator('#overdue button').nth(2).focus();
      await page.keyboard.press('Enter');
      await waitForText(page.locator('#status'), `已选中第 ${overdueRows[2]} 行。`);
      expect(server.calls.filter((c) => c.name === 'selectRow').map((c) => c.args[0])).toEqual([
        overdueRows[1],
        overdueRows[2],
      ]);

      // Ten findings first, then all of them on request, with focus on the first one newly shown.
      const findings = parseLedger(exampleLedger(), { asOf }).findings;
      expect(await page.locator('#findings button').count()).toBe(10);
      await page.locator('#findings-more').click();
      expect(await page.locator('#findings button').count()).toBe(findings.length);
      expect(await page.locator('#findings-more').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(
        findings[10].cell,
      );

      const first = findings[0];
      const finding = page.locator(`#findings button[data-cell="${first.cell}"]`).first();
      expect(await finding.locator('.text').textContent()).toBe(findingText('zh', first));
      await finding.click();
      await waitForText(page.locator('#status'), `已选中 ${first.cell}。`);
      expect(server.calls.find((c) => c.name === 'selectCell')).toEqual({
        name: 'selectCell',
        args: [first.cell],
      });
      expect(server.selection()).toBe(`台账!${first.cell}`);
      await context.close();
    });

    it('renders ledger text as text: an <img onerror> problem never runs', async () => {
      const ledger = exampleLedger();
      const header = ledger[0].map(String);
      const col = (name: string) => header.indexOf(name);
      const asOf = '2024-10-30';
      const problems = parseLedger(ledger, { asOf }).ledger!.problems;
      const overdue = problems.find((p) => urgencyOf(p, asOf, 7).urgency === 'overdue')!;
      const row = ledger[overdue.row - 1];
      row[col('问题描述')] = XSS;
      row[col('责任科室')] = '<script>window.__pwned=2</script>';
      row[col('问题类别')] = `<b onmouseover=alert(1)>${XSS}</b>`;
      ledger[5][col('整改时限')] = XSS;
      const server = exampleServer({ ledger });
      const { page, context, pageErrors } = await openSidebar(session, server);
      const item = page.locator(`#overdue button[data-row="${overdue.row}"]`);
      expect(await item.locator('.text').textContent()).toBe(XSS);
      expect(await item.locator('.meta').textContent()).toContain('<script>window.__pwned=2</script>');
      const findingTexts = await page.locator('#findings .text').allTextContents();
      expect(findingTexts.some((t) => t.includes(XSS))).toBe(true);
      const chartTitles = await page.$$eval('#chart title', (nodes) => nodes.map((n) => n.textContent));
      expect(chartTitles).toContain(`<b onmouseover=alert(1)>${XSS}</b>`);
      await item.hover();
      expect(await page.locator('img, script:not(:first-of-type), b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(pageErrors).toEqual([]);
      await context.close();
    });

    it('runs a command with progress in place, and shows a server error as a message without its stack', async () => {
      const server = exampleServer();
      const { page, context } = await openSidebar(session, server);
      const release = server.hold('runMenuCommand');
      await page.locator('#commands button[data-command="validate"]').click();
      await waitForText(page.locator('#command-result'), '正在运行：校验台账…');
      expect(await page.locator('#commands button[data-command="totals"]').isDisabled()).toBe(true);
      expect(await page.locator('#command-result').getAttribute('class')).toContain('busy');
      release();
      await waitForText(
        page.locator('#command-result'),
        '发现 0 个错误、35 个提醒（共 34 条整改事项，统计日期 2024-10-30）。',
      );
      // The command really ran on the spreadsheet: its notes are on the cells, and no dialog covered the sidebar.
      expect(server.env.snapshot('台账').notes[7][8]).toContain('10月前');
      expect(server.env.ui.alerts).toEqual([]);
      expect(await page.locator('#commands button[data-command="totals"]').isDisabled()).toBe(false);
      expect(server.calls.filter((c) => c.name === 'runMenuCommand').map((c) => c.args)).toEqual([
        ['validate'],
      ]);
      // The dashboard is read again after a command, since it may have changed the ledger.
      expect(server.calls.filter((c) => c.name === 'getDashboard')).toHaveLength(2);

      const error = new Error('Exception: 找不到通报模板文档“abc”，请在“设置”表检查通报模板文档ID');
      error.stack = `${error.message}\n    at generateNotice (Code:1:2345)\n    at runMenuCommand (Code:1:99)`;
      server.fail('runMenuCommand', error);
      await page.locator('#commands button[data-command="notice"]').click();
      await waitForText(
        page.locator('#command-result'),
        '出错了：找不到通报模板文档“abc”，请在“设置”表检查通报模板文档ID',
      );
      expect(await page.locator('body').textContent()).not.toContain('Code:1');
      expect(await page.locator('#command-result').getAttribute('class')).toContain('error');
      await context.close();
    });

    it('links the generated notice, and says so in place when another command holds the lock', async () => {
      const server = exampleServer();
      const { page, context } = await openSidebar(session, server);
      await page.locator('#commands button[data-command="notice"]').click();
      const link = page.locator('#command-result a');
      await link.waitFor();
      const [id] = [...server.env.documents.docs.keys()];
      expect(await link.getAttribute('href')).toBe(`https://docs.google.com/open?id=${id}`);
      expect(await link.textContent()).toBe('打开通报');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await page.locator('#command-result').textContent()).toMatch(
        /^通报已生成：中共攀枝花市文联党组关于/,
      );

      server.env.lock.holdByOther('document');
      await page.locator('#commands button[data-command="colour"]').click();
      await waitForText(page.locator('#command-result'), '另一项操作正在进行，请稍后再试。');
      expect(await page.locator('#command-result').getAttribute('class')).toContain('error');
      await context.close();
    });

    it('previews the notice as text, built from the ledger, with markup in a problem left as text', async () => {
      const ledger = exampleLedger();
      const problemColumn = ledger[0].indexOf('问题描述');
      ledger[1][problemColumn] = `${XSS}对政治理论学习重视不够。`;
      const server = exampleServer({ ledger });
      const { page, context, pageErrors } = await openSidebar(session, server);
      await page.locator('#tab-preview').click();
      await page.locator('#preview p.title').first().waitFor();
      const title = (await page.locator('#preview p.title').allTextContents()).join('');
      expect(title).toBe('中共攀枝花市文联党组关于市委第一巡察组巡察反馈意见集中整改进展情况的通报');
      expect(await page.locator('#preview').textContent()).toContain(`${XSS}对政治理论学习重视不够。`);
      expect(await page.locator('#preview img').count()).toBe(0);
      expect(await page.locator('#preview p.issuer').textContent()).toBe('中共攀枝花市文联党组');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.screenshot({ path: join(OUT, 'sidebar-preview.png'), fullPage: false });
      expect(pageErrors).toEqual([]);
      await context.close();
    });

    it('puts a bad setting’s message next to its field and writes nothing; a good one saves', async () => {
      const server = exampleServer();
      const before = server.settingsGrid.map((r) => [...r]);
      const { page, context } = await openSidebar(session, server);
      await page.locator('#tab-settings').click();
      await page.locator('#f-leadDays').waitFor();
      expect(await page.locator('#f-issuer').inputValue()).toBe('中共攀枝花市文联党组');
      expect(await page.locator('#f-asOf').inputValue()).toBe('2024-10-30');
      expect(await page.locator('#f-reminderStages').inputValue()).toBe('7、1');

      await page.locator('#f-leadDays').fill('abc');
      await page.locator('#f-reminderHour').fill('25');
      await page.locator('#save').click();
      await waitForText(page.locator('#e-leadDays'), '提醒提前天数：“abc”不是整数');
      expect(await page.locator('#e-reminderHour').textContent()).toBe(
        '提醒时间（点）：应为 0 到 23 之间的整数',
      );
      expect(await page.locator('#f-leadDays').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#f-issuer').getAttribute('aria-invalid')).toBeNull();
      expect(await page.locator('#e-issuer').textContent()).toBe('');
      expect(await page.locator('#settings-result').textContent()).toBe(
        '有 2 项设置需要修改，见各项下方的说明。',
      );
      // The message sits in the field's own box, under its input, and the input points to it.
      expect(await page.locator('.field[data-key="leadDays"] .field-error').textContent()).toBe(
        '提醒提前天数：“abc”不是整数',
      );
      expect(await page.locator('#f-leadDays').getAttribute('aria-describedby')).toContain('e-leadDays');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-leadDays');
      expect(server.settingsGrid).toEqual(before);

      await page.locator('#f-leadDays').fill('5');
      await page.locator('#f-reminderHour').fill('9');
      await page.locator('#save').click();
      await waitForText(page.locator('#settings-result'), '已保存到“设置”表：提醒提前天数、提醒时间（点）。');
      expect(await page.locator('#e-leadDays').textContent()).toBe('');
      const saved = parseSettings(server.settingsGrid as string[][]).settings;
      expect(saved.leadDays).toBe(5);
      expect(saved.reminderHour).toBe(9);
      expect(saved.issuer).toBe('中共攀枝花市文联党组');
      // The new lead days reach the dashboard, which is read again after saving.
      await page.locator('#tab-dashboard').click();
      await waitForText(page.locator('#h-duesoon'), /^5天内到期/);
      await context.close();
    });

    it('speaks English when the language setting is en, and switches tabs with the arrow keys', async () => {
      const settings = exampleSettings();
      settings.push(['语言', 'en']);
      const server = exampleServer({ settings });
      const { page, context } = await openSidebar(session, server);
      expect(await page.locator('[data-tile="overdue"] .label').textContent()).toBe('Overdue');
      expect(await page.locator('#h-overdue').textContent()).toBe('Overdue (8)');
      expect(await page.locator('#commands button').allTextContents()).toEqual([
        'Validate ledger',
        'Colour by deadline',
        'Update totals',
        'Generate notice',
        'Preview reminders',
      ]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.locator('#tab-dashboard').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#panel-settings').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-settings');
      await page.locator('#f-reminderHour').waitFor();
      await page.locator('#f-reminderHour').fill('25');
      await page.locator('#save').click();
      await waitForText(
        page.locator('#e-reminderHour'),
        'Reminder hour: must be a whole number from 0 to 23',
      );
      await page.screenshot({ path: join(OUT, 'sidebar-settings-en.png'), fullPage: false });
      await context.close();
    });
  });
}
