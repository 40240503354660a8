/**
 * Every built page in Chromium with JavaScript on: no console error (a Content-Security-Policy
 * violation is one), no failed request and no request leaving 127.0.0.1, also after scrolling to
 * the end so that whatever loads on visibility has loaded; on a 320 px phone, where most readers
 * are, with nothing wider than the screen and a compact header. One browser, two pages at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { guardPage, HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { pagePool, trackRequests } from '../support/page-runner.ts';
import { expectPhoneLayout, phone } from '../support/phone.ts';

const pages = sitePages();

describe.skipIf(!HAS_BROWSER)('every page with JavaScript', () => {
  const site = useBrowserAndServer(DIST);
  let context: BrowserContext;

  let pool: ReturnType<typeof guardedPool>;
  /** Pages guarded once and reused; each task empties the report before it navigates. */
  const guardedPool = (of: BrowserContext) => pagePool(of, 2, async (page) => ({ report: await guardPage(page), requests: trackRequests(page) }));

  beforeAll(async () => {
    context = await site.browser.newContext(phone(320));
    pool = guardedPool(context);
  });
  afterAll(() => pool.close());

  it('covers the whole build', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('the phone check fails on a page wider than the screen, a tall header or a tiny control', async () => {
    const page = await context.newPage();
    try {
      const header = (content: string) => `<!doctype html><meta name="viewport" content="width=device-width"><header class="site-header">${content}</header>`;
      await page.setContent(header('<a href="/" style="display:inline-block;padding:12px">Home</a><p style="width:400px">wide</p>'));
      await expect(expectPhoneLayout(page)).rejects.toThrow(/wider than the 320 px screen: p/);
      await page.setContent(header('<a href="/" style="display:block;height:150px">Home</a>'));
      await expect(expectPhoneLayout(page)).rejects.toThrow(/header height/);
      await page.setContent(header('<a href="/" style="font-size:8px;line-height:1">Home</a>'));
      await expect(expectPhoneLayout(page)).rejects.toThrow(/Home is too small to tap/);
    } finally {
      await page.close();
    }
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s: no console error, failed or outside request; fits a 320 px phone', (_url, { url }) =>
    pool.run(async (page, { report, requests }) => {
      for (const list of Object.values(report)) list.length = 0;
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      await requests.settled();
      expect(await page.locator('h1').count()).toBe(1);
      expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
      await expectPhoneLayout(page);
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
