/**
 * Pages as a phone shows them (WCAG 1.4.10 reflow): the browser context of a phone of a given width,
 * and the check that nothing makes the page scroll sideways and that the header is compact, with every
 * destination on screen and large enough to tap. pages.test.ts runs it on every page at 320 px with
 * JavaScript, no-js.test.ts at 375 px without.
 */
import { expect } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';

/** A phone: the meta viewport honoured, overlay scroll bars, touch; 800 px tall. */
export const phone = (width: number): BrowserContextOptions => ({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

/**
 * The header may take at most an eighth of a 375 × 800 screen; at 320 px its destinations may wrap
 * onto a second row (every one stays in view).
 */
export const headerMaxHeight = (width: number): number => (width >= 375 ? 100 : 130);
/** WCAG 2.2 target size (minimum), 2.5.8. */
export const MIN_TARGET = 24;

/** Works with the page's scripts off too: it runs in Playwright's utility world. */
function measure(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const offenders = [...document.querySelectorAll('body *')]
      .filter((element) => shown(element) && element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`);
    const header = document.querySelector('.site-header')?.getBoundingClientRect().height ?? Infinity;
    const controls = [...document.querySelectorAll('.site-header a, .site-header button')].filter(shown).map((element) => {
      const { left, right, height } = element.getBoundingClientRect();
      return { name: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName, left, right, height };
    });
    return { width, scrollWidth: document.documentElement.scrollWidth, offenders, header, controls };
  });
}

/** Fails, naming what sticks out, when the page is wider than the screen or its header is not phone-sized. */
export async function expectPhoneLayout(page: Page): Promise<void> {
  const found = await measure(page);
  expect(found.scrollWidth, `wider than the ${found.width} px screen: ${found.offenders.join(', ')}`).toBeLessThanOrEqual(found.width);
  expect(found.header, 'header height').toBeLessThanOrEqual(headerMaxHeight(found.width));
  expect(found.controls.length).toBeGreaterThan(0);
  for (const control of found.controls) {
    expect(control.left, `${control.name} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(control.right, `${control.name} ends off screen`).toBeLessThanOrEqual(found.width);
    expect(control.height, `${control.name} is too small to tap`).toBeGreaterThanOrEqual(MIN_TARGET);
  }
}
