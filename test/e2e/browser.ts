// Drives Debian's Chromium with playwright-core: opens the built sidebar with a google.script.run stub.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import type { ExampleServer } from './exampleServer';

/** Debian's Chromium; RECTIFY_CHROMIUM points elsewhere (another install, or a missing path to try the skip). */
export const CHROMIUM = process.env.RECTIFY_CHROMIUM || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SKIP_REASON = `${CHROMIUM} is missing, so the sidebar's browser tests did not run (install it: apt-get install chromium)`;

const ROOT = join(__dirname, '../..');
export const BUILT_PAGE = join(ROOT, 'build/Sidebar.html');
/** What build/Sidebar.html is made of: the template and page modules, and the catalogue's texts. */
const SOURCES = [join(ROOT, 'src/gas/ui'), join(ROOT, 'src/core/messages')];

/** The newest modification time of the files under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

/** The page HtmlService serves; fails clearly when the build is missing or older than its sources. */
export function builtPageUrl(): string {
  if (!existsSync(BUILT_PAGE)) throw new Error(`${BUILT_PAGE} is missing: run npm run build first`);
  const source = Math.max(...SOURCES.map(newest));
  if (statSync(BUILT_PAGE).mtimeMs < source) {
    throw new Error(`${BUILT_PAGE} is older than src/gas/ui or src/core/messages: run npm run build first`);
  }
  return pathToFileURL(BUILT_PAGE).href;
}

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium with a fresh profile: Playwright passes its own temporary --user-data-dir and refuses one in args. */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * The google.script.run stub, installed before the page's own script runs. Each call goes to the Node
 * emulation through an exposed binding and comes back asynchronously, as the real one does; a server error
 * reaches the failure handler as an Error carrying the server's message and stack.
 */
const STUB = `(() => {
  function runner(success, failure) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (f) => runner(f, failure);
        if (name === 'withFailureHandler') return (f) => runner(success, f);
        if (name === 'withUserObject') return () => runner(success, failure);
        return (...args) => {
          window.__rectifyServer(String(name), JSON.parse(JSON.stringify(args))).then((r) => {
            if (r.ok) { if (success) success(r.value); return; }
            const error = new Error(r.message);
            error.stack = r.stack;
            if (failure) failure(error);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

export interface SidebarPage {
  page: Page;
  context: BrowserContext;
  /** Errors thrown by the page's script; a clean run has none. */
  pageErrors: string[];
  /** URLs the page tried to fetch from the network (a CDN script, font or style); the page needs none. */
  blocked: string[];
}

export async function openSidebar(
  session: Session,
  server: ExampleServer,
  options: { width?: number; height?: number } = {},
): Promise<SidebarPage> {
  const context = await session.browser.newContext({
    viewport: { width: options.width ?? 300, height: options.height ?? 900 },
    deviceScaleFactor: 2,
  });
  // Nothing leaves the machine: the page must work with no network at all.
  const blocked: string[] = [];
  await context.route(/^(?!file:)/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__rectifyServer', async (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: await server.handle(name, args) };
    } catch (error) {
      const e = error as Error;
      return { ok: false, message: e.message, stack: e.stack };
    }
  });
  await page.addInitScript(STUB);
  await page.goto(builtPageUrl());
  await page.locator('[data-tile="total"] .num').waitFor();
  return { page, context, pageErrors, blocked };
}

/** Waits until the element reads `expected` (the page answers asynchronously, as google.script.run does). */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeout = 5000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await locator.textContent()) ?? '';
    if (typeof expected === 'string' ? text === expected : expected.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${locator} reads "${text}", expected ${String(expected)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
