/**
 * What an article's MDX source mentions, read from its raw body at build time: which entities it
 * links with <Entity id="…"> and which works it cites with [@key] or @key. Used to tag entity
 * pages and the bibliography with the articles that mention them (the `article` search filter).
 */

const ENTITY_TAG = /<Entity\s[^>]*?\bid\s*=\s*(?:"([^"]+)"|'([^']+)'|\{\s*["']([^"']+)["']\s*\})/g;
// Pandoc citation keys start after "@" at a word boundary; e-mail addresses are not citations.
const CITATION_KEY = /(?<![\w.@])@([A-Za-z0-9_][A-Za-z0-9_:.-]*[A-Za-z0-9_])/g;

/** Entity ids linked from the body, in order of first mention. */
export function mentionedEntityIds(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(ENTITY_TAG)) ids.add((match[1] ?? match[2] ?? match[3])!);
  return [...ids];
}

/** Citation keys used in the body, in order of first use. */
export function citedKeys(body: string): string[] {
  const keys = new Set<string>();
  for (const match of body.matchAll(CITATION_KEY)) keys.add(match[1]!);
  return [...keys];
}
