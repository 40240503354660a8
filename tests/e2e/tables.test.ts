/**
 * Tables on a phone (src/styles/tables.css), in Chromium at 320 and 375 px: the figures table,
 * the chart's table and the articles' key figures stack, every cell shown on screen under its
 * column's label; a table written in Markdown scrolls in its own box with its first column in
 * view and a cue that there is more; nothing makes the page scroll sideways; and the restyled
 * tables are still tables to a screen reader (Chromium's accessibility tree).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { accessibleRoleCounts, HAS_BROWSER, launchBrowserForScreenReader, useBrowserAndServer } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { MIN_TARGET, phone } from '../support/phone.ts';
import { tableProblems } from '../support/tables.ts';

const PAGES = ['/data/', '/articles/isil-and-central-asia-2014/', '/articles/political-islam-central-asia-2021/'];
const ARTICLE = PAGES[1]!;

/** A wide table as remark-gfm writes it, put into an article's prose. */
function addMarkdownTable(page: Page): Promise<void> {
  return page.evaluate(() => {
    const long = 'A description long enough to need several lines in any column it is given';
    const table = document.createElement('table');
    table.id = 'gfm-table';
    table.innerHTML = `<thead><tr><th>Group</th><th>What the source says</th><th>Where</th><th>When</th></tr></thead><tbody>${[1, 2, 3]
      .map((n) => `<tr><td>Group ${n}</td><td>${long}.</td><td>Somewhere ${n}</td><td>201${n}</td></tr>`)
      .join('')}</tbody>`;
    document.querySelector('.prose > .part > p')!.after(table);
  });
}

const scrollWidth = (page: Page) => page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));

describe.skipIf(!HAS_BROWSER)('tables on a phone', () => {
  const site = useBrowserAndServer(DIST);
  const contexts = new Map<string, BrowserContext>();
  beforeAll(async () => {
    for (const [name, options] of [
      ['320', phone(320)],
      ['375', phone(375)],
      ['375-no-js', { ...phone(375), javaScriptEnabled: false }],
    ] as const) {
      contexts.set(name, await site.browser.newContext(options));
    }
  });
  afterAll(() => Promise.all([...contexts.values()].map((context) => context.close())));
  const open = (name: string) => contexts.get(name)!.newPage();

  it('the check fails on a hidden column, a missing label and a table cut off at the edge', async () => {
    const page = await open('320');
    try {
      await page.setContent(
        `<meta name="viewport" content="width=device-width"><main>
          <table data-stack><caption>Stacked</caption><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td data-label="A">1</td><td style="display:none" data-label="B">2</td></tr><tr><td>3</td><td data-label="B">4</td></tr></tbody></table>
          <div style="overflow:hidden"><table style="width:900px"><caption>Cut</caption><thead><tr><th>X</th><th>Y</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>
        </main>`,
      );
      const { problems } = await tableProblems(page);
      expect(problems).toEqual(
        expect.arrayContaining([
          'Stacked, row 1, B: not shown',
          expect.stringMatching(/^Stacked, row 1, A: its label is not shown/),
          'Stacked, row 2, A: data-label "" is not the column\'s heading',
          'Cut, Y: cut off, and the box does not scroll',
        ]),
      );
    } finally {
      await page.close();
    }
  });

  it.each(PAGES.flatMap((path) => ['320', '375', '375-no-js'].map((context) => [path, context] as const)))('%s at %s px: every cell of every table shown, labelled, on screen', async (path, context) => {
    const page = await open(context);
    try {
      await page.goto(`${site.server.url}${path}`);
      const report = await tableProblems(page);
      expect(report.stacked, 'tables that stack').toBeGreaterThan(0);
      expect(report.problems).toEqual([]);
      const { page: wide, screen } = await scrollWidth(page);
      expect(wide, 'the page scrolls sideways').toBeLessThanOrEqual(screen);
    } finally {
      await page.close();
    }
  });

  it.each(['320', '375'])('at %s px a Markdown table scrolls in its own box, its first column in view, with a cue', async (context) => {
    const page = await open(context);
    try {
      await page.goto(`${site.server.url}${ARTICLE}`);
      await addMarkdownTable(page);
      const table = page.locator('#gfm-table');
      expect((await tableProblems(page, '.prose')).problems).toEqual([]);
      const { page: wide, screen } = await scrollWidth(page);
      expect(wide, 'the page scrolls sideways').toBeLessThanOrEqual(screen);
      const state = () =>
        table.evaluate((element: HTMLTableElement) => {
          const first = element.querySelector('tbody td')!.getBoundingClientRect();
          const last = [...element.querySelectorAll('tbody td:last-child')].map((cell) => cell.getBoundingClientRect());
          const box = element.getBoundingClientRect();
          return {
            scrolls: element.scrollWidth > element.clientWidth,
            firstLeft: first.left - box.left,
            lastInside: last.every((rect) => rect.right <= box.right + 0.5 && rect.left >= box.left - 0.5),
            cue: getComputedStyle(element.querySelector('thead th')!, '::after').content,
          };
        });
      const before = await state();
      expect(before.scrolls).toBe(true);
      expect(before.lastInside).toBe(false);
      expect(before.cue).toMatch(/scroll/);
      await table.evaluate((element) => (element.scrollLeft = element.scrollWidth));
      // Scroll-state queries apply on the next frame.
      await expect.poll(state).toMatchObject({ firstLeft: expect.closeTo(0, 0), lastInside: true, cue: 'none' });
    } finally {
      await page.close();
    }
  });

  it('at 320 px the figures table sorts from a row of buttons above its cards, each big enough to tap', async () => {
    const page = await open('320');
    try {
      await page.goto(`${site.server.url}/data/`);
      const buttons = page.locator('table[data-sortable] thead button');
      expect(await buttons.count()).toBe(6);
      for (const button of await buttons.all()) {
        expect(await button.isVisible()).toBe(true);
        expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(MIN_TARGET);
      }
      await page.locator('table[data-sortable] thead button', { hasText: 'Figure' }).click();
      expect(await page.locator('table[data-sortable] thead th').first().getAttribute('aria-sort')).toBe('ascending');
      expect((await tableProblems(page)).problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('stacked tables are still tables to a screen reader: as many cells and headers as the HTML has', async () => {
    // A browser with accessibility on, as a screen reader has it (rows off screen are not rendered yet).
    const browser = await launchBrowserForScreenReader();
    try {
      const page = await (await browser.newContext(phone(320))).newPage();
      await page.goto(`${site.server.url}/data/`);
      const dom = await page.evaluate(() => ({
        table: document.querySelectorAll('table').length,
        cell: document.querySelectorAll('tbody td').length,
        rowheader: document.querySelectorAll('tbody th[scope="row"]').length,
        columnheader: document.querySelectorAll('thead th').length,
      }));
      expect(await accessibleRoleCounts(page, ['table', 'cell', 'rowheader', 'columnheader'])).toEqual(dom);
    } finally {
      await browser.close();
    }
  });
});
