/**
 * The search index `npm run build` writes (scripts/build-search-index.ts): every page that marks a
 * main content, an article as one record per section, no ids kept (no anchors), and no text that
 * is indexed where it lives already (entity pages' passage excerpts, figures and events; a name's
 * variants repeated at each mention).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, isArticlePath, urlPathOf } from '../support/dist.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string }[];
}

/** Pagefind's files are gzip with a "pagefind_dcd" signature before the data. */
const readPagefindFile = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').replace(/^pagefind_dcd/, '');

const fragmentDir = join(DIST, 'pagefind', 'fragment');
const fragments: Fragment[] = readdirSync(fragmentDir).map((name) => JSON.parse(readPagefindFile(join(fragmentDir, name))) as Fragment);
const ARTICLE = '/articles/isil-and-central-asia-2014/';
const articleHtml = readFileSync(join(DIST, 'articles', 'isil-and-central-asia-2014', 'index.html'), 'utf8');

describe('search index', () => {
  it('holds every page that marks its main content once, an article as its top and one record per section', () => {
    const marked = builtPages()
      .filter(({ html }) => html.includes('data-pagefind-body'))
      .map(({ path }) => urlPathOf(path));
    const pages = [...new Set(fragments.map((fragment) => fragment.url.replace(/#.*$/, '')))];
    expect(pages.sort()).toEqual(marked.sort());
    expect(fragments.filter((fragment) => !isArticlePath(fragment.url.replace(/#.*$/, '')) && fragment.url.includes('#'))).toEqual([]);
    const sections = [...articleHtml.matchAll(/<h[23] id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !['source-card-title', 'toc-title', 'cite-this', 'search-dialog-title'].includes(id));
    const records = fragments.filter((fragment) => fragment.url.startsWith(ARTICLE)).map((fragment) => fragment.url);
    expect(records.sort()).toEqual([ARTICLE, ...sections.map((id) => `${ARTICLE}#${id}`)].sort());
  });

  it('gives each section record its heading as title, its article, the article’s filters and only its own text', () => {
    const section = fragments.find((fragment) => fragment.url === `${ARTICLE}#radical-islamism-in-central-asia-before-isil`)!;
    expect(section.meta).toMatchObject({ title: 'Radical Islamism in Central Asia before ISIL', type: 'Article', article: expect.stringMatching(/^ISIL and Central Asia in 2014/) });
    expect(section.filters['kind']).toEqual(['Article']);
    expect(section.content).toMatch(/^Radical Islamism in Central Asia before ISIL\./);
    expect(section.content).not.toContain('Why people go');
    expect(section.anchors).toEqual([]);
    expect(articleHtml, 'the page itself keeps its passage ids').toMatch(/<p[^>]* id="[^"]+-p\d+"/);
  });

  it('indexes no duplicated text: no passage excerpts, figures or events on entity pages, no contents list, variants once per record', () => {
    for (const fragment of fragments.filter((fragment) => fragment.url.startsWith('/entities/') && fragment.url !== '/entities/')) {
      expect(fragment.content, fragment.url).not.toMatch(/Mentioned in\.|Related figures\.|Related events\./);
    }
    expect(fragments.find((fragment) => fragment.url === ARTICLE)!.content).not.toContain('Contents.');
    for (const fragment of fragments) {
      const groups = [...fragment.content.matchAll(/⟦([^⟧]*)⟧/g)].map((match) => match[1]!);
      expect(groups.length, fragment.url).toBe(new Set(groups).size);
    }
  });
});
