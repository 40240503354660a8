/**
 * The real site's flow maps as a reader sees them, at phone and desktop widths in both themes:
 * every label at least 11 px, inside its map, clear of every other label and of every line, dot
 * and circle but its own (rendered boxes in Chromium); the layout meant for that width shown; the
 * colours those of the theme chosen with the toggle, whatever the system prefers; the land one
 * shared file, in no page.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { phone } from '../support/phone.ts';
import { svgLabelProblems, svgLineProblems } from '../support/svg-labels.ts';

const PAGES = ['/articles/isil-and-central-asia-2014/', '/articles/political-islam-central-asia-2021/', '/data/'];
const MIN_PX = 11;

describe('flow maps in the built HTML', () => {
  const landFile = readFileSync(join(DIST, 'maps', 'land.svg'), 'utf8');
  const landIds = new Set([...landFile.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));

  it('the land is one file of countries, with no colours of its own (each map paints it)', () => {
    expect(landFile).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"><defs><g id="map-land">/);
    expect(landFile.match(/<path id="map-land-/g)?.length).toBeGreaterThan(20);
    expect(landFile).not.toMatch(/fill|stroke|style/);
  });

  it.each(PAGES)('%s carries no land: every map and layout shows the shared file', (path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    expect(html).not.toContain('id="map-land');
    const maps = html.match(/<figure class="flow-map"/g)?.length ?? 0;
    expect(maps).toBeGreaterThan(0);
    expect(html.match(/<use href="\/maps\/land\.svg#map-land"/g)).toHaveLength(maps * 2);
    // Every country a map highlights is in the file.
    const used = [...html.matchAll(/<use href="\/maps\/land\.svg#([^"]+)"/g)].map((match) => match[1]);
    expect(used.filter((id) => !landIds.has(id))).toEqual([]);
    expect(used.length).toBeGreaterThan(maps * 2);
  });
});

describe.skipIf(!HAS_BROWSER)('flow maps on screen', () => {
  const site = useBrowserAndServer(DIST);

  it('each map’s SVG download opens as a well-formed SVG image with legible text', async () => {
    const page = await site.browser.newPage({ viewport: { width: 720, height: 500 } });
    try {
      for (const id of ['outbound-2014', 'routes-and-theatres', 'returns-2019']) {
        await page.goto(`${site.server.url}/data/maps/${id}.svg`);
        // An XML error would make Chromium show a <parsererror> page instead of the image.
        expect(await page.evaluate(() => [document.documentElement.localName, document.querySelectorAll('parsererror').length])).toEqual(['svg', 0]);
        expect(await page.evaluate(() => document.querySelectorAll('.country').length)).toBeGreaterThan(10);
        const labels = await svgLabelProblems(page, 'svg', 10);
        expect(labels.problems, id).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  for (const width of [320, 375, 768, 1280, 2560]) {
    for (const theme of ['light', 'dark'] as const) {
      it(`at ${width} px, ${theme} theme: legible labels that cover nothing`, async () => {
        const context = await site.browser.newContext({
          ...(width < 800 ? phone(width) : { viewport: { width, height: 900 } }),
          colorScheme: theme === 'light' ? 'dark' : 'light',
        });
        await context.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
        const page = await context.newPage();
        try {
          for (const path of PAGES) {
            await page.goto(`${site.server.url}${path}`);
            const shown = await page.locator('.flow-map-svg').evaluateAll((svgs) => svgs.filter((svg) => svg.checkVisibility()).map((svg) => svg.classList.contains('map-narrow')));
            expect(shown.length, path).toBe(await page.locator('figure.flow-map').count());
            // The phone layout below a 560 px map, the whole region above it.
            const mapWidth = await page.locator('.flow-map-canvas').first().evaluate((canvas) => canvas.clientWidth);
            expect(new Set(shown), path).toEqual(new Set([mapWidth < 560]));
            // 320 px is below the width the phone layout is drawn for (a 343 px map): 9.7 px there.
            const labels = await svgLabelProblems(page, '.flow-map-svg', width < 375 ? 9.6 : MIN_PX);
            expect(labels.problems, path).toEqual([]);
            expect(labels.labels).toBeGreaterThan(5);
            const lines = await svgLineProblems(page, '.flow-map-svg');
            expect(lines.problems, path).toEqual([]);
            // The toggle's theme, not the system's: the sea of a dark map is dark.
            const sea = await page.locator('.flow-map-svg').first().evaluate((svg) => getComputedStyle(svg).backgroundColor);
            const [r = 0, g = 0, b = 0] = (sea.match(/\d+/g) ?? []).map(Number);
            expect((r + g + b) / 3 > 128, `${path} sea ${sea}`).toBe(theme === 'light');
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
