/**
 * Every built page in Chromium with JavaScript on: no console error (a Content-Security-Policy
 * violation is one), no failed request and no request leaving 127.0.0.1, also after scrolling to
 * the end so that whatever loads on visibility has loaded. One browser, two pages at a time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { guardPage, HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { limit, trackRequests } from '../support/page-runner.ts';

const pages = sitePages();
const slot = limit(2);

describe.skipIf(!HAS_BROWSER)('every page with JavaScript', () => {
  const site = useBrowserAndServer(DIST);
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.browser.newContext();
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
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
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
      await page.goto(`${site.server.url}/search/?q=Tajikistan`);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      await expect.poll(() => page.locator('#search-page-results li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    } finally {
      await page.close();
    }
  });
});
