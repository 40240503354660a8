/** Reading time of an article from its MDX source. Pure. */

/** Words a reader sees: frontmatter, imports, JSX tags, citation brackets and Markdown syntax removed. */
export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\[\^[^\]]+\]:?/g, ' ')
    .replace(/[#*_`>|[\](){}-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes at a given pace (default 230 words a minute), at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(proseWords(mdx) / wordsPerMinute));
}
