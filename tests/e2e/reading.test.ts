/** The home page and the articles in Chromium: no console error, nothing leaves 127.0.0.1, links work. */
import { describe, expect, it } from 'vitest';
import { HAS_BROWSER, useBrowserAndServer, openGuardedPage } from '../support/browser.ts';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';

const articlePaths = builtPages()
  .map((page) => urlPathOf(page.path))
  .filter((path) => isArticlePath(path));

describe.skipIf(!HAS_BROWSER)('reading in a browser', () => {
  const site = useBrowserAndServer(DIST);

  it.each(['/', ...articlePaths])('%s loads with no console error and no request leaving 127.0.0.1', async (path) => {
    const { page, report } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    expect(await page.locator('h1').count()).toBe(1);
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it('a citation links to its bibliography entry', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${articlePaths[0]}`);
    const citation = page.locator('.citation a').first();
    const target = (await citation.getAttribute('href'))!;
    await citation.click();
    expect(new URL(page.url()).hash).toBe(target);
    await expect.poll(() => page.locator(`${target}.csl-entry`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('a footnote link and its back link work', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${articlePaths[0]}`);
    const reference = page.locator('[data-footnote-ref]').first();
    const refId = (await reference.getAttribute('id'))!;
    const noteHash = (await reference.getAttribute('href'))!;
    await reference.click();
    expect(new URL(page.url()).hash).toBe(noteHash);
    await page.locator(`${noteHash} [data-footnote-backref]`).click();
    expect(new URL(page.url()).hash).toBe(`#${refId}`);
    await page.context().close();
  });

  it('a section heading is named once, by its text; its permalink sits beside it and is named for the section', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${articlePaths[0]}`);
    const heading = page.locator('.prose .heading-wrap > h2').first();
    const title = (await heading.textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(3);
    await expect.poll(() => page.getByRole('heading', { name: title, exact: true }).count()).toBe(1);
    const anchor = page.getByRole('link', { name: `Link to the section “${title}”`, exact: true });
    expect(await anchor.getAttribute('href')).toBe(`#${await heading.getAttribute('id')}`);
    await page.context().close();
  });

  it('on a phone the section links ("#"), the figure links heading stacked rows and the footer\'s lone link are 24 px targets (WCAG 2.5.8)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${articlePaths[0]}`);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('.heading-anchor, table[data-stack] > tbody > tr > th > a:only-child, .site-footer p > a:only-child')].map((target) => {
        const { width, height } = target.getBoundingClientRect();
        return { target: target.getAttribute('href'), small: width < 24 || height < 24 };
      }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes.filter((size) => size.small)).toEqual([]);
    await context.close();
  });

  it('printed, a page says where it came from and drops the screen-only controls', async () => {
    const { page } = await openGuardedPage(site.browser);
    await page.goto(`${site.server.url}${articlePaths[0]}`);
    expect(await page.locator('.print-url').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-url');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toContain(articlePaths[0]);
    expect(await page.locator('.heading-anchor').first().isVisible()).toBe(false);
    await page.context().close();
  });
});
