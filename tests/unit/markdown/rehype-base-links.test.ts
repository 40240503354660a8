import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeBaseLinks from '../../../src/markdown/rehype-base-links.ts';

async function render(markdown: string, base: string): Promise<string> {
  return String(await unified().use(remarkParse).use(remarkRehype).use(rehypeBaseLinks, { base }).use(rehypeStringify).process(markdown));
}

describe('rehypeBaseLinks', () => {
  it('prefixes the base to root-relative links and images', async () => {
    const html = await render('[data](/data/) [a](/articles/x/#s) ![A map](/img/map.png)', '/repo/');
    expect(html).toContain('href="/repo/data/"');
    expect(html).toContain('href="/repo/articles/x/#s"');
    expect(html).toContain('src="/repo/img/map.png"');
  });
  it('leaves anchors, external, protocol-relative and already-prefixed links alone', async () => {
    const html = await render('[a](#s) [b](https://example.org/) [c](//cdn.example.org/x) [d](/repo/data/)', '/repo');
    expect(html).toContain('href="#s"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="//cdn.example.org/x"');
    expect(html).toContain('href="/repo/data/"');
    expect(html).not.toContain('/repo/repo/');
  });
  it('changes nothing at the root of a domain', async () => {
    expect(await render('[data](/data/)', '/')).toContain('href="/data/"');
  });
});
