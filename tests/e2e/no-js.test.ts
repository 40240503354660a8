/**
 * Every built page with JavaScript off: the main text is shown, and so is every footnote,
 * bibliography entry, map (as SVG) and table that the built HTML holds; articles have notes and
 * references. Nothing that matters waits for a script. Read on a 375 px phone: nothing wider than
 * the screen, a compact header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST, isArticlePath } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';
import { pagePool } from '../support/page-runner.ts';
import { expectPhoneLayout, phone } from '../support/phone.ts';

const pages = sitePages();

/** A map counts as shown when an SVG at least this wide is visible inside it (not a legend swatch). */
const MAP_MIN_WIDTH = 200;

describe.skipIf(!HAS_BROWSER)('every page without JavaScript', () => {
  const site = useBrowserAndServer(DIST);
  let context: BrowserContext;
  let pool: ReturnType<typeof pagePool>;

  beforeAll(async () => {
    context = await site.browser.newContext({ ...phone(375), javaScriptEnabled: false });
    pool = pagePool(context, 2);
  });
  afterAll(() => pool.close());

  it('articles hold notes and references (so the checks below have something to find)', () => {
    const articles = pages.filter((page) => isArticlePath(page.url));
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.counts.footnotes * article.counts.references, article.url).toBeGreaterThan(0);
  });

  it.concurrent.each(pages.map((page) => [page.url, page] as const))('%s: text, notes, references, maps and tables are shown, on a 375 px phone', (_url, { url, counts }) =>
    pool.run(async (page) => {
      await page.goto(`${site.server.url}${url}`, { waitUntil: 'load' });
      // Runs in the page's isolated utility world, which works with the page's scripts disabled.
      const shown = await page.evaluate((mapMinWidth) => {
        const visible = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        const count = (selector: string) => [...document.querySelectorAll(`main ${selector}`)].filter(visible).length;
        const main = document.querySelector('main');
        return {
          h1: [...document.querySelectorAll('h1')].filter(visible).length,
          mainText: main && visible(main) ? main.innerText.trim().length : 0,
          footnotes: count('section.footnotes li'),
          references: count('.csl-entry'),
          maps: [...document.querySelectorAll('main [data-map]')].filter((map) =>
            [...map.querySelectorAll('svg')].some((svg) => visible(svg) && svg.getBoundingClientRect().width >= mapMinWidth),
          ).length,
          tables: count('table'),
        };
      }, MAP_MIN_WIDTH);
      expect(shown.h1).toBe(1);
      expect(shown.mainText).toBeGreaterThan(40);
      expect({ footnotes: shown.footnotes, references: shown.references, maps: shown.maps, tables: shown.tables }).toEqual(counts);
      await expectPhoneLayout(page);
    }),
  );
});
