/**
 * Chromium for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium (Playwright cannot
 * download browsers here). Without one the tests are skipped with a notice, except under CI,
 * where a missing browser is a failure.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server.ts';
import { CHROME_FLAGS, CHROME_PATH, HAS_BROWSER, launchBrowser } from '../../scripts/lib/chromium.ts';
import { IN_CI } from '../../src/config.ts';

export { CHROME_PATH, HAS_BROWSER, launchBrowser };

/**
 * Chromium as a screen reader finds it: accessibility on from the start, as it is while an
 * assistive technology runs. Without it Chromium leaves out of its accessibility tree what is not
 * rendered yet (content-visibility: auto), which a screen reader does get.
 */
export function launchBrowserForScreenReader(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROME_FLAGS, '--force-renderer-accessibility'] });
}

/** How many nodes of each role, not ignored, the page's accessibility tree holds (CDP, Chromium's own). */
export async function accessibleRoleCounts(page: Page, roles: readonly string[]): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  // The CDP answer's type is not in playwright-core's types: only the fields read here.
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; ignored?: boolean }[] };
  await cdp.detach();
  return Object.fromEntries(roles.map((role) => [role, nodes.filter((node) => !node.ignored && node.role?.value === role).length]));
}

if (!HAS_BROWSER) {
  if (IN_CI) throw new Error(`No Chromium at ${CHROME_PATH}: CI needs it (apt-get install -y chromium, or set CHROME_PATH)`);
  console.warn(`\n⚠ Browser tests SKIPPED: no Chromium at ${CHROME_PATH}. Install it (apt-get install -y chromium) or set CHROME_PATH.\n`);
}

export interface PageReport {
  consoleErrors: string[];
  /** Requests that tried to leave 127.0.0.1 (they are blocked). */
  externalRequests: string[];
  failedRequests: string[];
}

/** A page that blocks and records every request not to 127.0.0.1, and records console errors. */
export async function openGuardedPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ page: Page; report: PageReport }> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  return { page, report: await guardPage(page) };
}

/** Guards a page already open (see openGuardedPage); the report fills in as the page runs. */
export async function guardPage(page: Page): Promise<PageReport> {
  const report: PageReport = { consoleErrors: [], externalRequests: [], failedRequests: [] };
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    report.externalRequests.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => report.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => report.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return report;
}

/**
 * One Chromium and one static server of `root` for the tests of a describe block: started before
 * them, closed after. Read `site.browser` and `site.server` inside the tests.
 */
export function useBrowserAndServer(root: string): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), serveStatic(root)]);
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), site.server?.close()]);
  });
  return site;
}
