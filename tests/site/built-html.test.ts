/** Checks over every page of the built site (dist/). */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, urlPathOf } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { mapIdsInFileOrder } from '../../src/loaders/maps-loader.ts';
import { CONTENT_DIR } from '../../src/config.ts';

const pages = builtPages().map((page) => ({ ...page, tree: parse(page.html) }));
const articles = pages.filter((page) => /^articles\/[^/]+\/index\.html$/.test(page.path));
const ids = new Map(pages.map((page) => [urlPathOf(page.path), new Set($$(page.tree, '[id]').map((el) => attr(el, 'id')))]));

describe('every built page', () => {
  it.each(pages.map((page) => [page.path, page] as const))('%s is a complete, labelled document', (_path, page) => {
    expect($(page.tree, 'html')?.properties['lang']).toBe('en');
    expect($$(page.tree, 'h1')).toHaveLength(1);
    expect($$(page.tree, 'main')).toHaveLength(1);
    expect(text($(page.tree, 'title')!).length).toBeGreaterThan(3);
  });

  it('preloads only files the build has (the search page asks for Pagefind\'s with the page)', () => {
    const preloads = pages.flatMap((page) => $$(page.tree, 'link[rel="preload"], link[rel="modulepreload"]').map((link) => ({ page: page.path, href: attr(link, 'href')! })));
    expect(preloads.some(({ page }) => page === 'search/index.html')).toBe(true);
    const missing = preloads.filter(({ href }) => !existsSync(join(DIST, new URL(href, 'http://site/').pathname)));
    expect(missing).toEqual([]);
  });

  it('leaves no unprocessed citation ("[@") anywhere', () => {
    const offenders = pages.filter((page) => text(page.tree).includes('[@')).map((page) => page.path);
    expect(offenders).toEqual([]);
  });

  it('links only to pages and anchors that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of $$(page.tree, 'a[href]')) {
        const href = attr(link, 'href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${urlPathOf(page.path)}`);
        const path = target.pathname;
        const exists = ids.has(path) || existsSync(join(DIST, path));
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (!exists) broken.push(`${page.path}: ${href} (no such page)`);
        else if (anchor && ids.has(path) && !ids.get(path)!.has(anchor)) broken.push(`${page.path}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('article pages', () => {
  it('exist', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  // On load an article fetches the reading script (the same file on every page, cached once) and,
  // when the page has a map, the flow-map element's small loader (its interaction module follows
  // on visibility: tests/e2e/maps.test.ts). The search loader is inline, under 1 KB, and fetches
  // nothing until search is opened (tests/e2e/search.test.ts).
  it.each(articles.map((page) => [page.path, page] as const))('%s fetches only the reading script and a map loader on load', (_path, page) => {
    const external = $$(page.tree, 'script[src]').map((script) => attr(script, 'src')!);
    const hasMap = $$(page.tree, 'flow-map').length > 0;
    expect(external).toHaveLength(hasMap ? 2 : 1);
    expect(external.filter((src) => /ReadingScript/.test(src))).toHaveLength(1);
    for (const src of external) {
      expect(src).toMatch(/ReadingScript|FlowMap/);
      expect(statSync(join(DIST, src.replace(/^\//, ''))).size).toBeLessThanOrEqual(/FlowMap/.test(src) ? 4096 : 6144);
    }
    const loaders = $$(page.tree, 'script').filter((script) => text(script).includes('search-dialog'));
    expect(loaders).toHaveLength(1);
    expect(Buffer.byteLength(text(loaders[0]!))).toBeLessThanOrEqual(1024);
  });

  it.each(articles.map((page) => [page.path, page] as const))('%s has a source card, contents, notes and references', (_path, page) => {
    expect($(page.tree, '.source-card')).toBeDefined();
    expect($(page.tree, 'nav.toc')).toBeDefined();
    expect($(page.tree, 'section.footnotes h2#footnote-label')).toBeDefined();
    expect(text($(page.tree, 'section.bibliography h2')!)).toBe('References');
    const cited = new Set($$(page.tree, '.citation a').map((a) => attr(a, 'href')!.slice(1)));
    const listed = new Set($$(page.tree, '.csl-entry').map((entry) => attr(entry, 'id')!));
    expect(cited.size).toBeGreaterThan(0);
    expect(listed).toEqual(cited);
  });
});

describe('the data page', () => {
  it('shows the maps in the order content/data/maps.yaml lists them', () => {
    const data = pages.find((page) => page.path === 'data/index.html')!;
    const shown = $$(data.tree, 'flow-map').map((map) => attr(map, 'dataMap'));
    expect(shown).toEqual(mapIdsInFileOrder(CONTENT_DIR));
    expect(shown.length).toBeGreaterThan(1);
  });
});
