/**
 * Gives every passage (paragraph, list item) a stable id and a "¶" permalink, and records what
 * each passage mentions and cites in the file's frontmatter (`passages`), where Astro hands it
 * back as `remarkPluginFrontmatter` from `render()`: the backlink indexes are built from it.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { assignPassageIds, type PassageOptions } from '../lib/reading/passages.ts';

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export default function rehypeParagraphIds(options: PassageOptions = {}) {
  return (tree: Root, file: VFile) => {
    const passages = assignPassageIds(tree, options);
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['passages'] = passages;
  };
}
