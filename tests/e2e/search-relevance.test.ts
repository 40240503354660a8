/**
 * Search relevance and excerpts in Chromium, on the real built site, for issue 15's queries: an
 * article passage among the first three results, and excerpts that show the passage's own words
 * (saying which spelling matched when only a name variant did). The rest of search:
 * search.test.ts, against a fixture site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer, openGuardedPage } from '../support/browser.ts';
import { DIST as SITE_DIST } from '../support/dist.ts';
import { shownResults } from '../support/search-results.ts';

/** expect.poll with room for a cold start (Pagefind's wasm and index load on the first search). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

describe.skipIf(!HAS_BROWSER)('search relevance and excerpts on the built site', () => {
  const site = useBrowserAndServer(SITE_DIST);

  async function searchInDialog(query: string): Promise<Page> {
    const { page, report } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}/articles/isil-and-central-asia-2014/`);
    await page.locator('[data-search-open]').click();
    await page.locator('#search-dialog input[name="q"]').fill(query);
    await poll(() => page.locator('#search-dialog .search-status').textContent()).toMatch(/^\d+ results? for “/);
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    return page;
  }

  it.each(['Tajikistan', 'KTJ', 'Daesh', 'Катибат'])('an article passage (a section’s own result) is among the first three results for %s', async (query) => {
    const page = await searchInDialog(query);
    const { links } = await shownResults(page, '#search-dialog');
    expect(links.slice(0, 3).some((link) => /^\/articles\/[^/]+\/#./.test(link)), links.join(', ')).toBe(true);
    await page.context().close();
  });

  // The two queries that match name variants hidden in attributes, which the excerpts used to show.
  it.each(['Daesh', 'Катибат'])('every excerpt for %s marks a word of its passage’s visible text', async (query) => {
    const page = await searchInDialog(query);
    const { excerpts } = await shownResults(page, '#search-dialog');
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((excerpt) => !excerpt.ok).map((excerpt) => excerpt.href)).toEqual([]);
    await page.context().close();
  });

  it('a passage found only by a name variant shows its own words and says which spelling matched', async () => {
    const page = await searchInDialog('Daesh');
    await page.locator('#search-dialog .search-more').click();
    await poll(() => page.locator('#search-dialog .search-alias').count()).toBeGreaterThan(0);
    const note = page.locator('#search-dialog .search-alias').first();
    expect(await note.textContent()).toMatch(/^Matched the spellings? “[^”]*Daesh[^”]*” \(.+\)/);
    const excerpt = note.locator('xpath=preceding-sibling::p[@class="search-excerpt"]');
    expect(await excerpt.innerText()).not.toMatch(/Daesh/);
    expect(await excerpt.locator('mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
