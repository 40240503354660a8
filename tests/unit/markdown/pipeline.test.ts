/**
 * Real Markdown through the site's plugin list (src/markdown/index.ts), compared with a file
 * snapshot, plus every way a citation can go wrong.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../support/markdown.ts';

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

describe('citations the pipeline would get wrong fail the build', () => {
  it('an unknown key, with file, line and fix', async () => {
    await expect(render('Text.\n\nClaim [@nosuchkey2020, p. 2].', 'a.mdx')).rejects.toThrow(
      /a\.mdx:3:7: citation key "@nosuchkey2020" is not in .*bibliography\.bib: add a BibTeX entry for it or fix the key/,
    );
  });
  it.each([
    ['emphasis', 'A *claim [@doe2005genealogy]* here.'],
    ['bold text', 'A **claim [@doe2005genealogy]** here.'],
    ['a heading', '## Heading [@doe2005genealogy]'],
    ['link text', 'A [claim [@doe2005genealogy]](https://example.org).'],
  ])('a citation inside %s', async (where, markdown) => {
    await expect(render(markdown, 'b.mdx')).rejects.toThrow(`is inside ${where}, where it would not be rendered: move it outside`);
  });
  it('reports every problem of a file at once', async () => {
    const error = await render('[@nokey1]\n\n*[@doe2005genealogy]*\n\n[@nokey2]', 'c.mdx').catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/c\.mdx:1:1.*nokey1[\s\S]*c\.mdx:3:2.*inside emphasis[\s\S]*c\.mdx:5:1.*nokey2/);
  });
});

describe('citations rehype-citation alone gets wrong', () => {
  it('keeps a worded locator whole ("sec. Main scientific part")', async () => {
    const html = await render('A claim [@doe2005genealogy, sec. Main scientific part; @example2014source, para. 4].');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('(Doe 2005, sec. Main scientific part; Example Contributor 2014, para. 4)');
  });
  it('links a multiple citation that includes a work without an author', async () => {
    const html = await render('A claim [@untitled2021, sec. Discussion; @doe2005genealogy].');
    expect(html).toContain('href="#bib-untitled2021"');
    expect(html).toContain('href="#bib-doe2005genealogy"');
  });
  it('rejects two undated works by one author in one citation, with the fix', async () => {
    await expect(render('Claims [@outletnda; @outletndb].', 'd.mdx')).rejects.toThrow(
      'd.mdx:1:8: [@outletnda; @outletndb] cites two works by the same author, at least one undated, in one citation; rehype-citation cannot render that: cite them separately',
    );
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
