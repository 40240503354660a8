/** The plain-Markdown rendering of a generated article (the Starlight comparison's articles). */
import { describe, expect, it } from 'vitest';
import { plainMarkdownArticle, scaleArticle, type PlainLookups } from '../../../scripts/generate-scale-articles.ts';

const pools = { keys: ['doe2005genealogy'], figures: ['fig-a'], entities: [{ id: 'imu', name: 'Islamic Movement of Uzbekistan' }] };
const lookups: PlainLookups = {
  figures: new Map([['fig-a', 'about 31,000']]),
  labels: new Map([['doe2005genealogy', 'Doe 2005']]),
  references: new Map([['doe2005genealogy', 'Doe (2005). A Fictitious Journal Article.']]),
};

describe('plainMarkdownArticle', () => {
  const mdx = scaleArticle(0, pools, true);
  const plain = plainMarkdownArticle(mdx, lookups);

  it('prints the words our components and citations print, without them', () => {
    expect(plain).not.toMatch(/<Entity|<Stat|\[@/);
    expect(plain).toContain('near Islamic Movement of Uzbekistan');
    expect(plain).toContain('counted as about 31,000');
    expect(plain).toMatch(/\(Doe 2005, para\. \d+\)/);
    expect(plain.match(/\(Doe 2005, para\./g)).toHaveLength(mdx.match(/\[@doe2005genealogy/g)?.length ?? -1);
  });

  it('keeps the footnotes, lists the works cited once, and gives Starlight a title and description', () => {
    expect(plain.match(/\[\^n\d+\]:/g)).toHaveLength(10);
    expect(plain.match(/^- Doe \(2005\)\. A Fictitious Journal Article\.$/gm)).toHaveLength(1);
    expect(plain).toMatch(/^---\ntitle: "Scale test article 1: [^"\n]+"\ndescription: "A generated article[^\n]*"\n---\n/);
  });
});
