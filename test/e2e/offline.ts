// Drives dist/rectify.html in Chromium from file:// with every network request refused, and compares its files with the CLI's.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import type { Session } from './browser';

const ROOT = join(__dirname, '../..');
export const OFFLINE_PAGE = join(ROOT, 'dist/rectify.html');

/** The built page; fails clearly when the build is missing or older than its sources. */
export function offlinePageUrl(): string {
  if (!existsSync(OFFLINE_PAGE)) throw new Error(`${OFFLINE_PAGE} is missing: run npm run build first`);
  const built = statSync(OFFLINE_PAGE).mtimeMs;
  for (const f of ['page.html', 'main.ts', 'ui.ts', 'worker.ts']) {
    if (statSync(join(ROOT, 'src/page', f)).mtimeMs > built) {
      throw new Error(`${OFFLINE_PAGE} is older than src/page/${f}: run npm run build first`);
    }
  }
  return pathToFileURL(OFFLINE_PAGE).href;
}

export interface OfflinePage {
  page: Page;
  context: BrowserContext;
  url: string;
  /** Every URL the page or its worker asked for, other than the page itself and its own blob: worker. */
  requested: string[];
  /** Errors thrown by the page's script; a clean run has none. */
  pageErrors: string[];
  /** Console messages of type error (a CSP violation is reported there). */
  consoleErrors: string[];
}

/** Opens the page from disk in a fresh context whose every request, but the page's own file, is refused. */
export async function openOfflinePage(
  session: Session,
  locale = 'zh-CN',
  before?: () => void,
): Promise<OfflinePage> {
  const url = offlinePageUrl();
  const context = await session.browser.newContext({ locale, acceptDownloads: true });
  const requested: string[] = [];
  const ownRequest = (u: string) => u === url || u.startsWith('blob:');
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requested.push(u);
    return route.abort();
  });
  // Routing sees only what reaches the network layer; the request events also see workers and data: URLs.
  context.on('request', (request) => {
    const u = request.url();
    if (!ownRequest(u) && !requested.includes(u)) requested.push(u);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Playwright intercepts file choosers only once someone listens; listening from the start leaves no race.
  page.on('filechooser', () => {});
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  if (before) await page.addInitScript(before);
  await page.goto(url);
  return { page, context, url, requested, pageErrors, consoleErrors };
}

/** Chooses a file with the page's file chooser, as a clerk does, and waits for the figures or a message. */
export async function chooseFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('#choose').click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await settled(page);
}

/** Drops files on the drop zone through a real DataTransfer, as dragging from the desktop does. */
export async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, data: Array.from(f.bytes) }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
    return dt;
  }, payload);
  await page.locator('#drop').dispatchEvent('drop', { dataTransfer: transfer });
  await settled(page);
}

/** Waits until the worker has answered: the page is no longer busy. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));
}

/** Clicks a download button and returns the file's name and bytes. */
export async function download(page: Page, what: string): Promise<{ name: string; bytes: Buffer }> {
  const event = page.waitForEvent('download');
  await page.locator(`[data-download="${what}"]`).click();
  const file = await event;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

export const tile = (page: Page, key: string) => page.locator(`[data-tile="${key}"] .num`).textContent();

/** Everything a person can see or set in a workbook, sheet by sheet and cell by cell, to compare two copies. */
export async function workbookShape(bytes: Uint8Array): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      cells.push({ row: r, height: row.height ?? null, hidden: row.hidden });
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.push({
          address: cell.address,
          value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
          type: cell.type,
          numFmt: cell.numFmt ?? null,
          font: cell.font ?? null,
          alignment: cell.alignment ?? null,
          border: cell.border ?? null,
          fill: cell.fill ?? null,
          note: cell.note ?? null,
        });
      });
    });
    const columns: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const column = sheet.getColumn(c);
      columns.push({ width: column.width ?? null, hidden: column.hidden });
    }
    return {
      name: sheet.name,
      state: sheet.state,
      merges: sheet.model.merges,
      views: sheet.views,
      columns,
      cells,
    };
  });
}

/** The parts of a .docx, without docProps/core.xml, whose created and modified times are the clock's. */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir || name === 'docProps/core.xml') continue;
    parts[name] = await zip.files[name].async('string');
  }
  return parts;
}
