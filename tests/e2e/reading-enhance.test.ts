/**
 * The article page's progressive enhancements in Chromium (previews are in previews.test.ts):
 * sidenotes at a wide viewport, the theme toggle, copy buttons, scroll-spy, and the page without
 * JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { openArticle } from '../support/article-page.ts';

describe.skipIf(!HAS_BROWSER)('reading enhancements', () => {
  const site = useBrowserAndServer(DIST);

  const open = (options: BrowserContextOptions = {}): Promise<Page> => openArticle(site.browser, site.server.url, options);

  it('sets footnotes as sidenotes beside their markers at a wide viewport, not at a narrow one', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const markers = page.locator('.prose [data-footnote-ref]');
    const sidenotes = page.locator('.sidenote');
    expect(await sidenotes.count()).toBeGreaterThan(0);
    const prose = (await page.locator('.prose').boundingBox())!;
    const note = (await sidenotes.first().boundingBox())!;
    expect(note.x).toBeGreaterThanOrEqual(prose.x + prose.width - 1);
    expect(note.x + note.width).toBeLessThanOrEqual(1440);
    expect(await page.locator('.sidenote a:not([tabindex="-1"])').count()).toBe(0);
    // Every marker has its note beside it, at most 200 px lower, or (where the margin is full) a preview.
    const placed = await markers.evaluateAll((refs) =>
      refs.map((ref) => {
        const side = [...document.querySelectorAll<HTMLElement>('.sidenote')].find((candidate) => candidate.dataset['n'] === ref.textContent);
        return { n: ref.textContent, folded: ref.hasAttribute('data-fold'), drift: side ? side.getBoundingClientRect().top - ref.getBoundingClientRect().top : null };
      }),
    );
    for (const { n, folded, drift } of placed) {
      if (folded) expect(drift, `note ${n}`).toBeNull();
      else expect(drift, `note ${n}`).toBeLessThanOrEqual(200);
    }
    const folded = page.locator('.prose [data-footnote-ref][data-fold]').first();
    if ((await folded.count()) > 0) {
      await folded.hover();
      await expect.poll(() => page.locator('#preview').isVisible()).toBe(true);
    }
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(() => sidenotes.count()).toBe(0);
    await page.context().close();
  });

  it('switches and remembers the theme', async () => {
    const page = await open({ colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    expect(await background()).toBe(light);
    await page.context().close();
  });

  it('copies a citation format', async () => {
    const page = await open({ permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator('[data-copy="cite-chicago"]');
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe((await page.locator('#cite-chicago').innerText()).trim());
    await page.context().close();
  });

  it('marks the section being read in the contents', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const link = page.locator('.toc a').nth(2);
    const hash = (await link.getAttribute('href'))!;
    // An instant scroll (the page scrolls smoothly otherwise, and a long way takes a while on a
    // loaded machine), repeated on each try in case the text moved after the first.
    await expect
      .poll(async () => {
        await page.locator(hash).evaluate((h) => h.scrollIntoView({ behavior: 'instant' }));
        return page.locator('.toc a[aria-current="true"]').getAttribute('href');
      })
      .toBe(hash);
    await page.context().close();
  });

  it('without JavaScript: plain links, notes at the end, no toggle or copy buttons', async () => {
    const page = await open({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    expect(await page.locator('.copy-button').first().isVisible()).toBe(false);
    expect(await page.locator('.sidenote').count()).toBe(0);
    expect(await page.locator('.footnotes li').first().isVisible()).toBe(true);
    const citation = page.locator('.prose .citation a').first();
    await citation.click();
    expect(new URL(page.url()).hash).toBe(await citation.getAttribute('href'));
    await page.context().close();
  });
});
