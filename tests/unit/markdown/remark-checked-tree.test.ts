import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { articleDocument, readArticleBody } from '../../../src/lib/content/article-body.ts';
import remarkCheckedTree, { keepCheckedTree, takeCheckedTree } from '../../../src/markdown/remark-checked-tree.ts';

const FRONTMATTER = /^---\n[\s\S]*?\n---(?:\n|$)/;
const articlesDir = 'content/articles';
const articles = readdirSync(articlesDir).filter((name) => name.endsWith('.mdx')).map((name) => readFileSync(join(articlesDir, name), 'utf8'));

/** The check's document and tree of an article file. */
function checked(text: string) {
  const match = FRONTMATTER.exec(text)!;
  const document = articleDocument(match[0], text.slice(match[0].length));
  const read = readArticleBody(document, 1);
  if ('syntaxError' in read) throw new Error(read.syntaxError.id);
  return { document, tree: read.tree };
}

describe('the content check reads the document and tree MDX compiles', () => {
  it.each(articles.map((text, index) => [index, text] as const))('article %i: Astro blanks its frontmatter the same way, and MDX parses the same tree', (_index, text) => {
    const { document, tree } = checked(text);
    expect(document).toBe(parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content);
    // @mdx-js/mdx's processor with the pipeline's remark-gfm, as Astro's MDX integration builds it.
    expect(tree).toStrictEqual(createProcessor({ remarkPlugins: [remarkGfm] }).parse(new VFile({ value: document, path: 'article.mdx' })));
  });
});

describe('remarkCheckedTree', () => {
  const processor = () => createProcessor({ remarkPlugins: [remarkCheckedTree, remarkGfm] });
  it('hands a kept tree to the compile once, then parses again', () => {
    const { document, tree } = checked(articles[0]!);
    keepCheckedTree(document, tree);
    expect(processor().parse(new VFile({ value: document, path: 'a.mdx' }))).toBe(tree);
    const again = processor().parse(new VFile({ value: document, path: 'a.mdx' }));
    expect(again).not.toBe(tree);
    expect(again).toEqual(checked(articles[0]!).tree);
  });
  it('leaves other documents and .md files to the parser', () => {
    const { document, tree } = checked(articles[0]!);
    keepCheckedTree(document, tree);
    expect(processor().parse(new VFile({ value: `${document}\nMore.`, path: 'a.mdx' }))).not.toBe(tree);
    expect(processor().parse(new VFile({ value: document, path: 'a.md' }))).not.toBe(tree);
    expect(takeCheckedTree(document)).toBe(tree);
  });
});
