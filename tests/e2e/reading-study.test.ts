/**
 * The study pages and downloads, from the built site: every "cited in", entity, timeline and
 * permalink backlink lands on an element that exists; the downloads parse and match the data;
 * the feed, sitemap and article metadata are well formed.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';
import { $, $$, attr, parse, text } from '../support/html.ts';
import { parseBibliography } from '../../src/lib/bibliography.ts';
import { CONTENT_DIR } from '../../src/config.ts';

const pages = builtPages();
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const byUrl = new Map(pages.map((page) => [urlPathOf(page.path), parse(page.html)]));
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** Whether this build has a public address (SITE_URL); npm test builds without one. */
const published = existsSync(join(DIST, 'feed.xml'));

/** The page and element a same-site link points to, or why it does not exist. */
function resolve(href: string): string | null {
  const url = new URL(href, 'http://site.test');
  const path = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  const tree = byUrl.get(path);
  if (!tree) return `no page ${path}`;
  const id = decodeURIComponent(url.hash.slice(1));
  if (id && !$$(tree, '[id]').some((el) => attr(el, 'id') === id)) return `no #${id} on ${path}`;
  return null;
}

function backlinks(selector: string, pagePath: (path: string) => boolean): { from: string; href: string }[] {
  return pages
    .filter((page) => pagePath(urlPathOf(page.path)))
    .flatMap((page) => $$(parse(page.html), selector).map((a) => ({ from: urlPathOf(page.path), href: attr(a, 'href')! })));
}

