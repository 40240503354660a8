/**
 * The results a search shows, read in the browser: each result's link path (with its hash) and,
 * for each excerpt, whether its marked words are all in the visible text of the passage it links
 * to (attributes such as the hidden name variants do not count), and whether it carries the note
 * saying which spelling matched. Shared by the search browser tests and npm run bench:search.
 */
import type { Page } from 'playwright-core';

export interface ShownExcerpt {
  href: string;
  /** Every marked word of the excerpt is in the passage's visible text (and there is one). */
  ok: boolean;
  /** The excerpt says which spelling of a name matched. */
  noted: boolean;
}

export async function shownResults(page: Page, scope: string): Promise<{ links: string[]; excerpts: ShownExcerpt[] }> {
  const links = await page.locator(`${scope} .search-result .search-result-link`).evaluateAll((found) => found.map((link) => (link instanceof HTMLAnchorElement ? link.pathname + link.hash : '')));
  const excerpts = await page.locator(`${scope} .search-result .search-excerpt`).evaluateAll(async (found) => {
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
        const noted = excerpt.parentElement?.querySelector('.search-alias') !== null;
        return { href: link.pathname + link.hash, ok: marks.length > 0 && marks.every((mark) => text.includes(mark)), noted };
      }),
    );
  });
  return { links, excerpts };
}
