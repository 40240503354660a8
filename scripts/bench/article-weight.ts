/**
 * Each real article's HTML as a host sends it (gzip, as scripts/bench/static-host.ts compresses),
 * against its own budget: issue 15 set 36 KB for the 2014 article and 42 KB for the c. 2021 one
 * (Starlight's pages were 19.8 and 27.0 KB). Read from the built files, so it needs no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB, kb, record } from './report.ts';

/** Budget in KB of gzip HTML, by article slug; an article not listed is printed without one. */
export const ARTICLE_HTML_BUDGET_KB: Readonly<Partial<Record<string, number>>> = {
  'isil-and-central-asia-2014': 36,
  'political-islam-central-asia-2021': 42,
};

/** Records every article's HTML gzip, and its raw size, from a built site. */
export function recordArticleHtml(site: string): void {
  for (const slug of readdirSync(join(site, 'articles')).sort()) {
    const html = readFileSync(join(site, 'articles', slug, 'index.html'));
    const gzip = gzipSync(html).length;
    const budget = ARTICLE_HTML_BUDGET_KB[slug];
    record({
      section: 'article HTML',
      what: `${slug} HTML gzip (raw ${kb(html.length)} KB)`,
      value: kb(gzip),
      unit: 'KB',
      ...(budget === undefined ? {} : { budget: `${budget} KB`, ok: gzip <= budget * KB }),
    });
  }
}
