/**
 * Flow maps in Chromium, on a site built from tests/fixtures/content/maps: the SVG is there without
 * JavaScript, the island loads only once a map scrolls into view, focusing a flow shows its number
 * and citation, every number in the maps' tables equals the data set, and nothing shifts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Browser } from 'playwright-core';
import { HAS_BROWSER, launchBrowser, openGuardedPage } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { FIXTURES } from '../support/content-fixtures.ts';
import { buildFixtureSiteOrFail, fixtureSiteDist } from '../support/fixture-site.ts';
import { nextFrames, trackRequests } from '../support/page-runner.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import type { Figure } from '../../src/schemas/figure.ts';

const DIST = fixtureSiteDist('maps');
const CONTENT = join(FIXTURES, 'maps');
const ARTICLE = '/articles/maps-article/';

/** The fixture's figures, read straight from its YAML (the data set the tables must match). */
function fixtureFigures(): Map<string, Figure> {
  const dir = join(CONTENT, 'data', 'figures');
  const figures = readdirSync(dir).flatMap((name) => parseYaml(readFileSync(join(dir, name), 'utf8')) as Figure[]);
  return new Map(figures.map((figure) => [figure.id, { ...figure, unit: figure.unit ?? 'people' }]));
}


describe.skipIf(!HAS_BROWSER)('flow maps in a browser', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    buildFixtureSiteOrFail('maps', { content: CONTENT });
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  it('draws the map into the HTML: it is there without JavaScript, and views work with CSS alone', async () => {
    const { page, report } = await openGuardedPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/data/`);
    expect(await page.locator('figure.flow-map').count()).toBe(3);
    expect(await page.locator('figure.flow-map > figcaption').count()).toBe(3);
    expect(await page.locator('figure.flow-map table caption').count()).toBe(3);
    const map = page.locator('#map-fixture-outbound');
    // The land: the site's one land file, shown in each map through <use> (the guard below
    // fails on a request that fails); its box is the land's once the file has loaded.
    expect(await map.locator('svg.map-wide use.land').count()).toBe(1);
    await page.waitForFunction(() => {
      const land = document.querySelector<SVGUseElement>('#map-fixture-outbound svg.map-wide use.land');
      return (land?.getBBox().width ?? 0) > 100;
    });
    // The desktop layout (the phone layout is hidden at this width).
    const unofficial = map.locator('.map-wide a.flow[data-item="fx-uz-outbound"]');
    expect(await unofficial.isVisible()).toBe(true);
    expect(await map.locator('.map-narrow').isVisible()).toBe(false);
    await map.getByLabel('Official only').check();
    expect(await unofficial.isVisible()).toBe(false);
    expect(await map.locator('.map-wide a.flow[data-item="example-kg-outbound"]').isVisible()).toBe(true);
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it('loads the map island only after the map scrolls into view', async () => {
    const { page, report } = await openGuardedPage(browser);
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/flow-map-interaction/.test(request.url())) loaded.push(request.url());
    });
    const requests = trackRequests(page);
    await page.goto(`${server.url}${ARTICLE}`, { waitUntil: 'load' });
    await requests.settled({ scroll: false });
    const island = page.locator('flow-map');
    expect(await island.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    expect(loaded).toEqual([]);
    expect(await island.getAttribute('data-ready')).toBeNull();
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-ready')).toBe('');
    expect(loaded).toHaveLength(1);
    expect(report).toEqual({ consoleErrors: [], externalRequests: [], failedRequests: [] });
    await page.context().close();
  });

  it('focusing a flow shows its number, status, date and citation, linked to the bibliography', async () => {
    const { page } = await openGuardedPage(browser);
    await page.goto(`${server.url}${ARTICLE}`);
    const island = page.locator('flow-map');
    await island.scrollIntoViewIfNeeded();
    await expect.poll(() => island.getAttribute('data-ready')).toBe('');
    const panel = page.locator('.flow-map-panel');
    // Before any selection the panel says what to do; it sits below the map, never over it.
    expect(await panel.innerText()).toContain('links to its row in the table');
    const [canvasBox, panelBox] = await Promise.all([page.locator('.flow-map-canvas').boundingBox(), panel.boundingBox()]);
    expect(panelBox!.y).toBeGreaterThanOrEqual(canvasBox!.y + canvasBox!.height - 0.5);
    // The live region changes once for one selection, however many events ask for it.
    await panel.evaluate((element) => {
      const counter = { changes: 0 };
      (window as unknown as { panelChanges: typeof counter }).panelChanges = counter;
      new MutationObserver((records) => (counter.changes += records.filter((record) => record.type === 'childList').length)).observe(element, { childList: true });
    });
    const flow = page.locator('.map-wide a.flow[data-item="fx-uz-outbound"]');
    // Focus, then a pointer over it and a click on it (dispatched: the centre of a curve's box is
    // not on the curve).
    await flow.focus();
    await flow.dispatchEvent('pointerover');
    await flow.dispatchEvent('click');
    await expect.poll(() => panel.innerText()).toContain('about 500');
    expect(await page.evaluate(() => (window as unknown as { panelChanges: { changes: number } }).panelChanges.changes)).toBe(1);
    const text = await panel.innerText();
    expect(text).toContain('about 500');
    expect(text).toContain('Uzbekistan → Syria');
    expect(text).toContain('Unofficial');
    expect(text).toContain('2014');
    expect(text).toContain('as of 2014');
    // A formatted citation, never a key, linked to the work's entry on the bibliography page.
    expect(text).toContain('Example Contributor 2014, para. 4');
    expect(text).not.toContain('example2014source');
    const cite = panel.locator('a[href="/bibliography/#bib-example2014source"]');
    expect(await cite.count()).toBe(1);
    // The selection is shown by dimming the rest, not by a status colour.
    const other = page.locator('.map-wide a.flow[data-item="example-kg-outbound"]');
    await expect.poll(async () => Number(await other.evaluate((element) => getComputedStyle(element).opacity))).toBeLessThan(0.5);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.innerText()).toContain('links to its row in the table');
    await page.context().close();
  });

  it('reaches flows by keyboard, with a visible focus', async () => {
    const { page } = await openGuardedPage(browser);
    await page.goto(`${server.url}${ARTICLE}`);
    await page.locator('flow-map figcaption').scrollIntoViewIfNeeded();
    await page.locator('#map-fixture-outbound-title').evaluate((element) => {
      element.setAttribute('tabindex', '-1');
      (element as HTMLElement).focus();
    });
    let reached = '';
    for (let tab = 0; tab < 10 && !reached; tab += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('a.flow')?.getAttribute('data-item') ?? '');
    }
    expect(reached).not.toBe('');
    // A neutral band under the focused flow, and the rest of the map dimmed.
    const band = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.hit')!).strokeOpacity);
    const idle = await page.evaluate(() => getComputedStyle(document.querySelector('.map-wide a.flow:not(:focus) .hit')!).stroke);
    expect(Number(band)).toBeGreaterThan(0.1);
    expect(idle).toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('every number in the maps and their tables equals the data set', async () => {
    const figures = fixtureFigures();
    const { page } = await openGuardedPage(browser);
    await page.goto(`${server.url}/data/`);
    const rows = await page.locator('.flow-map-table tbody tr[data-figure]').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-figure')!, value: tr.querySelector('[data-field="value"]')!.textContent!.trim() })),
    );
    expect(rows.length).toBe(12);
    for (const { id, value } of rows) expect(value, id).toBe(formatFigure(figures.get(id)!));
    const labels = await page.locator('svg.map-wide .flow-label[data-item], svg.map-wide a.marker[data-item]').evaluateAll((elements) =>
      elements.map((element) => ({ id: element.getAttribute('data-item')!, text: (element.querySelector('.marker-value') ?? element).textContent! })),
    );
    expect(labels.length).toBe(12);
    for (const { id, text } of labels) expect(text, id).toBe(formatFigure(figures.get(id)!));
    await page.context().close();
  });

  it('shifts no layout while loading, hydrating and showing details', async () => {
    // Counted: any shift of an element inside a map, and any shift at all once the page has
    // loaded (scrolling to the maps, hydrating them, showing details). Shifts of the page's
    // header during load belong to other components and are not the maps' doing.
    const { page } = await openGuardedPage(browser);
    await page.addInitScript(() => {
      const state = { loaded: false, shift: 0 };
      (window as unknown as { mapShift: typeof state }).mapShift = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[]) {
          const inMap = entry.sources.some(({ node }) => node instanceof Element && node.closest('flow-map') !== null);
          if (inMap || state.loaded) state.shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/data/`, { waitUntil: 'load' });
    await nextFrames(page);
    await page.evaluate(() => ((window as unknown as { mapShift: { loaded: boolean } }).mapShift.loaded = true));
    for (const map of await page.locator('flow-map').all()) {
      await map.scrollIntoViewIfNeeded();
      await expect.poll(() => map.getAttribute('data-ready')).toBe('');
      await map.locator('.flow-label, a.marker circle').first().hover();
    }
    await nextFrames(page);
    expect(await page.evaluate(() => (window as unknown as { mapShift: { shift: number } }).mapShift.shift)).toBe(0);
    await page.context().close();
  });

  it('pages without a map load no map JavaScript', () => {
    for (const page of [['articles', 'example-features'], []]) {
      const html = readFileSync(join(DIST, ...page, 'index.html'), 'utf8');
      expect(html).not.toContain('<flow-map');
      expect(html).not.toMatch(/<script[^>]*FlowMap|flow-map-interaction/);
    }
    expect(readFileSync(join(DIST, 'articles', 'maps-article', 'index.html'), 'utf8')).toMatch(/<script[^>]*FlowMap/);
  });
});
