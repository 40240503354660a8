/**
 * Keyboard only: Tab walks the home page, an article and the search dialog. Every interactive
 * element is reached, in document order (no positive tabindex, nothing skipped), and each one
 * shows a focus indicator (an outline or a box shadow) and is scrolled into view.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer, openGuardedPage } from '../support/browser.ts';
import { DIST, isArticlePath } from '../support/dist.ts';
import { sitePages } from '../support/site-pages.ts';

const article = sitePages().find((page) => isArticlePath(page.url))!.url;

/** Parts that open on focus and hold copies of links found elsewhere on the page. */
const DYNAMIC = '.preview, .flow-map-panel';

interface Stop {
  /** Position of the focused element among the expected ones (-1: not one of them). */
  index: number;
  what: string;
  indicator: boolean;
  inView: boolean;
}

/** Numbers the elements Tab should reach, in document order, inside `scope`; returns how many. */
function markFocusable(page: Page, scope: string): Promise<number> {
  return page.evaluate(([scope, dynamic]) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]';
    const root = document.querySelector(scope)!;
    const elements = [...root.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.tabIndex >= 0 &&
        !(element as HTMLButtonElement).disabled &&
        !element.closest(`[inert], ${dynamic}`) &&
        element.checkVisibility({ visibilityProperty: true }) &&
        // A radio group is one Tab stop: its checked radio (arrow keys move within it).
        !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked && document.querySelector(`input[type="radio"][name="${CSS.escape(element.name)}"]:checked`) !== null),
    );
    // Numbered in a map, not an attribute, so that copies (a preview, a map's details) are not numbered.
    const numbers = new WeakMap(elements.map((element, index) => [element, index]));
    (window as unknown as { __kw: WeakMap<Element, number> }).__kw = numbers;
    return elements.length;
  }, [scope, DYNAMIC] as const);
}

/** Scrolls each island (map) into view and waits until it has hydrated, so the walk sees the final page. */
async function hydrateIslands(page: Page): Promise<void> {
  for (const island of await page.locator('flow-map').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-ready')).toBe('');
  }
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

/** Presses Tab and describes where focus went. */
async function tab(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab');
  const stop = await describeFocus(page);
  if (stop.index >= 0 && !stop.indicator) {
    // No outline or shadow: the focus may show otherwise (an SVG link's stroke), so compare pixels.
    const element = (await page.evaluateHandle(() => document.activeElement)).asElement()!;
    const focused = await element.screenshot({ animations: 'disabled' });
    await element.evaluate((node) => (node as HTMLElement).blur());
    const blurred = await element.screenshot({ animations: 'disabled' });
    await element.focus();
    stop.indicator = !focused.equals(blurred);
  }
  return stop;
}

function describeFocus(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { index: -1, what: 'body', indicator: false, inView: false };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      index: (window as unknown as { __kw: WeakMap<Element, number> }).__kw.get(element) ?? -1,
      what: `${element.tagName.toLowerCase()} "${(element.innerText || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().slice(0, 40)}"`,
      indicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/** Tabs until focus leaves the marked elements or comes back round; returns the stops on marked ones. */
async function walk(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let presses = 0; presses < count * 2 + 10; presses += 1) {
    const stop = await tab(page);
    if (stop.index === -1) {
      // Links in what opens on focus (a citation's preview, a map's details) are extra stops.
      if ((await page.evaluate((dynamic) => !!document.activeElement?.closest(dynamic), DYNAMIC))) continue;
      stops.push(stop);
      break;
    }
    if (stops.length > 0 && stop.index <= stops.at(-1)!.index) {
      stops.push(stop);
      break;
    }
    stops.push(stop);
    if (stop.index === count - 1) break;
  }
  return stops;
}

function expectGoodWalk(stops: Stop[], count: number): void {
  // Every element, once each, in document order.
  expect(stops.map((stop) => stop.index)).toEqual([...Array(count).keys()]);
  expect(stops.filter((stop) => !stop.indicator).map((stop) => stop.what)).toEqual([]);
  expect(stops.filter((stop) => !stop.inView).map((stop) => stop.what)).toEqual([]);
}

describe.skipIf(!HAS_BROWSER)('keyboard only', () => {
  const site = useBrowserAndServer(DIST);

  it.each(['/', article])('%s: Tab reaches every interactive element in order, each visibly focused', async (path) => {
    const { page, report } = await openGuardedPage(site.browser);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}${path}`);
      await hydrateIslands(page);
      const count = await markFocusable(page, 'body');
      expect(count).toBeGreaterThan(5);
      const stops = await walk(page, count);
      expect(stops[0]?.what).toBe('a "Skip to content"');
      expectGoodWalk(stops, count);
      expect(report.consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('the skip link moves focus to the main content', async () => {
    const { page } = await openGuardedPage(site.browser);
    try {
      await page.goto(`${site.server.url}${article}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await page.context().close();
    }
  });

  it('search: opened from the keyboard, results reached by Tab inside the dialog, Escape returns focus', async () => {
    const { page, report } = await openGuardedPage(site.browser);
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${site.server.url}/`);
      const trigger = page.locator('button[data-search-open]');
      await expect.poll(() => trigger.isVisible()).toBe(true);
      // Tab to the header's search button, then open it with Enter.
      for (let presses = 0; presses < 30 && !(await trigger.evaluate((button) => button === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
      expect(await trigger.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      const dialog = page.locator('#search-dialog');
      await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-q');
      await page.keyboard.type('Tajikistan');
      await expect.poll(() => dialog.locator('.search-results li').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      const count = await markFocusable(page, '#search-dialog');
      const stops: Stop[] = [];
      for (let presses = 0; presses < count + 5; presses += 1) {
        const stop = await tab(page);
        // Focus never leaves the modal dialog for the page behind it.
        expect(await page.evaluate(() => !!document.activeElement?.closest('#search-dialog') || document.activeElement === document.body)).toBe(true);
        if (stop.index >= 0) stops.push(stop);
      }
      const reached = new Set(stops.map((stop) => stop.index));
      expect([...Array(count).keys()].filter((index) => !reached.has(index))).toEqual([]);
      expect(stops.filter((stop) => !stop.indicator).map((stop) => stop.what)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((element) => (element as HTMLDialogElement).open)).toBe(false);
      expect(await trigger.evaluate((button) => button === document.activeElement)).toBe(true);
      expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    } finally {
      await page.context().close();
    }
  });
});
