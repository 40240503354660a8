/** The new-article scaffold's pure parts (tests/site/new-article.test.ts runs the command and builds it). */
import { describe, expect, it } from 'vitest';
import { scaffoldArticle, slugify } from '../../../scripts/new-article.ts';

describe('slugify', () => {
  it('makes a kebab-case file name from a title', () => {
    expect(slugify('ISIL and Central Asia: risks & responses (2014)')).toBe('isil-and-central-asia-risks-responses-2014');
    expect(slugify('Ислам in Ōsh, explained')).toBe('in-osh-explained');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
  });
});

describe('scaffoldArticle', () => {
  it('fills the source from its BibTeX entry', () => {
    const text = scaffoldArticle({
      title: 'A "quoted" title',
      sourceKey: 'doe2005genealogy',
      source: { id: 'doe2005genealogy', 'citation-key': 'doe2005genealogy', type: 'article-journal', title: 'A Fictitious Journal Article', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2005, 3]] }, 'container-title': 'Journal of Examples' },
      published: '2026-11-21',
    });
    expect(text).toContain('title: "A \\"quoted\\" title"');
    expect(text).toContain('  title: "A Fictitious Journal Article"\n  author: "Jane Doe"\n  date: "2005-03"\n  venue: "Journal of Examples"');
    expect(text).toContain('draft: true');
  });
});
