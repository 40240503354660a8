import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import type { Root } from 'mdast';
import remarkTypography from '../../../src/markdown/remark-typography.ts';

/** The body's syntax tree after `plugin`, without positions. */
function treeAfter(mdx: string, plugin: Plugin<[], Root>): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(plugin);
  const tree = processor.runSync(processor.parse(mdx));
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value), 1);
}

const articles = join(process.cwd(), 'content', 'articles');
const bodies = readdirSync(articles)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => [name, readFileSync(join(articles, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')] as const);

const tricky = [
  'He said, "\'Quoted\' words in a larger quote."',
  'In the \'80s and the "1990s", it\'s *"emphasised"* and [a "link"](https://example.org/).',
  '"Quote at start" and \'single\' and "end."',
  'The group\'s name -- *Da\'ish* -- and *fard \'ayn*... then . . . done.',
  'Code `don\'t "touch"` here, and "<Entity id="isil">ISIL</Entity>" there.',
  '## A "heading" with \'quotes\'\n\n| "a" | \'b\' |\n| --- | --- |\n| "c" | d\'s |',
  '- "list item"\n- \'another\' one\n\n> "Block quote" ends."',
  '"(a)" and "[b]" and "«c»" and ("d") and "e"—f and "\'g\'"',
  'Astral: 😀 "quoted" 𝒜\'s \'word\' 😀\'s.',
  'Runs: a "" b, c \'\'\' d, e""" f, g\'\'h.',
  '``backticks\'\' and --- three and ---- four -- two, rock \'n\' roll \'s',
];

describe('remark-typography', () => {
  it.each(bodies)('gives %s the same typography as remark-smartypants', (_name, body) => {
    expect(treeAfter(body, remarkTypography)).toBe(treeAfter(body, remarkSmartypants as Plugin<[], Root>));
  });

  it.each(tricky)('agrees with remark-smartypants on %j', (text) => {
    expect(treeAfter(text, remarkTypography)).toBe(treeAfter(text, remarkSmartypants as Plugin<[], Root>));
  });

  it('curls quotes across emphasis and links, and leaves code alone', () => {
    const tree = treeAfter('She wrote "*the* end" and `"raw"`.', remarkTypography);
    expect(tree).toContain('“');
    expect(tree).toContain('” and ');
    expect(tree).toContain('"\\"raw\\""');
  });
});
