/**
 * Nothing moves once a page has painted: controls that scripts reveal (theme toggle, search
 * button) and content that arrives later (search filters, maps) have their space reserved.
 * Measured with the browser's own layout-shift entries, on a phone and a wide screen.
 */
import { describe, expect, it } from 'vitest';
import { HAS_BROWSER, useBrowserAndServer } from '../support/browser.ts';
import { DIST, isArticlePath } from '../support/dist.ts';
import { trackRequests } from '../support/page-runner.ts';
import { sitePages } from '../support/site-pages.ts';

const pages = sitePages();
const PATHS = [
  '/',
  '/search/',
  '/search/?q=Daesh',
  '/data/',
  pages.find((page) => isArticlePath(page.url))!.url,
  pages.find((page) => page.url.startsWith('/entities/') && page.url !== '/entities/')!.url,
];

describe.skipIf(!HAS_BROWSER)('layout shift', () => {
  const site = useBrowserAndServer(DIST);

  const cases = PATHS.flatMap((path) => [412, 1350].map((width) => [path, width] as const));
  it.each(cases)('%s at %i px wide does not shift after it paints', async (path, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const requests = trackRequests(page);
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    await requests.settled({ scroll: false });
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    await context.close();
  });
});
