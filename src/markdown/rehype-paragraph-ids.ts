/**
 * Gives every passage (paragraph, list item) a stable id and a "¶" permalink, and records what
 * each passage mentions and cites in the file's frontmatter (`passages`), where Astro hands it
 * back as `remarkPluginFrontmatter` from `render()`: the backlink indexes are built from it.
 * It is the last reader of a citation's `data-locator`, and takes it out of the page.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { assignPassageIds, type PassageOptions } from '../lib/reading/passages.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function rehypeParagraphIds(options: PassageOptions = {}) {
  return (tree: Root, file: VFile) => {
    const passages = assignPassageIds(tree, options);
    // A citation link's locator (remark-citations) has been recorded in `passages`; the page does
    // not need it again in an attribute, as the link's own text says it (issue 15: 3–9 KB raw).
    visit(tree, 'element', (node) => void delete node.properties['dataLocator']);
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['passages'] = passages;
  };
}
