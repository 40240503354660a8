/** A multiple citation with a work without an author: every work gets a link around its own text. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { markdownPipeline } from '../../../src/markdown/index.ts';
import { FIXTURES } from '../../support/content-fixtures.ts';

const bibliography = join(FIXTURES, '..', 'markdown', 'bibliography.bib');

async function render(markdown: string): Promise<string> {
  const pipeline = markdownPipeline({ bibliography });
  const file = await unified()
    .use(remarkParse)
    .use(pipeline.remarkPlugins as unknown as PluggableList)
    .use(remarkRehype, pipeline.remarkRehype)
    .use(pipeline.rehypePlugins as unknown as PluggableList)
    .use(rehypeStringify)
    .process({ value: markdown, path: 'test.md' });
  return String(file);
}

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
