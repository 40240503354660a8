/**
 * Name variants in the copy of a page that Pagefind indexes. The page's entity mentions are only
 * links to their entities' pages (`a.entity`, the id in the address); in the indexed copy, an entity's first mention in each record gets
 * the entity's other spellings (entity-variants.ts) in `data-name-variants`, indexed through
 * data-pagefind-index-attrs, so a search for any spelling finds the passage. Pagefind puts that
 * attribute's text into the record's content just before the mention, where its own excerpts
 * would then show words no reader sees, so the variants are fenced ⟦…⟧ and the mention's visible
 * text ⟪…⟫ (Pagefind indexes words, not these brackets): the search UI builds an excerpt from
 * visible text alone and says which spelling matched (visible-excerpt.ts). Later mentions in the
 * same record add nothing: the same list again would be duplicated text in the index.
 */

import { entityIdFromHref } from '../urls.ts';
import { escapeHtml } from './result-html.ts';

export const ALIAS_OPEN = '⟦';
export const ALIAS_CLOSE = '⟧';
export const MENTION_OPEN = '⟪';
export const MENTION_CLOSE = '⟫';

/** A link: its start tag up to the `>`, its attributes and its (inline) content. Links do not nest. */
const LINK = /(<a\b([^>]*))>([\s\S]*?)<\/a>/g;
const ENTITY_CLASS = /\sclass="entity"/;
const HREF = /\shref="([^"]*)"/;

/** The variants (" · "-separated) other than the mention's own visible text, which is indexed already. */
function hiddenVariants(variants: string, inner: string): string {
  const visible = inner.replace(/<[^>]*>/g, '').trim().toLocaleLowerCase();
  return variants
    .split(' · ')
    .filter((variant) => variant.trim() !== '' && variant.trim().toLocaleLowerCase() !== visible)
    .join(' · ');
}

/**
 * The indexed copy of `html` (one record): each entity's other spellings, from `variants` (id →
 * " · "-separated spellings), fenced at its first mention; later mentions unchanged.
 */
export function markAliases(html: string, variants: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  return html.replace(LINK, (link, start: string, attributes: string, inner: string) => {
    const id = ENTITY_CLASS.test(attributes) ? entityIdFromHref(HREF.exec(attributes)?.[1] ?? '') : undefined;
    if (id === undefined) return link;
    const first = !seen.has(id);
    seen.add(id);
    const hidden = hiddenVariants(variants.get(id) ?? '', inner);
    if (!first || hidden === '') return link;
    return `${start} data-name-variants="${ALIAS_OPEN}${escapeHtml(hidden)}${ALIAS_CLOSE}" data-pagefind-index-attrs="data-name-variants">${MENTION_OPEN}${inner}${MENTION_CLOSE}</a>`;
  });
}
