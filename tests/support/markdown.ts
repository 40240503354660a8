/** Real Markdown through the site's plugin list (src/markdown/index.ts), against the test bibliography. */
import { join } from 'node:path';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { markdownPipeline } from '../../src/markdown/index.ts';
import { FIXTURES } from './content-fixtures.ts';

const bibliography = join(FIXTURES, '..', 'markdown', 'bibliography.bib');

/** `frontmatter` stands in for what Astro hands the plugins (e.g. `{ source: { key } }` for an article). */
export async function renderMarkdown(markdown: string, path = 'test.md', frontmatter: Record<string, unknown> = {}): Promise<string> {
  return (await renderMarkdownWithFrontmatter(markdown, path, frontmatter)).html;
}

/** The HTML and the frontmatter the plugins leave (e.g. `passages`, from rehype-paragraph-ids). */
export async function renderMarkdownWithFrontmatter(markdown: string, path = 'test.md', frontmatter: Record<string, unknown> = {}): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const pipeline = markdownPipeline({ bibliography });
  const file = await unified()
    .use(remarkParse)
    .use(pipeline.remarkPlugins as unknown as PluggableList)
    .use(remarkRehype, pipeline.remarkRehype)
    .use(pipeline.rehypePlugins as unknown as PluggableList)
    .use(rehypeStringify)
    .process({ value: markdown, path, data: { astro: { frontmatter } } });
  return { html: String(file), frontmatter };
}
