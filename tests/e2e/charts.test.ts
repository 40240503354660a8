/**
 * "How the counts changed" on the data page, in Chromium at 375 px (a phone) and 1280 px: no
 * label overlaps another or sticks out of its panel (the boxes the browser renders, not the
 * layout's estimates), text is at least 11 px on the phone, and the chart is all there with
 * JavaScript off.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { phone } from '../support/phone.ts';
import { svgLabelProblems } from '../support/svg-labels.ts';

const PANELS = '.counts-chart svg.count-panel';

describe.skipIf(!HAS_BROWSER)('the chart "How the counts changed"', () => {
  const site = useBrowserAndServer(DIST);
  const contexts: BrowserContext[] = [];
  afterAll(() => Promise.all(contexts.map((context) => context.close())));
  const open = async (options: Parameters<typeof site.browser.newContext>[0]) => {
    const context = await site.browser.newContext(options);
    contexts.push(context);
    return context.newPage();
  };

  it('the label check fails on overlapping, cut-off or tiny text', async () => {
    const page = await open({ viewport: { width: 375, height: 800 } });
    await page.setContent(
      '<svg class="t" width="100" height="40" viewBox="0 0 100 40"><text x="10" y="20" font-size="12">about 150</text><text x="20" y="22" font-size="12">595</text><text x="90" y="35" font-size="12">600</text><text x="10" y="38" font-size="8">0</text></svg>',
    );
    const report = await svgLabelProblems(page, 'svg.t', 11);
    expect(report.problems).toEqual(expect.arrayContaining([expect.stringMatching(/"about 150" overlaps "595"/), expect.stringMatching(/"600" sticks out/), expect.stringMatching(/"0" is 8\.0 px/)]));
  });

  it.each([
    ['a 375 px phone', 11, phone(375)],
    ['a 1280 px screen', 11, { viewport: { width: 1280, height: 900 } }],
  ] as const)('on %s, no label overlaps another or leaves its panel, and none is under %i px', async (_name, minimum, options) => {
    const page = await open(options);
    await page.goto(`${site.server.url}/data/`);
    const report = await svgLabelProblems(page, PANELS, minimum);
    expect(report.svgs).toBeGreaterThanOrEqual(6);
    expect(report.labels).toBeGreaterThan(40);
    expect(report.problems).toEqual([]);
    expect(report.smallest).toBeGreaterThanOrEqual(minimum);
  });

  it.each(['light', 'dark'] as const)('in the %s theme, its text has 4.5:1 contrast and its marks 3:1 (WCAG 1.4.3, 1.4.11), whatever the system prefers', async (theme) => {
    // The system asks for the other scheme: the chart must follow the reader's choice (data-theme).
    const page = await open({ viewport: { width: 1280, height: 900 }, colorScheme: theme === 'light' ? 'dark' : 'light' });
    await page.addInitScript((chosen) => localStorage.setItem('theme', chosen), theme);
    await page.goto(`${site.server.url}/data/`);
    const low = await page.evaluate(() => {
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = rgb(colour).map((channel) => channel / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (light + 0.05) / (dark + 0.05);
      };
      const background = getComputedStyle(document.body).backgroundColor;
      const found: string[] = [];
      for (const text of document.querySelectorAll('.counts-chart svg text')) {
        const contrast = ratio(getComputedStyle(text).fill, background);
        if (contrast < 4.5) found.push(`"${text.textContent}" ${contrast.toFixed(2)}`);
      }
      for (const mark of document.querySelectorAll('.counts-chart .mark')) {
        const contrast = ratio(getComputedStyle(mark).stroke, background);
        if (contrast < 3) found.push(`mark of ${mark.closest('[data-figure]')?.getAttribute('data-figure') ?? 'the legend'} ${contrast.toFixed(2)}`);
      }
      for (const item of document.querySelectorAll('.counts-legend li, .counts-caption, .panel-note')) {
        const contrast = ratio(getComputedStyle(item).color, background);
        if (contrast < 4.5) found.push(`"${item.textContent?.trim().slice(0, 30)}" ${contrast.toFixed(2)}`);
      }
      return found;
    });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
    expect(low).toEqual([]);
  });

  it('is drawn without JavaScript, with its legend, its table and every mark linked to a row', async () => {
    const page = await open({ ...phone(375), javaScriptEnabled: false });
    await page.goto(`${site.server.url}/data/`);
    expect(await page.locator(PANELS).count()).toBeGreaterThanOrEqual(6);
    for (const svg of await page.locator(PANELS).all()) expect(await svg.isVisible()).toBe(true);
    expect(await page.locator('.counts-legend li').count()).toBeGreaterThanOrEqual(4);
    const targets = await page.locator('.counts-chart a.count-mark').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(await page.locator(`table.counts-table tr${target}`).count(), target ?? '').toBe(1);
  });

  it('takes a mark into the keyboard order, named with its status, date and source', async () => {
    const page = await open({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/data/`);
    const mark = page.locator('.counts-chart a.count-mark[data-figure="isil14-kg-official"]');
    await mark.focus();
    expect(await mark.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await mark.locator('title').textContent()).toMatch(/^Kyrgyzstan, had joined ISIL \(2014\): 150; official, as of 2014 \(A\.I\. 2014, para\. 1\)$/);
  });
});
