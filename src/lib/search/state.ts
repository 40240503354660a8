/**
 * Search state in the URL: `/search/?q=daesh&country=Tajikistan&kind=Article`. One value per
 * filter; filters combine with AND. Pure, so the search page and the tests share it.
 */
import { FILTER_KEYS, type FilterKey } from './filters.ts';

export interface SearchState {
  /** The query as typed ("" when browsing by filters alone). */
  q: string;
  /** Chosen filter values by key; a key is absent when any value will do. */
  filters: Partial<Record<FilterKey, string>>;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {} };

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, keys in a fixed order, "" for the empty state. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** Whether there is anything to search for: a query, a filter or both. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || Object.keys(state.filters).length > 0;
}

/** The `filters` option of Pagefind's search(): `{ country: "Tajikistan" }` (AND across keys). */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => value !== undefined && value !== ''));
}

/** Pagefind's search term: null browses by filters alone (Pagefind's documented form). */
export function pagefindTerm(state: SearchState): string | null {
  return state.q.trim() === '' ? null : state.q.trim();
}
