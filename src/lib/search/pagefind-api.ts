/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, v1.6) the search UI uses, as
 * documented at pagefind.app/docs/api/ and /docs/sub-results/. The bundle is generated at build
 * time and loaded at run time, so it has no types of its own to import.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML: entities escaped, query terms in <mark>. */
  excerpt: string;
  /** Present when the sub-result starts at a heading (or other element) with an id. */
  anchor?: { element: string; id: string; text?: string; location: number };
}

export interface PagefindResultData {
  url: string;
  /** HTML: entities escaped, query terms in <mark>. */
  excerpt: string;
  /** The record's indexed text, raw (this site's copy, with name variants fenced: alias-marks.ts). */
  content: string;
  /** Positions of the matched words in `content` split at whitespace. */
  locations: number[];
  /** Raw metadata (title, this site's `type`, and `article` on a section); must be escaped before display. */
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value if that value were added to the current filters. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

export interface PagefindOptions {
  baseUrl?: string;
  ranking?: PagefindRanking;
  highlightParam?: string;
  excerptLength?: number;
  noWorker?: boolean;
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(term: string | null, options?: PagefindSearchOptions, timeout?: number): Promise<PagefindSearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}
