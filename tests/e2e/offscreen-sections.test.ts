/**
 * On a phone an article's sections off screen are not rendered until they come near
 * (content-visibility: auto, reading.css; the wrappers from src/markdown/rehype-sections.ts).
 * Everything that goes to a place inside one must still land there: a footnote marker and its
 * back link, a link to a passage from another page, the contents with its scroll-spy, find in
 * page, a screen reader's headings, links and table cells; printing renders every section; a wide screen (sidenotes) renders them as before. The
 * data page's stacked rows and maps are rendered the same way.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { accessibleRoleCounts, HAS_BROWSER, launchBrowserForScreenReader, useBrowserAndServer } from '../support/browser.ts';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';
import { phone } from '../support/phone.ts';

const ARTICLES = builtPages()
  .map((page) => urlPathOf(page.path))
  .filter((path) => isArticlePath(path));

/** Where an element is on screen: its top and bottom, and the height of the screen. */
const placeOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top: Math.round(top), bottom: Math.round(bottom), screen: innerHeight };
  });

/** Whether the element is on screen, wholly or in part (a long note may be taller than the screen). */
const onScreen = ({ top, bottom, screen }: { top: number; bottom: number; screen: number }) => bottom > 0 && top < screen;

describe.skipIf(!HAS_BROWSER)('sections off screen on a phone', () => {
  const site = useBrowserAndServer(DIST);

  /** A page on a phone; reduced motion, so that jumps are instant (smooth over a long way could outlast a poll). */
  const open = async (path: string, options: BrowserContextOptions = phone(375)): Promise<Page> => {
    const context = await site.browser.newContext({ reducedMotion: 'reduce', ...options });
    const page = await context.newPage();
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    return page;
  };

  it.each(ARTICLES)('%s: the sections are wrapped; one far down is rendered only once scrolled to', async (path) => {
    const page = await open(path);
    // A section's own box is laid out; its content is what is skipped until it comes near.
    const rendered = () => page.evaluate(() => [...document.querySelectorAll('.prose > :is(.part, .footnotes, .bibliography)')].map((part) => part.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) === true));
    const styles = await page.evaluate(() => [...document.querySelectorAll('.prose > :is(.part, .footnotes, .bibliography)')].map((part) => getComputedStyle(part).contentVisibility));
    expect(styles.length).toBeGreaterThan(5);
    expect(new Set(styles)).toEqual(new Set(['auto']));
    expect((await rendered()).at(-1), 'the references, far down, at load').toBe(false);
    await page.locator('.prose > .bibliography').evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
    await page.context().close();
  });

  it.each(ARTICLES)('%s: a screen reader finds every heading, link and table cell, rendered or not', async (path) => {
    // Accessibility on, as while a screen reader runs (without it, Chromium leaves out what is not rendered).
    const browser = await launchBrowserForScreenReader();
    try {
      const page = await (await browser.newContext(phone(375))).newPage();
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.querySelector('.prose > .bibliography')!.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })), 'the references, not rendered yet').toBe(false);
      const dom = await page.evaluate(() => ({ heading: document.querySelectorAll('.prose :is(h2, h3)').length, link: document.querySelectorAll('.prose a[href]').length, cell: document.querySelectorAll('.prose td').length }));
      const tree = await accessibleRoleCounts(page, ['heading', 'link', 'cell']);
      // At least the body's: the tree holds the page's title, header and footer too.
      for (const role of ['heading', 'link', 'cell'] as const) expect(tree[role], role).toBeGreaterThanOrEqual(dom[role]);
    } finally {
      await browser.close();
    }
  });

  it.each(ARTICLES)('%s: a footnote marker far down lands on its note, and the back link on the marker', async (path) => {
    const page = await open(path);
    // The last marker: its note, near the end, sits inside a section not rendered yet.
    const marker = page.locator('.prose [data-footnote-ref]').last();
    const markerId = (await marker.getAttribute('id'))!;
    const noteHash = (await marker.getAttribute('href'))!;
    await marker.evaluate((element) => element.scrollIntoView({ behavior: 'instant', block: 'center' }));
    await marker.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(noteHash);
    await expect.poll(async () => onScreen(await placeOf(page, noteHash))).toBe(true);
    await page.locator(`${noteHash} [data-footnote-backref]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${markerId}`);
    await expect.poll(async () => onScreen(await placeOf(page, `[id="${markerId}"]`))).toBe(true);
    await page.context().close();
  });

  it.each(ARTICLES)('%s: a link to a passage near the end, from another page, lands on the passage', async (path) => {
    const first = await open(path);
    const id = await first.evaluate(() => [...document.querySelectorAll('.prose > .part p[id]')].at(-1)!.id);
    await first.context().close();
    const page = await open(`${path}#${id}`);
    // At the top of the screen (below its scroll margin), not merely somewhere on it.
    await expect.poll(async () => {
      const { top, screen } = await placeOf(page, `[id="${id}"]`);
      return top >= -1 && top < screen / 3;
    }).toBe(true);
    await page.context().close();
  });

  it('the contents link to a section lands on its heading, and the scroll-spy marks it', async () => {
    const page = await open(ARTICLES[0]!);
    // The longest section of the body after the first: long enough that the next heading is off screen.
    const hash = await page.evaluate(() => {
      const parts = [...document.querySelectorAll<HTMLElement>('.prose > .part')].slice(1);
      const longest = parts.reduce((a, b) => (Number(b.style.getPropertyValue('--chars')) > Number(a.style.getPropertyValue('--chars')) ? b : a));
      return `#${longest.querySelector('h2, h3')!.id}`;
    });
    await page.locator(`.toc a[href="${hash}"]`).click();
    await expect.poll(async () => onScreen(await placeOf(page, hash))).toBe(true);
    await expect.poll(() => page.locator('.toc a[aria-current="true"]').getAttribute('href')).toBe(hash);
    await page.context().close();
  });

  it('find in page finds words in a section not rendered yet, and shows them', async () => {
    const page = await open(ARTICLES[0]!);
    // Words from the last paragraph of the body, far below the first screen.
    const words = await page.evaluate(() => [...document.querySelectorAll('.prose > .part p')].at(-1)!.textContent!.trim().split(/\s+/).slice(0, 4).join(' '));
    // window.find is Chromium's find in page as a function (it selects and scrolls to the match);
    // TypeScript's DOM types leave it out, hence the cast.
    const found = await page.evaluate((text) => (window as unknown as { find: (text: string) => boolean }).find(text), words);
    expect(found).toBe(true);
    const shown = await page.evaluate(() => {
      const { top, bottom } = getSelection()!.getRangeAt(0).getBoundingClientRect();
      return bottom > 0 && top < innerHeight;
    });
    expect(shown).toBe(true);
    await page.context().close();
  });

  it('printed, every section is rendered; on a wide screen too', async () => {
    const page = await open(ARTICLES[0]!);
    const styles = () => page.evaluate(() => [...new Set([...document.querySelectorAll('.prose > *')].map((part) => getComputedStyle(part).contentVisibility))]);
    await page.emulateMedia({ media: 'print' });
    expect(await styles()).toEqual(['visible']);
    await page.context().close();
    const wide = await open(ARTICLES[0]!, { viewport: { width: 1440, height: 900 } });
    expect(await wide.evaluate(() => [...new Set([...document.querySelectorAll('.prose > *')].map((part) => getComputedStyle(part).contentVisibility))])).toEqual(['visible']);
    await wide.context().close();
  });

  it('/data/: a link to a figure far down the table lands on its row, and a map below the table still comes alive', async () => {
    const first = await open('/data/');
    const rows = await first.evaluate(() => [...document.querySelectorAll('table[data-sortable] > tbody > tr')].map((row) => ({ id: row.id, style: getComputedStyle(row).contentVisibility })));
    expect(new Set(rows.map((row) => row.style))).toEqual(new Set(['auto']));
    await first.context().close();
    const id = rows.at(-5)!.id;
    const page = await open(`/data/#${id}`);
    await expect.poll(async () => {
      const { top, screen } = await placeOf(page, `[id="${id}"]`);
      return top >= -1 && top < screen / 3;
    }).toBe(true);
    const map = page.locator('.data-maps flow-map').last();
    await map.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
    await expect.poll(() => map.getAttribute('data-ready'), { timeout: 10_000 }).not.toBeNull();
    await page.context().close();
  });
});
