/**
 * The article page's progressive enhancements in Chromium: previews by mouse, keyboard and touch,
 * sidenotes at a wide viewport, the theme toggle, copy buttons, scroll-spy, and the page without
 * JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';

const article = builtPages()
  .map((page) => urlPathOf(page.path))
  .find((path) => isArticlePath(path))!;

describe.skipIf(!HAS_BROWSER)('reading enhancements', () => {
  const site = useBrowserAndServer(DIST);

  async function open(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
    const page = await context.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await page.goto(`${site.server.url}${article}`);
    return page;
  }

  const preview = (page: Page) => page.locator('#preview');
  const entryText = async (page: Page, hash: string) => (await page.locator(hash).innerText()).trim().slice(0, 30);

  it('shows the reference of a citation on mouse hover', async () => {
    const page = await open();
    const citation = page.locator('.prose .citation a').first();
    await citation.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await preview(page).innerText()).toContain(await entryText(page, (await citation.getAttribute('href'))!));
    await page.mouse.move(0, 0);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows it on keyboard focus; Esc closes and focus returns to the citation', async () => {
    const page = await open();
    const citation = page.locator('.prose .citation a').nth(2);
    await citation.focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await citation.getAttribute('aria-describedby')).toBe('preview');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#preview') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await citation.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('toggles on tap without leaving the passage (touch)', async () => {
    const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const citation = page.locator('.prose .citation a').nth(1);
    await citation.scrollIntoViewIfNeeded();
    await citation.tap();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await citation.tap();
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('previews a footnote (without its back link) and an entity description', async () => {
    const page = await open();
    const marker = page.locator('.prose [data-footnote-ref]').first();
    await marker.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const note = (await page.locator((await marker.getAttribute('href'))!).innerText()).trim().slice(0, 30);
    expect(await preview(page).innerText()).toContain(note);
    expect(await preview(page).locator('[data-footnote-backref]').count()).toBe(0);
    const entity = page.locator('.prose a.entity[data-def]').first();
    await entity.hover();
    await expect.poll(async () => (await preview(page).innerText()).includes(((await entity.getAttribute('data-def')) ?? '').slice(0, 20))).toBe(true);
    await page.context().close();
  });

  it('sets footnotes as sidenotes beside their markers at a wide viewport, not at a narrow one', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const markers = page.locator('.prose [data-footnote-ref]');
    expect(await page.locator('.sidenote').count()).toBe(await markers.count());
    for (const i of [0, 1]) {
      const marker = (await markers.nth(i).boundingBox())!;
      const note = (await page.locator('.sidenote').nth(i).boundingBox())!;
      const prose = (await page.locator('.prose').boundingBox())!;
      expect(note.x).toBeGreaterThanOrEqual(prose.x + prose.width - 1);
      expect(note.x + note.width).toBeLessThanOrEqual(1440);
      expect(Math.abs(note.y - marker.y)).toBeLessThan(i === 0 ? 40 : 400);
    }
    expect(await page.locator('.sidenote a:not([tabindex="-1"])').count()).toBe(0);
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(() => page.locator('.sidenote').count()).toBe(0);
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
    await page.locator(hash).evaluate((h) => h.scrollIntoView());
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(hash);
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
