/**
 * One first search in a fresh browser context, as bench-search.ts measures it: what it transfers
 * (gzip) and how many requests it makes from opening the dialog to the results on screen, where
 * the first article passage ranks, and whether each excerpt shows a matched word that the
 * passage's visible text holds (or says which spelling of a name matched).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

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
  const links = await page.locator('#search-dialog .search-result .search-result-link').evaluateAll((found) => found.map((link) => (link instanceof HTMLAnchorElement ? link.pathname : '')));
  const excerpts = await page.locator('#search-dialog .search-result .search-excerpt').evaluateAll(async (found) => {
    /** The visible text of a link's target: its section (heading to the next heading with an id) or the page's main content. */
    async function targetText(href: string): Promise<string> {
      const url = new URL(href);
      const doc = new DOMParser().parseFromString(await (await fetch(url.pathname)).text(), 'text/html');
      for (const ignored of doc.querySelectorAll('script, style, template')) ignored.remove();
      const heading = url.hash ? doc.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
      if (!heading) return doc.querySelector('[data-pagefind-body]')?.textContent ?? '';
      const headings = [...doc.querySelectorAll('h2[id], h3[id]')];
      const next = headings[headings.indexOf(heading) + 1];
      const range = doc.createRange();
      range.setStartBefore(heading);
      if (next) range.setEndBefore(next);
      else range.setEndAfter(doc.body.lastChild ?? doc.body);
      return range.toString();
    }
    return Promise.all(
      found.map(async (excerpt) => {
        // The excerpt's own link: a section's (old sub-results) or the result's.
        const link = excerpt.closest('li')!.querySelector<HTMLAnchorElement>('a[href]')!;
        const text = (await targetText(link.href)).toLocaleLowerCase();
        // Pagefind marks whole words with their punctuation ("Tajikistan."): compare the letters.
        const marks = [...excerpt.querySelectorAll('mark')].map((mark) => (mark.textContent ?? '').toLocaleLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
        return { href: link.pathname + link.hash, ok: marks.length > 0 && marks.every((mark) => text.includes(mark)) };
      }),
    );
  });
  await context.close();
  return {
    query,
    requests: files.length,
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    files: files.sort((a, b) => b.gzip - a.gzip),
    passageRank: links.findIndex((path) => /^\/articles\/[^/]+\/$/.test(path)) + 1,
    badExcerpts: excerpts.filter((excerpt) => !excerpt.ok).map((excerpt) => excerpt.href),
    excerpts: excerpts.length,
    shown: links.length,
  };
}
