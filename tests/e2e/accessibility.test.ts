/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds no violation on any built page, in the
 * light and in the dark colour scheme (the theme follows `prefers-color-scheme` unless the reader
 * picked one). One browser, two pages at a time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { limit } from '../support/page-runner.ts';
import { axeViolations } from '../support/axe.ts';

const pages = sitePages();
const slot = limit(2);

describe.skipIf(!HAS_BROWSER)('axe, WCAG 2.2 AA, on every page', () => {
  const site = useBrowserAndServer(DIST);
  let context: BrowserContext;

  beforeAll(async () => {
    // No smooth scrolling or transitions half-way through when axe measures colours.
    context = await site.browser.newContext({ reducedMotion: 'reduce' });
  });

  it('axe reports a violation it is shown (the check can fail)', async () => {
    const page = await context.newPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#777;background:#888">low contrast</p><img src="data:,"></main></html>');
      expect((await axeViolations(page)).map((violation) => violation.rule).sort()).toEqual(['color-contrast', 'image-alt']);
    } finally {
      await page.close();
    }
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s: no violation, light and dark', (_url, { url }) =>
    slot(async () => {
      const page = await context.newPage();
      try {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
        const light = await axeViolations(page);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axeViolations(page);
        expect({ light, dark }).toEqual({ light: [], dark: [] });
      } finally {
        await page.close();
      }
    }),
  );
});
