/**
 * Name variants in the copy of a page that Pagefind indexes. An entity mention carries every
 * spelling of the entity in `data-name-variants` (indexed through data-pagefind-index-attrs), and
 * Pagefind puts that attribute's text into the record's content just before the mention, where
 * its own excerpts would then show words no reader sees. In the indexed copy the variants are
 * fenced ⟦…⟧ and the mention's visible text ⟪…⟫ (Pagefind indexes words, not these brackets), so
 * the search UI can build an excerpt from visible text alone and say which spelling matched
 * (visible-excerpt.ts). A record indexes each entity's variants once, at its first mention: the
 * same list again at every later mention was duplicated text in the index.
 */

export const ALIAS_OPEN = '⟦';
export const ALIAS_CLOSE = '⟧';
export const MENTION_OPEN = '⟪';
export const MENTION_CLOSE = '⟫';

/** An entity mention's start tag with its variants, its (inline) content and its end tag. */
const MENTION = /(<a\b[^>]*?\s)data-name-variants="([^"]*)"([^>]*>)([\s\S]*?)(<\/a>)/g;
const ENTITY_ID = /\sdata-entity="([^"]*)"/;
const INDEX_ATTRS = /\s*data-pagefind-index-attrs="data-name-variants"/;

/** The variants (" · "-separated) other than the mention's own visible text, which is indexed already. */
function hiddenVariants(variants: string, inner: string): string {
  const visible = inner.replace(/<[^>]*>/g, '').trim().toLocaleLowerCase();
  return variants
    .split(' · ')
    .filter((variant) => variant.trim() !== '' && variant.trim().toLocaleLowerCase() !== visible)
    .join(' · ');
}

/** The indexed copy of `html`: variants fenced at each entity's first mention, dropped at later ones. */
export function markAliases(html: string): string {
  const seen = new Set<string>();
  return html.replace(MENTION, (_tag, start: string, variants: string, rest: string, inner: string, end: string) => {
    const id = ENTITY_ID.exec(start + rest)?.[1] ?? variants;
    const first = !seen.has(id);
    seen.add(id);
    const hidden = hiddenVariants(variants, inner);
    if (!first || hidden === '') return `${(start + rest).replace(INDEX_ATTRS, '')}${inner}${end}`;
    return `${start}data-name-variants="${ALIAS_OPEN}${hidden}${ALIAS_CLOSE}"${rest}${MENTION_OPEN}${inner}${MENTION_CLOSE}${end}`;
  });
}