describe('backlinks', () => {
  it('every entity page passage link lands on an existing passage', () => {
    const links = backlinks('#mentions ~ * a[data-backlink], [aria-labelledby="mentions"] a[data-backlink]', (p) => p.startsWith('/entities/'));
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter(({ href }) => resolve(href) !== null).map(({ from, href }) => `${from} → ${href}: ${resolve(href)}`)).toEqual([]);
  });

  it('every "cited in" link of the bibliography lands on the citing passage, which cites that work', () => {
    const tree = byUrl.get('/bibliography/')!;
    let count = 0;
    for (const entry of $$(tree, '.bibliography-list > li[id]')) {
      for (const a of $$(entry, 'a[data-backlink]')) {
        const href = attr(a, 'href')!;
        expect(resolve(href), href).toBeNull();
        const url = new URL(href, 'http://site.test');
        const target = $(byUrl.get(url.pathname.replace(base, '/'))!, `[id="${decodeURIComponent(url.hash.slice(1))}"]`)!;
        expect($$(target, 'a[href^="#bib-"]').map((link) => attr(link, 'href'))).toContain(`#${attr(entry, 'id')}`);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('every timeline event links to existing passages, entity pages and bibliography entries', () => {
    const links = backlinks('.timeline a', (p) => p === '/timeline/');
    expect(links.filter((l) => l.href.includes('/articles/')).length).toBeGreaterThan(5);
    expect(links.filter(({ href }) => resolve(href) !== null).map(({ href }) => `${href}: ${resolve(href)}`)).toEqual([]);
    const years = $$(byUrl.get('/timeline/')!, '.timeline-event').map((li) => attr(li, 'dataYear')!);
    expect(years).toEqual([...years].sort());
    expect(years).toContain('1991');
    expect(years).toContain('2021');
  });

  it('every paragraph of an article has an id and a permalink to itself', () => {
    for (const [path, tree] of byUrl) {
      if (!isArticlePath(path)) continue;
      const paragraphs = $$(tree, '.prose > p, .prose > .part > p');
      expect(paragraphs.length).toBeGreaterThan(10);
      for (const p of paragraphs) expect(attr($(p, 'a.permalink')!, 'href')).toBe(`#${attr(p, 'id')}`);
    }
  });
});

describe('downloads', () => {
  const yamlFigures = readdirSync(join(CONTENT_DIR, 'data', 'figures'))
    .flatMap((file) => parseYaml(readFileSync(join(CONTENT_DIR, 'data', 'figures', file), 'utf8')) as { id: string; value?: number; min?: number; max?: number; counts: string }[]);

  /** RFC 4180 rows. */
  function parseCsv(csv: string): string[][] {
    const rows: string[][] = [[]];
    let field = '';
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i]!;
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') rows.at(-1)!.push(field), (field = '');
      else if (c === '\r' && csv[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++;
      else field += c;
    }
    return rows.filter((row) => row.length > 1);
  }

  it('figures.csv parses and holds every figure of the data set', () => {
    const [header, ...rows] = parseCsv(read('data/figures.csv'));
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
    expect(records.map((r) => r['id']).sort()).toEqual(yamlFigures.map((f) => f.id).sort());
    for (const figure of yamlFigures) {
      const record = records.find((r) => r['id'] === figure.id)!;
      expect(record['counts']).toBe(figure.counts.trim());
      expect(record['value']).toBe(figure.value === undefined ? '' : String(figure.value));
      expect(record['min']).toBe(figure.min === undefined ? '' : String(figure.min));
    }
  });

  it('figures.json parses and matches the data set', () => {
    const json = JSON.parse(read('data/figures.json')) as { count: number; figures: { id: string; value?: number; counts: string }[] };
    expect(json.count).toBe(yamlFigures.length);
    for (const figure of yamlFigures) {
      const served = json.figures.find((f) => f.id === figure.id)!;
      expect(served.counts).toBe(figure.counts.trim());
      expect(served.value).toBe(figure.value);
    }
  });

  it('the data page links to both downloads', () => {
    const hrefs = $$(byUrl.get('/data/')!, 'a[download]').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining([`${base}data/figures.csv`, `${base}data/figures.json`]));
  });

  it('bibliography.bib parses to every work of the bibliography and is linked from its page', () => {
    const source = parseBibliography(readFileSync(join(CONTENT_DIR, 'bibliography.bib'), 'utf8'), 'bibliography.bib');
    const served = parseBibliography(read('bibliography.bib'), 'dist/bibliography.bib');
    expect([...served.byKey.keys()]).toEqual([...source.byKey.keys()]);
    expect($$(byUrl.get('/bibliography/')!, 'a[download]').map((a) => attr(a, 'href'))).toContain(`${base}bibliography.bib`);
  });

  it('each article\'s cite-this BibTeX, RIS and CSL-JSON downloads, linked from its box, parse and describe the article', () => {
    for (const [path, tree] of byUrl) {
      if (!isArticlePath(path)) continue;
      const title = text($(tree, 'h1')!).trim();
      // The box links the three files beside the article; each is saved under the page's id.
      const links = $$(tree, '.cite-this a[download]');
      expect(links.map((a) => attr(a, 'href'))).toEqual(['cite.bib', 'cite.ris', 'cite.json'].map((file) => `${base}${path.slice(1)}${file}`));
      expect(links.map((a) => attr(a, 'download'))).toEqual(['.bib', '.ris', '.json'].map((ext) => `cafr-${path.split('/')[2]}${ext}`));
      expect(text($(tree, '.cite-downloads')!).replace(/\s+/g, ' ').trim()).toBe('For a reference manager, download: BibTeX, RIS, CSL-JSON.');
      const download = (file: string) => read(`${path.slice(1)}${file}`);
      const [bib] = parseBibliography(download('cite.bib'), 'cite.bib').items;
      const [csl] = JSON.parse(download('cite.json')) as { title: string; URL?: string }[]; // JSON.parse is untyped: cslJson writes this shape
      if (published) {
        const url = text($(tree, '.stable-url')!).trim();
        expect(attr($(tree, 'link[rel="canonical"]')!, 'href')).toBe(url);
        expect(bib).toMatchObject({ title, URL: url });
        expect(csl).toMatchObject({ title, URL: url });
      } else {
        // Without a public address, no page offers one: no canonical link, no URL in any format.
        expect($(tree, 'link[rel="canonical"]')).toBeUndefined();
        expect(text($(tree, '.cite-this .no-address')!)).toContain('This page has no public address yet');
        expect(bib!['URL']).toBeUndefined();
        expect(csl!.URL).toBeUndefined();
      }
      // RIS keeps the CRLF line ends its specification asks for.
      const ris = download('cite.ris').trimEnd().split('\r\n');
      expect(ris[0]).toBe('TY  - ELEC');
      expect(ris.at(-1)).toBe('ER  -');
      expect(ris).toContain(`TI  - ${title}`);
      expect(text($(tree, '#cite-chicago')!)).toContain(`“${title}.”`);
      expect(text($(tree, '#cite-apa')!)).toContain(title);
      // Only the two prose formats are inline.
      expect($$(tree, '.cite-this [id^="cite-"]').map((el) => attr(el, 'id'))).toEqual(['cite-this', 'cite-chicago', 'cite-apa']);
    }
  });
});

describe('the web around it', () => {
  it.skipIf(!published)('serves an Atom feed, a sitemap listing every page, and robots.txt pointing to it', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.match(/<entry>/g)?.length).toBe([...byUrl.keys()].filter(isArticlePath).length);
    const sitemap = read('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    for (const path of byUrl.keys()) if (path !== '/404.html/' && !path.startsWith('/404')) expect(locs, path).toContain(`${base}${path.slice(1)}`);
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+sitemap\.xml$/m);
    expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
  });

  it.skipIf(published)('without a public address, offers no URL anywhere: no feed, no sitemap, no localhost', () => {
    expect(existsSync(join(DIST, 'feed.xml'))).toBe(false);
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false);
    expect(read('robots.txt')).not.toContain('Sitemap:');
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|xml|txt|json|csv|bib)$/.test(name));
    expect(files.filter((name) => read(name).includes('localhost'))).toEqual([]);
    for (const [, tree] of byUrl) expect($(tree, 'link[rel="alternate"][type="application/atom+xml"]')).toBeUndefined();
  });

  it('article pages carry Open Graph, Twitter and ScholarlyArticle JSON-LD with citations', () => {
    for (const [path, tree] of byUrl) {
      if (!isArticlePath(path)) continue;
      expect(attr($(tree, 'meta[property="og:type"]')!, 'content')).toBe('article');
      expect(attr($(tree, 'meta[name="twitter:card"]')!, 'content')).toBe('summary');
      const ld = JSON.parse(text($(tree, 'script[type="application/ld+json"]')!)) as { '@type': string; citation: unknown[]; url: string };
      expect(ld['@type']).toBe('ScholarlyArticle');
      expect(ld.citation.length).toBe($$(tree, '.bibliography .csl-entry').length);
    }
  });
});
