/**
 * Previews of citations, note markers and glossary/entity mentions in Chromium, by mouse, keyboard
 * and touch: each path moves from one preview to the next in one step, the preview adds no Tab
 * stop, it stays inside the viewport, and every attribute it changes is put back.
 */
import { entityIdFromHref } from '../../src/lib/urls.ts';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { openArticle } from '../support/article-page.ts';
import { nextFrames } from '../support/page-runner.ts';

const TRIGGERS = '.prose .citation a[href^="#bib-"], .prose a[data-footnote-ref], .prose a.entity';
/** How many triggers in a row each path walks through. */
const WALK = 16;
const PHONE: BrowserContextOptions = { hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } };

describe.skipIf(!HAS_BROWSER)('previews', () => {
  const site = useBrowserAndServer(DIST);
  const open = (options: BrowserContextOptions = {}) => openArticle(site.browser, site.server.url, options);
  const preview = (page: Page) => page.locator('#preview');

  /** An entity mention's definition, from the article's one file of them (none for other triggers). */
  async function definitionOf(page: Page, trigger: Locator): Promise<string | undefined> {
    if (!(await trigger.evaluate((link) => link.classList.contains('entity')))) return undefined;
    const id = entityIdFromHref((await trigger.getAttribute('href')) ?? '');
    if (id === undefined) return undefined;
    const url = await page.locator('[data-entity-definitions]').getAttribute('data-entity-definitions');
    const defs = (await (await page.request.get(new URL(url ?? '', page.url()).href)).json()) as Record<string, string>; // json() is untyped: the build writes string values only
    const def = defs[id];
    expect(def, `a definition for "${id}" in ${url}`).toBeTruthy();
    return def;
  }
  /** The start of what a trigger's preview shows: its definition, or the text of the entry it links to. */
  async function expected(page: Page, trigger: Locator): Promise<string> {
    const def = await definitionOf(page, trigger);
    const text = def ?? (await page.locator((await trigger.getAttribute('href')) ?? '').innerText());
    return text.replace(/\s+/g, ' ').trim().slice(0, 24);
  }
  async function expectShowing(page: Page, trigger: Locator): Promise<void> {
    const start = await expected(page, trigger);
    await expect.poll(async () => (await preview(page).isVisible()) && (await preview(page).innerText()).replace(/\s+/g, ' ').includes(start)).toBe(true);
    // Inside the viewport (polled: focus may scroll the page, and the preview follows on the scroll event).
    const viewport = page.viewportSize();
    await expect
      .poll(async () => {
        const box = await preview(page).boundingBox();
        return box !== null && viewport !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
      })
      .toBe(true);
    expect(await trigger.getAttribute('aria-describedby')).toBe('preview');
  }

  it('mouse: hover shows the preview, moving straight to the next trigger shows that one', async () => {
    const page = await open();
    const triggers = page.locator(TRIGGERS);
    for (let index = 0; index < 4; index += 1) {
      await triggers.nth(index).hover();
      await expectShowing(page, triggers.nth(index));
    }
    await page.mouse.move(0, 0);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it(`keyboard: focus moving across ${WALK} triggers shows each one's preview; Tab never lands inside a preview; Esc closes`, async () => {
    const page = await open();
    const triggers = page.locator(TRIGGERS);
    for (let index = 0; index < WALK; index += 1) {
      await triggers.nth(index).focus();
      await expectShowing(page, triggers.nth(index));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('#preview') === null)).toBe(true);
    }
    const last = triggers.nth(WALK - 1);
    await last.focus();
    await expectShowing(page, last);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await last.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('touch: a tap opens a preview without leaving the passage, a tap on another trigger opens that one, a second tap closes it', async () => {
    const page = await open(PHONE);
    const triggers = page.locator(TRIGGERS);
    for (let index = 0; index < 6; index += 1) {
      const trigger = triggers.nth(index);
      await trigger.scrollIntoViewIfNeeded();
      await trigger.tap();
      await expectShowing(page, trigger);
      expect(new URL(page.url()).hash).toBe('');
    }
    await triggers.nth(5).tap();
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    await page.context().close();
  });

  it('puts back the aria-describedby it replaced (a note marker points at the notes heading)', async () => {
    const page = await open();
    const marker = page.locator('.prose a[data-footnote-ref]').first();
    const own = await marker.getAttribute('aria-describedby');
    expect(own).toBe('footnote-label');
    await marker.hover();
    await expectShowing(page, marker);
    await page.mouse.move(0, 0);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await marker.getAttribute('aria-describedby')).toBe(own);
    const citation = page.locator('.prose .citation a').first();
    await citation.focus();
    await expectShowing(page, citation);
    await page.keyboard.press('Escape');
    await nextFrames(page);
    expect(await citation.getAttribute('aria-describedby')).toBeNull();
    await page.context().close();
  });

  it('a note preview leaves out the back link; an entity preview shows its description', async () => {
    const page = await open();
    const marker = page.locator('.prose [data-footnote-ref]').first();
    await marker.hover();
    await expectShowing(page, marker);
    expect(await preview(page).locator('[data-footnote-backref]').count()).toBe(0);
    // The definition comes from the article's entities.json (each entity once), not from the mention.
    const entities = page.locator('.prose a.entity');
    expect(await entities.count()).toBeGreaterThan(1);
    expect(await page.locator('.prose a.entity[data-def]').count()).toBe(0);
    for (const index of [0, (await entities.count()) - 1]) {
      const entity = entities.nth(index);
      await entity.hover();
      await expectShowing(page, entity);
      expect(await preview(page).innerText()).toContain((await definitionOf(page, entity))!.slice(0, 60));
      expect(await preview(page).locator('a.preview-go').evaluate((a: HTMLAnchorElement) => a.pathname)).toBe(await entity.getAttribute('href'));
    }
    await page.context().close();
  });
});
