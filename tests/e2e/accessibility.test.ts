/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation on any built page, in the
 * light colour scheme, and no colour violation in the dark one (the theme follows
 * `prefers-color-scheme` unless the reader picked one). One browser, two pages at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { pagePool } from '../support/page-runner.ts';
import { axeViolations, COLOUR_RULES, withAxe } from '../support/axe.ts';

const pages = sitePages();

describe.skipIf(!HAS_BROWSER)('axe, WCAG 2.2 AA, on every page', () => {
  const site = useBrowserAndServer(DIST);
  let context: BrowserContext;
  let pool: ReturnType<typeof pagePool>;

  beforeAll(async () => {
    // No smooth scrolling or transitions half-way through when axe measures colours.
    context = await withAxe(await site.browser.newContext({ reducedMotion: 'reduce' }));
    pool = pagePool(context, 2);
  });
  afterAll(() => pool.close());

  it('axe reports a violation it is shown (the check can fail), the colour rules alone too', async () => {
    const page = await context.newPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#777;background:#888">low contrast</p><img src="data:,"></main></html>');
      expect((await axeViolations(page)).map((violation) => violation.rule).sort()).toEqual(['color-contrast', 'image-alt']);
      expect((await axeViolations(page, COLOUR_RULES)).map((violation) => violation.rule)).toEqual(['color-contrast']);
    } finally {
      await page.close();
    }
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s: no violation, light and dark', (_url, { url }) =>
    pool.run(async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, COLOUR_RULES);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    }),
  );
});
