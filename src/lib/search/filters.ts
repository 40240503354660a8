/**
 * The search filters a reader can combine, shared by the pages that set them (build time) and
 * the search UI that offers them (browser). Values are human-readable because Pagefind shows
 * them as they are and the URL carries them (`?country=Tajikistan`).
 */

/** Filter keys in the order the search UI shows them. */
export const FILTER_KEYS = ['kind', 'article', 'country', 'organisation'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Labels for the filter controls. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  kind: 'Kind of page',
  article: 'Article',
  country: 'Country',
  organisation: 'Organisation',
};

/** The `kind` filter's values: what sort of page a result is. */
export const PAGE_KINDS = {
  article: 'Article',
  entity: 'Entity',
  source: 'Source',
  data: 'Data',
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** Filter values of one page, as the build collects them. */
export type PageFilters = Partial<Record<FilterKey, readonly string[]>>;

/** Sorted, de-duplicated, non-empty values: stable HTML and no duplicate filter entries. */
export function cleanValues(values: Iterable<string>): string[] {
  return [...new Set([...values].map((value) => value.trim()).filter((value) => value !== ''))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
}
