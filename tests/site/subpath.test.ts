/**
 * The site under a sub-path (https://owner.github.io/repo/, as on GitHub Pages): the valid fixture
 * is built with BASE_PATH=/repo/ into its own folder, and every internal link, asset and anchor
 * in the output must start with /repo/ and resolve to a file of the build.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES } from '../support/content-fixtures.ts';
import { buildFixtureSiteOrFail } from '../support/fixture-site.ts';
import { $$, attr, parse } from '../support/html.ts';
import type { Root } from 'hast';

const BASE = '/repo/';

let OUT = '';
let pages: { path: string; url: string; tree: Root }[] = [];

beforeAll(() => {
  const site = buildFixtureSiteOrFail('subpath', { content: join(FIXTURES, 'valid'), env: { BASE_PATH: BASE, SITE_URL: 'https://owner.github.io' } });
  OUT = site.dist;
  pages = readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      path: name,
      url: `${BASE}${name.replace(/index\.html$/, '')}`,
      tree: parse(readFileSync(join(OUT, name), 'utf8')),
    }));
}, 300_000);

/** The file a URL path of the site is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const inside = join(OUT, decodeURIComponent(pathname.slice(BASE.length)));
  if (!relative(OUT, inside).startsWith('..') && existsSync(inside)) {
    return statSync(inside).isDirectory() ? (existsSync(join(inside, 'index.html')) ? join(inside, 'index.html') : undefined) : inside;
  }
  return undefined;
}

const LINKS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]:not([rel=canonical])', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
];

describe(`a build under the sub-path ${BASE}`, () => {
  it('has the pages of the fixture', () => {
    expect(pages.map((page) => page.path)).toEqual(expect.arrayContaining(['index.html', 'articles/example-features/index.html', 'data/index.html']));
  });

  it('uses the base in every internal link, asset, script and search file, and each one resolves', () => {
    const broken: string[] = [];
    const anchors = new Map(pages.map((page) => [page.url, new Set($$(page.tree, '[id]').map((el) => attr(el, 'id')))]));
    for (const page of pages) {
      for (const [selector, attribute] of LINKS) {
        for (const element of $$(page.tree, selector)) {
          const value = attr(element, attribute)!;
          if (/^(https?:|mailto:|data:)/.test(value) && !value.startsWith('https://owner.github.io/')) continue;
          const target = new URL(value, `https://owner.github.io${page.url}`);
          if (target.origin !== 'https://owner.github.io') continue;
          if (value.startsWith('/') && !value.startsWith(BASE)) {
            broken.push(`${page.path}: ${selector} ${value} (does not start with ${BASE})`);
            continue;
          }
          const file = fileFor(target.pathname);
          if (!file) {
            broken.push(`${page.path}: ${selector} ${value} (no such file in the build)`);
            continue;
          }
          const anchor = decodeURIComponent(target.hash.slice(1));
          const ids = anchors.get(target.pathname);
          if (anchor && ids && !ids.has(anchor)) broken.push(`${page.path}: ${value} (no element with id "${anchor}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links from the article body to other pages through the base', () => {
    const article = pages.find((page) => page.path === 'articles/example-features/index.html')!;
    const hrefs = $$(article.tree, '.prose a[href]').map((a) => attr(a, 'href'));
    expect(hrefs).toContain('/repo/data/');
    expect(hrefs).toContain('#citations-and-notes');
  });

  it('builds the search index under the base, and the search UI looks for it there', () => {
    expect(existsSync(join(OUT, 'pagefind', 'pagefind.js'))).toBe(true);
    for (const page of pages) {
      for (const element of $$(page.tree, '[data-bundle]')) {
        const bundle = attr(element, 'dataBundle')!;
        expect(bundle.startsWith(BASE), `${page.path}: data-bundle="${bundle}"`).toBe(true);
        expect(fileFor(`${bundle}pagefind.js`), `${page.path}: ${bundle}pagefind.js`).toBeDefined();
      }
    }
  });

  it("shows the article's corrections, its last-updated date, and a site-wide corrections page", () => {
    const article = pages.find((page) => page.path === 'articles/example-features/index.html')!;
    expect($$(article.tree, 'section.corrections li')).toHaveLength(1);
    expect($$(article.tree, '.last-updated time')).toHaveLength(1);
    const corrections = pages.find((page) => page.path === 'corrections/index.html')!;
    expect($$(corrections.tree, '.corrections-list a').map((a) => attr(a, 'href'))).toEqual(['/repo/articles/example-features/#corrections']);
  });

  it('with a public address, writes the feed and the sitemap with absolute URLs under the base', () => {
    const feed = readFileSync(join(OUT, 'feed.xml'), 'utf8');
    expect(feed).toContain('<link href="https://owner.github.io/repo/articles/example-features/"');
    const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://owner.github.io/repo/articles/example-features/source/</loc>');
    expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain('Sitemap: https://owner.github.io/repo/sitemap.xml');
    const article = pages.find((page) => page.path === 'articles/example-features/index.html')!;
    expect(attr($$(article.tree, '.stable-url')[0]!, 'href')).toBe('https://owner.github.io/repo/articles/example-features/');
  });

  it('gives absolute URLs (canonical, social cards) the site and the base', () => {
    for (const page of pages) {
      for (const element of [...$$(page.tree, 'link[rel=canonical]'), ...$$(page.tree, 'meta[property="og:url"]')]) {
        const value = attr(element, 'href') ?? attr(element, 'content') ?? '';
        expect(value.startsWith(`https://owner.github.io${BASE}`), `${page.path}: ${value}`).toBe(true);
      }
    }
  });
});
