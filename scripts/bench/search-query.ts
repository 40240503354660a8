/**
 * One first search in a fresh browser context, as bench-search.ts measures it: what it transfers
 * (gzip) and how many requests it makes from opening the dialog to the results on screen, where
 * the first article passage ranks, and whether each excerpt shows a matched word that the
 * passage's visible text holds (or says which spelling of a name matched).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { shownResults } from '../../tests/support/search-results.ts';

export interface QueryFigures {
  query: string;
  requests: number;
  gzip: number;
  files: { path: string; gzip: number }[];
  /** 1-based rank of the first result in an article (a section, or a page with its sections); 0 when none is shown. */
  passageRank: number;
  /** Results whose excerpt shows no matched word of their passage's visible text (nor a spelling note). */
  badExcerpts: string[];
  excerpts: number;
  shown: number;
}

// Pagefind's index, fragment and wasm files are gzip already; a server sends them as they are.
const PRECOMPRESSED = /\.pf_\w+$|\.pagefind$/;

export async function measureQuery(browser: Browser, origin: string, articlePath: string, query: string): Promise<QueryFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}${articlePath}`, { waitUntil: 'networkidle' });
  const files: { path: string; gzip: number }[] = [];
  let measuring = true;
  page.on('response', async (response) => {
    if (!measuring) return;
    const body = await response.body().catch(() => undefined);
    if (!body) return;
    const path = new URL(response.url()).pathname;
    files.push({ path, gzip: PRECOMPRESSED.test(path) ? body.length : gzipSync(body).length });
  });
  await page.locator('[data-search-open]').click();
  await page.locator('#search-dialog input[name="q"]').fill(query);
  await page.locator('#search-dialog .search-result').first().waitFor();
  await page.waitForLoadState('networkidle');
  measuring = false;
  const { links, excerpts } = await shownResults(page, '#search-dialog');
  await context.close();
  return {
    query,
    requests: files.length,
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    files: files.sort((a, b) => b.gzip - a.gzip),
    passageRank: links.findIndex((path) => /^\/articles\/[^/]+\/(#|$)/.test(path)) + 1,
    badExcerpts: excerpts.filter((excerpt) => !excerpt.ok).map((excerpt) => excerpt.href),
    excerpts: excerpts.length,
    shown: links.length,
  };
}
