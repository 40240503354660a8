/** A multiple citation with a work without an author: every work gets a link around its own text. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '../../support/markdown.ts';

const linkTexts = (html: string) => [...html.matchAll(/<a href="#bib-([^"]+)">([^<]*)<\/a>/g)].map(([, key, text]) => [key, text]);

describe('rehype-citation-links', () => {
  it('puts each work of a multiple citation with an authorless work under its own link', async () => {
    const html = await render('A claim [@untitled2021, sec. Discussion; @doe2005genealogy].');
    expect(linkTexts(html.slice(0, html.indexOf('id="refs"')))).toEqual([
      ['untitled2021', '“[Untitled Article Without an Author]” 2021, sec. Discussion'],
      ['doe2005genealogy', 'Doe 2005'],
    ]);
  });

  it('leaves a multiple citation rehype-citation linked well as it was', async () => {
    const html = await render('A claim [@doe2005genealogy, sec. Main scientific part; @example2014source, para. 4].');
    expect(linkTexts(html.slice(0, html.indexOf('id="refs"')))).toEqual([
      ['doe2005genealogy', 'Doe 2005'],
      ['example2014source', 'Example Contributor 2014'],
    ]);
  });
});
