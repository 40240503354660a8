/** Turns Pagefind's result data into what the search UI shows. Pure, so it is unit-tested. */
import type { PagefindResultData } from './pagefind-api.ts';
import { visibleExcerpt, type AliasMatch } from './visible-excerpt.ts';

export interface ResultLink {
  url: string;
  title: string;
  /** HTML from Pagefind: entities escaped, terms in <mark>. */
  excerpt: string;
}

export interface ResultView extends ResultLink {
  /** What sort of page: "Article", "Organisation", "Bibliography"… ("" when unknown). */
  type: string;
  /** The sections of the page where the query matched, best first. */
  sections: ResultLink[];
  /** For an article's section: the article's title. */
  article?: string;
  /** Set when the query matched only name variants of mentions, not the excerpt's words. */
  aliases?: AliasMatch[];
}

/** How many visible words an excerpt shows. */
export const EXCERPT_WORDS = 24;

/** Drops an empty highlight parameter (a browse by filters alone has no term to highlight). */
export function cleanResultUrl(url: string, highlightParam: string): string {
  const [withoutHash, hash] = url.split('#', 2) as [string, string | undefined];
  const [path, query] = withoutHash.split('?', 2) as [string, string | undefined];
  if (query === undefined) return url;
  const params = new URLSearchParams(query);
  if (params.get(highlightParam) === '') params.delete(highlightParam);
  const rest = params.toString();
  return `${path}${rest ? `?${rest}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/**
 * One result: the page, and up to `maxSections` sections that start at a heading (the sub-result
 * for the page's own top, without an anchor, is the page link itself).
 */
export function resultView(data: PagefindResultData, highlightParam: string, maxSections = 3, excerptLength = EXCERPT_WORDS): ResultView {
  const sections = data.sub_results
    .filter((sub) => sub.anchor !== undefined)
    .slice(0, maxSections)
    .map((sub) => ({ url: cleanResultUrl(sub.url, highlightParam), title: sub.title, excerpt: sub.excerpt }));
  // From visible words only (visible-excerpt.ts); Pagefind's own excerpt may show hidden variants.
  const excerpt = visibleExcerpt(data.content, data.locations, excerptLength);
  const article = data.meta['article'];
  return {
    url: cleanResultUrl(data.url, highlightParam),
    title: data.meta['title'] ?? data.url,
    type: data.meta['type'] ?? '',
    excerpt: excerpt.html,
    sections,
    ...(article === undefined ? {} : { article }),
    ...(excerpt.aliases === undefined ? {} : { aliases: excerpt.aliases }),
  };
}

/** The sentence the live region announces after a search. */
export function statusText(count: number, q: string, filters: Record<string, string>): string {
  const what = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  const term = q.trim() ? ` for “${q.trim()}”` : '';
  const chosen = Object.values(filters);
  const narrowed = chosen.length > 0 ? ` in ${chosen.join(' · ')}` : '';
  return `${what}${term}${narrowed}.`;
}
