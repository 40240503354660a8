/**
 * Search in Chromium, against a site built from tests/fixtures/content/search (its own out dir):
 * name variants (Cyrillic), filters, the keyboard-only dialog, URL state, highlighting, no search
 * request before search is opened, and the no-JavaScript fallback. Relevance and excerpts on the
 * real site: search-relevance.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer, openGuardedPage } from '../support/browser.ts';
import { $$, attr, parse, text } from '../support/html.ts';
import { buildFixtureSiteOrFail, fixtureSiteDist } from '../support/fixture-site.ts';
import { trackRequests } from '../support/page-runner.ts';

const DIST = fixtureSiteDist('search');
const ARTICLE = '/articles/example-groups/';

function buildSearchSite(): void {
  buildFixtureSiteOrFail('search', { content: 'tests/fixtures/content/search' });
}

/** Requests the page made for search: the UI module and anything of Pagefind's. */
function searchRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => /\/pagefind\/|\/search\/ui\.js/.test(url));
}

/** expect.poll with room for a cold start (Pagefind's wasm and index load on the first search). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

async function resultLinks(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} .search-results a`).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash));
}

describe('search: built HTML', () => {
  beforeAll(() => buildSearchSite(), 180_000);

  it('article pages carry the search loader inline, under 1 KB, and no other search script', () => {
    const tree = parse(readFileSync(join(DIST, 'articles', 'example-groups', 'index.html'), 'utf8'));
    const scripts = $$(tree, 'script');
    const search = scripts.filter((script) => /search-dialog|pagefind|search\/ui/.test(text(script) + (attr(script, 'src') ?? '')));
    expect(search).toHaveLength(1);
    expect(attr(search[0]!, 'src')).toBeUndefined();
    expect(attr(search[0]!, 'type')).toBe('module');
    expect(Buffer.byteLength(text(search[0]!))).toBeLessThanOrEqual(1024);
  });

  it('indexes only the main content; mentions carry their entity id, not its spellings (the index adds those)', () => {
    const tree = parse(readFileSync(join(DIST, 'articles', 'example-groups', 'index.html'), 'utf8'));
    expect($$(tree, '[data-pagefind-body]')).toHaveLength(1);
    expect($$(tree, 'header [data-pagefind-body], footer [data-pagefind-body], dialog [data-pagefind-body]')).toEqual([]);
    const mention = $$(tree, 'a.entity[href$="/entities/ktj/"]')[0]!;
    expect(attr(mention, 'dataPagefindIndexAttrs')).toBeUndefined();
    expect(attr(mention, 'dataNameVariants')).toBeUndefined();
  });
});

describe.skipIf(!HAS_BROWSER)('search in a browser', () => {
  const site = useBrowserAndServer(DIST);

  it('an article page makes no search request until search is opened', async () => {
    const { page, report } = await openGuardedPage(site.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const inFlight = trackRequests(page);
    await page.goto(`${site.server.url}${ARTICLE}`, { waitUntil: 'load' });
    await inFlight.settled({ scroll: false });
    expect(searchRequests(requests)).toEqual([]);
    // The reading script only (the same file on every page): nothing of search's.
    expect(requests.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname)).toEqual([expect.stringMatching(/^\/_astro\/ReadingScript\.[^/]*\.js$/)]);
    await page.keyboard.press('/');
    await page.locator('#search-dialog input[name="q"]').fill('Tashkent');
    await poll(() => page.locator('#search-dialog .search-result').count()).toBeGreaterThan(0);
    expect(searchRequests(requests).some((url) => url.includes('/search/ui.js'))).toBe(true);
    expect(searchRequests(requests).some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it.each(['Катибат ат-Таухид валь Джихад', 'Катибат ат-Тавҳид вал Жиҳод'])(
    'a Cyrillic name variant (%s) finds the organisation’s page and the article passage',
    async (query) => {
      const { page, report } = await openGuardedPage(site.browser);
      await page.goto(`${site.server.url}/`);
      await page.locator('[data-search-open]').click();
      await page.locator('#search-dialog input[name="q"]').fill(query);
      await poll(() => resultLinks(page, '#search-dialog')).toContain('/entities/ktj/');
      expect(await resultLinks(page, '#search-dialog')).toContain(`${ARTICLE}#groups-in-syria`);
      await poll(() => page.locator('#search-dialog .search-status').textContent()).toMatch(/^\d+ results? for “/);
      expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
      await page.context().close();
    },
  );

  it('Latin variants find the same pages: Toshkent → Tashkent, Kyrgyz Republic → Kyrgyzstan', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}/search/?q=Toshkent`);
    await poll(() => resultLinks(page, '.search-page')).toContain('/entities/tashkent/');
    expect(await resultLinks(page, '.search-page')).toContain(`${ARTICLE}#the-capital`);
    await page.goto(`${site.server.url}/search/?q=Kyrgyz+Republic`);
    await poll(() => resultLinks(page, '.search-page')).toContain('/entities/kyrgyzstan/');
    await page.context().close();
  });

  it('filters narrow the results and work without a query', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}/search/?country=Tajikistan`);
    const status = page.locator('.search-page .search-status');
    await poll(() => status.textContent()).toMatch(/results? in Tajikistan/);
    // Each article section is a result of its own: the entity comes after them, on the next page of results.
    const more = page.locator('.search-page .search-more');
    while (await more.isVisible()) {
      const shown = await page.locator('.search-page .search-result').count();
      // Scrolled into view the button may load the next results itself: either way the list grows.
      await more.evaluate((button) => button instanceof HTMLButtonElement && button.click());
      await poll(async () => (await page.locator('.search-page .search-result').count()) > shown || !(await more.isVisible())).toBe(true);
    }
    const all = await resultLinks(page, '.search-page');
    expect(all).toEqual(expect.arrayContaining(['/articles/example-features/', ARTICLE, '/entities/tajikistan/']));
    await page.locator('.search-page select[name="kind"]').selectOption('Article');
    await poll(() => status.textContent()).toMatch(/in Article · Tajikistan/);
    const articles = (await resultLinks(page, '.search-page')).filter((link) => !link.includes('#'));
    expect(articles.sort()).toEqual(['/articles/example-features/', ARTICLE]);
    expect(new URL(page.url()).search).toBe('?kind=Article&country=Tajikistan');
    await page.locator('.search-page select[name="organisation"]').selectOption('Katibat al-Tawhid wal Jihad (KTJ)');
    await poll(async () => (await resultLinks(page, '.search-page')).filter((link) => !link.includes('#'))).toEqual([ARTICLE]);
    await page.context().close();
  });

  it('the URL state round-trips: shared links, the back button and reloads', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}/search/?q=Toshkent&kind=Entity`);
    const input = page.locator('.search-page input[name="q"]');
    const kind = page.locator('.search-page select[name="kind"]');
    await poll(() => resultLinks(page, '.search-page')).toEqual(['/entities/tashkent/']);
    expect(await input.inputValue()).toBe('Toshkent');
    expect(await kind.inputValue()).toBe('Entity');

    await kind.selectOption('');
    await poll(() => new URL(page.url()).search).toBe('?q=Toshkent');
    await input.fill('Kyrgyz Republic');
    await poll(() => new URL(page.url()).search).toBe('?q=Kyrgyz+Republic');
    await poll(() => resultLinks(page, '.search-page')).toContain('/entities/kyrgyzstan/');

    await page.goBack();
    await poll(() => new URL(page.url()).search).toBe('?q=Toshkent');
    await poll(() => input.inputValue()).toBe('Toshkent');
    await poll(() => resultLinks(page, '.search-page')).toContain(`${ARTICLE}#the-capital`);
    await page.goBack();
    await poll(() => kind.inputValue()).toBe('Entity');
    await poll(() => resultLinks(page, '.search-page')).toEqual(['/entities/tashkent/']);

    await page.reload();
    await poll(() => resultLinks(page, '.search-page')).toEqual(['/entities/tashkent/']);
    expect(await input.inputValue()).toBe('Toshkent');
    await page.context().close();
  });

  it('the dialog works by keyboard alone: "/", typing, arrows, Enter, a focus trap, Esc and focus return', async () => {
    const { page, report } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}/entities/`);
    const dialog = page.locator('#search-dialog');
    const inDialog = () => page.evaluate(() => document.querySelector('#search-dialog')!.contains(document.activeElement));

    // Tab to the header button and open it with Enter; Esc closes and focus returns to the button.
    const button = page.locator('[data-search-open]');
    await button.focus();
    await page.keyboard.press('Enter');
    await poll(() => dialog.evaluate((el) => (el as HTMLDialogElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.getAttribute('aria-labelledby')).toBe('search-dialog-title');
    await page.keyboard.press('Escape');
    await poll(() => dialog.evaluate((el) => (el as HTMLDialogElement).open)).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    // Ctrl+K opens it too; type, then move into the results with the arrow keys.
    await page.keyboard.press('Control+k');
    await poll(() => dialog.evaluate((el) => (el as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.type('Daesh Toshkent');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Toshkent');
    await poll(() => dialog.locator('.search-result').count()).toBeGreaterThan(0);
    await poll(() => dialog.locator('.search-status').textContent()).toMatch(/for “Toshkent”/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-results') !== null)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');

    // Focus stays inside the dialog, forwards and backwards.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await inDialog()).toBe(true);
    }
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inDialog()).toBe(true);
    }

    // Enter follows the focused result, landing on its section with the query highlighted.
    await page.locator('#search-dialog input[name="q"]').focus();
    await page.keyboard.press('ArrowDown');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(new URL(page.url()).searchParams.get('pagefind-highlight')).toBe('toshkent');
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it('a result link lands on the passage with the query highlighted', async () => {
    const { page, report } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${ARTICLE}?pagefind-highlight=tashkent#the-capital`);
    await poll(() => page.locator('mark').allTextContents()).toContain('Tashkent');
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it('without JavaScript the header link leads to a page that says how to search', async () => {
    const { page } = await openGuardedPage(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.server.url}${ARTICLE}`);
    expect(await page.locator('[data-search-open]').isVisible()).toBe(false);
    await page.locator('header a[data-search-link]').click();
    await page.waitForURL(`${site.server.url}/search/`);
    expect(await page.locator('h1').textContent()).toBe('Search');
    expect(await page.locator('.search-page site-search').isVisible()).toBe(false);
    expect(await page.locator('.search-nojs').isVisible()).toBe(true);
    expect(await page.locator('.search-nojs a[href="/entities/"]').count()).toBe(1);
    await page.context().close();
  });
});
