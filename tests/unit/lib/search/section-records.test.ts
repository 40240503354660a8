import { describe, expect, it } from 'vitest';
import { sectionRecords } from '../../../../src/lib/search/section-records.ts';

const PAGE = `<!doctype html><html lang="en"><head><style>body{}</style></head><body>
<article data-pagefind-body>
  <div hidden data-pagefind-ignore class="search-meta"><span data-pagefind-filter="kind[data-value]" data-value="Article"></span></div>
  <h1>Groups</h1><p>Summary.</p>
  <nav><h2 id="toc-title">Contents</h2></nav>
  <div class="prose">
    <p>Before any section.</p>
    <h2 id="one">One</h2><p>First text.</p>
    <section class="box"><h2 id="two">Two</h2><p>Second text.</p><h3 id="two-a">Two A</h3><p>Sub text.</p></section>
  </div>
</article><footer>Not indexed</footer></body></html>`;

describe('sectionRecords', () => {
  const records = sectionRecords(PAGE, '/articles/groups/');

  it('makes one record for the top and one per h2 or h3 with an id after the prose starts', () => {
    expect(records.map((record) => record.url)).toEqual(['/articles/groups/', '/articles/groups/#one', '/articles/groups/#two', '/articles/groups/#two-a']);
  });

  it('gives each record only its own text, the page’s filters and a title, and the article title to sections', () => {
    const [top, one, two, twoA] = records.map((record) => record.html);
    expect(top).toContain('Summary.');
    expect(top).toContain('Before any section.');
    expect(top).not.toContain('First text.');
    expect(one).toContain('First text.');
    expect(one).not.toContain('Second text.');
    expect(two).toContain('<section class="box"><h2 id="two">Two</h2><p>Second text.</p></section>');
    expect(twoA).toContain('<section class="box"><h3 id="two-a">Two A</h3><p>Sub text.</p></section>');
    for (const html of records.map((record) => record.html)) {
      expect(html).toMatch(/^<!doctype html><html lang="en"><body><div data-pagefind-body>/);
      expect(html).toContain('data-pagefind-filter="kind[data-value]"');
      expect(html.match(/data-pagefind-filter/g)).toHaveLength(1);
      expect(html).not.toContain('Not indexed');
    }
    expect(one).toContain('data-pagefind-meta="title[data-value]" data-value="One"');
    expect(one).toContain('data-pagefind-meta="article[data-value]" data-value="Groups"');
    expect(top).toContain('data-pagefind-meta="title[data-value]" data-value="Groups"');
  });
});
