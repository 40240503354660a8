/** What a page costs a reader in Chromium: bytes by kind (raw and gzip), requests, inline JS and map SVG, every map hydrated. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { note } from './report.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export interface Weight {
  requests: number;
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  inlineJsGzip: number;
  mapSvgGzip: number[];
  /** document.querySelectorAll('*').length once loaded, before any map is scrolled into view. */
  elements: number;
  /**
   * Gzip bytes of everything the page loads before the reader scrolls (the network quiet after
   * `load`): the "whole first load" issue 15 compares with Starlight's. The totals by kind above
   * also hold what scrolling the maps into view loads.
   */
  firstLoadGzip: number;
}

function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (contentType.includes('text/html')) return 'html';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

export async function pageWeight(page: Page, url: string): Promise<Weight> {
  const zero = () => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });
  const weight: Weight = { requests: 0, raw: zero(), gzip: zero(), inlineJsGzip: 0, mapSvgGzip: [], elements: 0, firstLoadGzip: 0 };
  const pending: Promise<void>[] = [];
  page.on('request', () => (weight.requests += 1));
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          // Pagefind's index and wasm files are compressed already; a host sends them as they are.
          const precompressed = /\.pf_\w+$|\.pagefind$/.test(new URL(response.url()).pathname);
          weight.raw[kind] += body.length;
          weight.gzip[kind] += precompressed ? body.length : gzipSync(body).length;
        },
        () => undefined,
      ),
    ),
  );
  await page.goto(url, { waitUntil: 'load' });
  weight.elements = await page.evaluate(() => document.querySelectorAll('*').length);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  weight.firstLoadGzip = Object.values(weight.gzip).reduce((sum, bytes) => sum + bytes, 0);
  for (const island of await page.locator('flow-map').all()) {
    await island.scrollIntoViewIfNeeded();
    const ready = await island.elementHandle();
    await page.waitForFunction((element) => element?.hasAttribute('data-ready'), ready, { timeout: 15_000 }).catch(() => note(`${url}: a map did not hydrate within 15 s`));
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''));
  weight.inlineJsGzip = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  const svgs = await page.evaluate(() => [...document.querySelectorAll('[data-map] svg.flow-map-svg')].map((svg) => svg.outerHTML));
  weight.mapSvgGzip = svgs.map((svg) => gzipSync(svg).length);
  return weight;
}
