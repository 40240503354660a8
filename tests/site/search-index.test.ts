/**
 * The search index `npm run build` writes (scripts/build-search-index.ts): the pages that mark a
 * main content, each with its heading anchors (sub-results) and none of its passage or citation ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, urlPathOf } from '../support/dist.ts';

interface Fragment {
  url: string;
  content: string;
  anchors: { element: string; id: string }[];
}

/** Pagefind's files are gzip with a "pagefind_dcd" signature before the data. */
const readPagefindFile = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').replace(/^pagefind_dcd/, '');

const fragmentDir = join(DIST, 'pagefind', 'fragment');
const fragments: Fragment[] = readdirSync(fragmentDir).map((name) => JSON.parse(readPagefindFile(join(fragmentDir, name))) as Fragment);

describe('search index', () => {
  it('holds exactly the pages that mark their main content, once each', () => {
    const marked = builtPages()
      .filter(({ html }) => html.includes('data-pagefind-body'))
      .map(({ path }) => urlPathOf(path));
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(marked.sort());
  });

  it('keeps heading anchors, for sub-results, and drops passage and citation ids', () => {
    const article = fragments.find((fragment) => fragment.url === '/articles/isil-and-central-asia-2014/');
    expect(article).toBeDefined();
    expect(article!.anchors.length).toBeGreaterThan(5);
    expect(new Set(fragments.flatMap((fragment) => fragment.anchors.map((anchor) => anchor.element)))).toSatisfy(
      (elements: Set<string>) => [...elements].every((element) => /^h[1-6]$/.test(element)),
    );
    const html = readFileSync(join(DIST, 'articles', 'isil-and-central-asia-2014', 'index.html'), 'utf8');
    expect(html, 'the page itself keeps its passage ids').toMatch(/<p[^>]* id="[^"]+-p\d+"/);
  });
});
