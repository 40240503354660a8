/**
 * Every built page in Chromium with JavaScript on: no console error (a Content-Security-Policy
 * violation is one), no failed request and no request leaving 127.0.0.1, also after scrolling to
 * the end so that whatever loads on visibility has loaded. One browser, two pages at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { guardPage, HAS_BROWSER, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { DIST } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { limit, trackRequests } from '../support/page-runner.ts';

const pages = sitePages();
const slot = limit(2);

describe.skipIf(!HAS_BROWSER)('every page with JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  it('covers the whole build', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s: no console error, failed or outside request', (_url, { url }) =>
    slot(async () => {
      const page = await context.newPage();
      try {
        const report = await guardPage(page);
        const requests = trackRequests(page);
        await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
        await requests.settled();
        expect(await page.locator('h1').count()).toBe(1);
        expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
      } finally {
        await page.close();
      }
    }),
  );

  it('search works under the Content-Security-Policy (Pagefind needs WebAssembly)', async () => {
    const page = await context.newPage();
    try {
      const report = await guardPage(page);
      await page.goto(`${server.url}/search/?q=Tajikistan`);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      await expect.poll(() => page.locator('#search-page-results li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    } finally {
      await page.close();
    }
  });
});
