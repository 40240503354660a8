/**
 * What the pages need of an article's body (the works it cites, the entities it mentions), and
 * the key that names the body's text. The content check reads every body before the build
 * (article-body.ts); the pages take these ids from it (src/data/article-models.ts) instead of
 * parsing every article a second time, which was a sixth of a 300-article build. Keyed by the
 * text itself, so a body the check did not read, or read in another form, is never given
 * another body's ids.
 */
import { createHash } from 'node:crypto';
import type { BodyReferences } from './article-body.ts';

export interface ArticleIds {
  /** Cited keys, each once, in order of first citation. */
  cited: string[];
  /** Entity ids of <Entity> mentions, each once, in order of first mention. */
  entities: string[];
}

const unique = (refs: readonly { id: string }[]): string[] => [...new Set(refs.map((ref) => ref.id))];

export function articleIds(body: BodyReferences): ArticleIds {
  return { cited: unique(body.citations), entities: unique(body.entities) };
}

/**
 * The key of a body's text. Trimmed: Astro's `entry.body` is the text after the frontmatter
 * trimmed, while the check reads it untrimmed (to keep the file's line numbers), as MDX compiles
 * it: the same blocks, except that a body opening with an indented line is a code block to MDX
 * and the check, and was a paragraph to a parse of the trimmed `entry.body`.
 */
export function bodyKey(text: string): string {
  return createHash('sha256').update(text.trim()).digest('base64url');
}
