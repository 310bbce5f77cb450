// Bench of the offline page (dist/rectify.html) in Chromium against the CLI on the same 10,000-row workbook, and the page's size.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium, type Page } from 'playwright-core';
import type { Io } from '../src/cli/io';
import { main } from '../src/cli/main';
import { generateLedger } from './generate';
import { measure, report } from './measure';

const ROWS = 10_000;
const AS_OF = '2024-10-30';
const CHROMIUM = process.env.RECTIFY_CHROMIUM || '/usr/bin/chromium';
const PAGE = join(__dirname, '../../dist/rectify.html');
const quiet: Io = { out() {}, err() {}, isTty: false };

async function writeWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.mergeCells('A1:P1');
  sheet.getCell('A1').value = '巡察整改台账（基准测试）';
  for (const row of generateLedger(ROWS)) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

const idle = (page: Page) =>
  page.waitForFunction(() => !document.body.hasAttribute('aria-busy'), null, { timeout: 600_000 });

/** Milliseconds from a click to the download event of the button's file. */
async function timeDownload(page: Page, what: string): Promise<number> {
  const start = performance.now();
  const event = page.waitForEvent('download', { timeout: 600_000 });
  await page.locator(`[data-download="${what}"]`).click();
  await (await event).path();
  const ms = performance.now() - start;
  await idle(page);
  return ms;
}

async function main_(): Promise<void> {
  const size = statSync(PAGE).size;
  console.log(`dist/rectify.html ${(size / 2 ** 20).toFixed(2)} MB (budget 3 MB)`);
  const dir = mkdtempSync(join(tmpdir(), 'rectify-bench-'));
  try {
    const input = join(dir, 'ledger-10000.xlsx');
    await writeWorkbook(input);
    const cli: Record<string, number> = {};
    const runs: [string, string[]][] = [
      ['check', ['check', input, '--as-of', AS_OF, '--json']],
      ['colour', ['colour', input, '--out', join(dir, 'coloured.xlsx'), '--as-of', AS_OF]],
      ['docx', ['notice', input, '--out', join(dir, 'notice.docx'), '--as-of', AS_OF]],
    ];
    for (const [key, argv] of runs) {
      const m = await measure(() => main(argv, quiet));
      cli[key] = m.ms;
      report(
        `CLI rectify ${argv[0]}${key === 'docx' ? ' (.docx)' : ''} ${ROWS.toLocaleString('en')} rows`,
        m,
      );
    }
    if (!existsSync(CHROMIUM)) {
      console.log(`${CHROMIUM} is missing: the page was not timed (apt-get install chromium)`);
      return;
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      await context.route(/^(?!file:)/, (route) => route.abort());
      const page = await context.newPage();
      page.on('filechooser', () => {});
      await page.goto(pathToFileURL(PAGE).href);
      const bytes = readFileSync(input);
      // Open = read the workbook and check it (what `rectify check` does), plus drawing the dashboard.
      const start = performance.now();
      const chooser = page.waitForEvent('filechooser');
      await page.locator('#choose').click();
      await (await chooser).setFiles({
        name: 'ledger-10000.xlsx',
        mimeType: 'application/octet-stream',
        buffer: bytes,
      });
      await idle(page);
      const open = performance.now() - start;
      await page.locator('#as-of').fill(AS_OF);
      await idle(page);
      const colour = await timeDownload(page, 'colour');
      const docx = await timeDownload(page, 'docx');
      const ratio = (page: number, of: number) => `${(page / of).toFixed(2)}× the CLI`;
      console.log(
        `page open (read + check + dashboard)        ${open.toFixed(0).padStart(7)} ms   ${ratio(open, cli.check)} (rectify check)`,
      );
      // The CLI's colour reads and checks the file too, so the page's comparable figure is open + download.
      console.log(
        `page open + 下载标色台账                      ${(open + colour).toFixed(0).padStart(7)} ms   ${ratio(open + colour, cli.colour)} (rectify colour); the download alone ${colour.toFixed(0)} ms`,
      );
      console.log(
        `page open + 下载通报（.docx）                 ${(open + docx).toFixed(0).padStart(7)} ms   ${ratio(open + docx, cli.docx)} (rectify notice); the download alone ${docx.toFixed(0)} ms`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main_();
