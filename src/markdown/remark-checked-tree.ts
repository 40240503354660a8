/**
 * Compiles the tree the content check has already parsed, instead of parsing the article again.
 * The check (src/integrations/content-check.ts) reads every article before the build with the
 * parser @mdx-js/mdx itself uses (remark-parse, remark-mdx, remark-gfm: src/lib/content/
 * article-body.ts) on the document MDX compiles (the file with its frontmatter blanked), and
 * keeps each tree here under that exact text; this plugin's parser hands a kept tree over once
 * and parses anything else as before. Parsing was a quarter of a 300-article build, done twice.
 *
 * A tree is given away on first use (the compile changes it), so a file compiled again (in
 * development, after an edit or not) is parsed afresh.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';

const kept = new Map<string, Root>();

/** Keeps the tree of an MDX document for its compile. */
export function keepCheckedTree(document: string, tree: Root): void {
  kept.set(document, tree);
}

/** Drops the trees no compile has taken (drafts a build leaves out). */
export function forgetCheckedTrees(): void {
  kept.clear();
}

/** The kept tree of this document, once. */
export function takeCheckedTree(document: string): Root | undefined {
  const tree = kept.get(document);
  kept.delete(document);
  return tree;
}

export default function remarkCheckedTree(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  // Only .mdx files: the check's parser is MDX's, and a .md file has another syntax.
  this.parser = (document, file) => (file.path.endsWith('.mdx') ? takeCheckedTree(document) : undefined) ?? parse(document, file);
}
