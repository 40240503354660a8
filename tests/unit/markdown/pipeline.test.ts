/**
 * Real Markdown through the site's plugin list (src/markdown/index.ts), compared with a file
 * snapshot, plus every way a citation can go wrong.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown as render, renderMarkdownWithFrontmatter } from '../../support/markdown.ts';

const SAMPLE = `## Flows

About a hundred left [@example2014source, para. 1]. @doe2005genealogy [p. 3] disagrees.[^a]

| Country | Note |
| --- | --- |
| Kyrgyzstan | cited in a table [@doe2005genealogy] |

[^a]: A note that cites too [@example2014source, para. 2].
`;

describe('the Markdown pipeline', () => {
  it('renders citations, footnotes, tables and the references (file snapshot)', async () => {
    await expect(await render(SAMPLE)).toMatchFileSnapshot('__snapshots__/pipeline.html');
  });

  it('links each citation to its bibliography entry', async () => {
    const html = await render(SAMPLE);
    expect(html).toContain('<a href="#bib-example2014source">Example Contributor 2014, para. 1</a>');
    expect(html).toContain('id="bib-example2014source"');
    expect(html).not.toContain('[@');
  });

  it('puts the notes before a References section with a heading', async () => {
    const html = await render(SAMPLE);
    expect(html.indexOf('<h2 id="footnote-label">Notes</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2 id="references">References</h2>')).toBeGreaterThan(html.indexOf('Notes</h2>'));
  });

  it('lists only the works the document cites', async () => {
    const html = await render('Only one work [@doe2005genealogy].');
    expect(html).toContain('id="bib-doe2005genealogy"');
    expect(html).not.toContain('id="bib-example2014source"');
  });
});

describe('citations that cannot be rendered fail the build, every one of a file at once', () => {
  it('an unknown key, with file, line and fix', async () => {
    await expect(render('Text.\n\nClaim [@nosuchkey2020, p. 2].', 'a.mdx')).rejects.toThrow(
      /a\.mdx:3:7: citation key "@nosuchkey2020" is not in .*bibliography\.bib: add a BibTeX entry for it or fix the key/,
    );
  });
  it.each([
    ['a heading', '## Heading [@doe2005genealogy]'],
    ['link text', 'A [claim [@doe2005genealogy]](https://example.org).'],
  ])('a citation inside %s', async (where, markdown) => {
    await expect(render(markdown, 'b.mdx')).rejects.toThrow(`is inside ${where}, where it cannot be linked: move it outside`);
  });
  it('a locator that names no place ("p. ") and a bracket that never closes', async () => {
    const error = String(await render('One [@doe2005genealogy, p. ] two.\n\nThree [@doe2005genealogy, para. 2 four.', 'e.mdx').catch((caught: unknown) => caught));
    expect(error).toContain('e.mdx:1:5: the locator "p." of @doe2005genealogy names no place');
    expect(error).toContain('e.mdx:3:7: a citation opens with "[" but never closes: add the "]"');
  });
  it('reports every problem of a file at once', async () => {
    const error = await render('[@nokey1]\n\n## H [@doe2005genealogy]\n\n[@nokey2]', 'c.mdx').catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/c\.mdx:1:1.*nokey1[\s\S]*c\.mdx:3:6.*inside a heading[\s\S]*c\.mdx:5:1.*nokey2/);
  });
});

describe('citations in any inline context', () => {
  it('renders a citation inside emphasis or bold text like any other', async () => {
    const html = await render('A *claim [@doe2005genealogy]* and a **claim [@example2014source, para. 2]**.');
    expect(html).toContain('<em>claim <span class="citation">(<a href="#bib-doe2005genealogy">Doe 2005</a>)</span></em>');
    expect(html).toContain('Example Contributor 2014, para. 2</a>)</span></strong>');
  });
  it('keeps a worded locator whole ("sec. Main scientific part")', async () => {
    const html = await render('A claim [@doe2005genealogy, sec. Main scientific part; @example2014source, para. 4].');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('(Doe 2005, sec. Main scientific part; Example Contributor 2014, para. 4)');
  });
  it('links each work of a multiple citation, a work without an author included', async () => {
    const html = await render('A claim [@untitled2021, sec. Discussion; @doe2005genealogy].');
    expect(html).toMatch(/<a href="#bib-untitled2021">[^<]+<\/a>; <a href="#bib-doe2005genealogy">Doe 2005<\/a>/);
  });
  it('cites two undated works by one author in one citation, each linked', async () => {
    const html = await render('Claims [@outletnda; @outletndb].');
    expect(html).toContain('href="#bib-outletnda"');
    expect(html).toContain('href="#bib-outletndb"');
  });
});

describe('the article\'s own source is cited by its locator alone', () => {
  const article = { source: { key: 'example2014source' } };
  it('prints "(para. 3)" for the mirrored source, linked to its reference, and other works in full', async () => {
    const html = await render('A claim [@example2014source, para. 3]. Another [@example2014source, n. xii; @doe2005genealogy].', 'f.mdx', article);
    expect(html).toContain('(<a href="#bib-example2014source">para. 3</a>)');
    expect(html).toContain('(<a href="#bib-example2014source">n. xii</a>; <a href="#bib-doe2005genealogy">Doe 2005</a>)');
    expect(html).toContain('id="bib-example2014source"');
    expect(html).not.toContain('Example Contributor 2014, para');
  });
  it('sets a locator\'s apostrophe as typography does', async () => {
    const html = await render("Claim [@example2014source, sec. Discussion, KTJ's Tactics].", 'g.mdx', article);
    expect(html).toContain('>sec. Discussion, KTJ’s Tactics</a>');
    expect(html).not.toContain('data-locator');
  });
  it('records each locator for the passages index, not in the page (its link text says it)', async () => {
    const { html, frontmatter } = await renderMarkdownWithFrontmatter("Claim [@example2014source, sec. Discussion, KTJ's Tactics]; again [@doe2005genealogy, p. 3].", 'h.mdx', article);
    expect(html).not.toContain('data-locator');
    const [passage] = frontmatter['passages'] as { locators: { key: string; locator: string }[] }[]; // set by rehype-paragraph-ids
    expect(passage?.locators).toEqual([
      { key: 'example2014source', locator: "sec. Discussion, KTJ's Tactics" },
      { key: 'doe2005genealogy', locator: 'p. 3' },
    ]);
  });
});

describe('notes of two kinds', () => {
  it('labels a note that cites nothing as our background, and leaves a source note unlabelled', async () => {
    const html = await render('Text.[^a][^b]\n\n[^a]: The source says so [@example2014source, para. 2].\n\n[^b]: Our own explanation.');
    expect(html).toContain('<li id="user-content-fn-b" class="note-background">\n<p><span class="note-kind">Background</span> Our own explanation.');
    expect(html).toMatch(/<li id="user-content-fn-a">\n<p>The source says so/);
  });
});

describe('citations rendered one by one, with the cited works registered up front', () => {
  it('lists exactly the works cited in the text, not ones quoted in code', async () => {
    const html = await render('See [@doe2005genealogy] and the syntax `[@example2014source]`.');
    expect(html).toContain('id="bib-doe2005genealogy"');
    expect(html).not.toContain('id="bib-example2014source"');
  });
  it('renders a long file the same as citation by citation', async () => {
    const markdown = Array.from({ length: 40 }, (_, i) => `Claim ${i} [@${i % 2 ? 'doe2005genealogy' : 'example2014source'}, para. ${i}].`).join('\n\n');
    const html = await render(markdown);
    expect(html.match(/class="citation"/g)).toHaveLength(40);
    expect(html).toContain('Example Contributor 2014, para. 38');
    expect(html).toContain('Doe 2005, para. 39');
    expect(html.match(/class="csl-entry"/g)).toHaveLength(2);
  });
});
