import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { assignPassageIds, excerpt } from '../../../../src/lib/reading/passages.ts';
import { citationBacklinks, entityBacklinks, groupByArticle, passageHref } from '../../../../src/lib/reading/backlinks.ts';

const HTML = `
<p>Opening with <a class="entity" href="/entities/imu/">IMU</a>.</p>
<h2>The threat</h2>
<p>First <span class="citation" id="citation--a--1">(<a href="#bib-a">A 2014, para. 1</a>; <a href="#bib-b">B 2019</a>)</span>.<sup><a href="#user-content-fn-x" id="user-content-fnref-x" data-footnote-ref>1</a></sup></p>
<ul><li>Tight item on <a class="entity" href="/entities/isil/">ISIL</a></li><li><p>Loose item</p></li></ul>
<p id="kept">Has its own id and mentions <a class="entity" href="/entities/imu/">the IMU</a> twice <a class="entity" href="/entities/imu/">IMU</a>.</p>
<h3>Sub</h3>
<p>   </p>
<p>Sub passage <a href="#bib-a">A 2014</a></p>
<section data-footnotes class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-x"><p>A note on <a class="entity" href="/entities/isil/">ISIL</a>.</p></li></ol></section>
<section class="bibliography"><div id="refs"><div class="csl-entry" id="bib-a"><p>Not a passage</p></div></div></section>`;

const tree = () => fromHtml(HTML, { fragment: true });

describe('assignPassageIds', () => {
  it('numbers passages within their section and skips references and empty paragraphs', () => {
    const passages = assignPassageIds(tree());
    expect(passages.map((p) => p.id)).toEqual(['intro-p1', 'the-threat-p1', 'the-threat-p2', 'the-threat-p3', 'kept', 'sub-p1', 'user-content-fn-x']);
  });

  it('records entities and citation keys once each, in order', () => {
    const passages = assignPassageIds(tree());
    expect(passages[1]).toMatchObject({ section: 'The threat', entities: [], citations: ['a', 'b'], note: false });
    expect(passages.find((p) => p.id === 'kept')?.entities).toEqual(['imu']);
    expect(passages.at(-1)).toMatchObject({ id: 'user-content-fn-x', entities: ['isil'], note: true });
  });

  it('writes the ids and a permalink into the tree, and leaves footnote markers out of excerpts', () => {
    const root = tree();
    const passages = assignPassageIds(root);
    const html = toHtml(root);
    expect(html).toContain('<p id="the-threat-p1">');
    expect(html).toContain('<a class="permalink" href="#the-threat-p1" data-pagefind-ignore="" aria-label="Link to this paragraph">¶</a>');
    expect(passages[1]!.excerpt).toBe('First (A 2014, para. 1; B 2019).');
  });

  it('never reuses an id already in the document', () => {
    const root = fromHtml('<h2>A</h2><p id="a-p1">x</p><p>y</p>', { fragment: true });
    expect(assignPassageIds(root).map((p) => p.id)).toEqual(['a-p1', 'a-p2']);
  });

  it('reads MDX <Entity> elements before they are rendered', () => {
    const root = fromHtml('<p>x</p>', { fragment: true });
    const p = root.children[0] as unknown as { children: unknown[] };
    p.children.push({ type: 'mdxJsxTextElement', name: 'Entity', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'imu' }], children: [{ type: 'text', value: 'IMU' }] });
    expect(assignPassageIds(root, { permalinks: false })[0]).toMatchObject({ entities: ['imu'], excerpt: 'xIMU' });
  });
});

describe('excerpt', () => {
  it('cuts long text at a word count', () => {
    expect(excerpt('a b c d', 2)).toBe('a b…');
    expect(excerpt('  a\n b ', 2)).toBe('a b');
  });
});

describe('backlink indexes', () => {
  const articles = [
    { slug: 'one', title: 'One', passages: assignPassageIds(tree()) },
    { slug: 'two', title: 'Two', passages: assignPassageIds(fromHtml('<p><a href="#bib-b">B</a></p>', { fragment: true })) },
  ];

  it('lists every passage that mentions an entity or cites a work', () => {
    expect(entityBacklinks(articles).get('imu')?.map((l) => l.passageId)).toEqual(['intro-p1', 'kept']);
    expect(citationBacklinks(articles).get('b')?.map((l) => `${l.slug}#${l.passageId}`)).toEqual(['one#the-threat-p1', 'two#intro-p1']);
    expect(entityBacklinks(articles).get('nobody')).toBeUndefined();
  });

  it('groups by article and builds base-aware passage URLs', () => {
    const links = citationBacklinks(articles).get('b') ?? [];
    expect(groupByArticle(links).map((g) => [g.slug, g.links.length])).toEqual([['one', 1], ['two', 1]]);
    expect(passageHref('/repo/', links[0]!)).toBe('/repo/articles/one/#the-threat-p1');
    expect(passageHref('/', links[1]!)).toBe('/articles/two/#intro-p1');
  });
});
