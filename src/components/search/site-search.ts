/**
 * The <site-search> element: a search form with filters and results, in the header's dialog on
 * every page and on the /search/ page (where the search is kept in the URL). Part of the search
 * UI bundle (search-ui.ts), loaded only when search opens.
 */
import { FILTER_KEYS, type FilterKey } from '../../lib/search/filters.ts';
import type { PagefindApi, PagefindSearchResponse } from '../../lib/search/pagefind-api.ts';
import { element, loadPagefind } from './pagefind-loader.ts';
import { resultView, statusText } from '../../lib/search/results.ts';
import { resultHtml } from '../../lib/search/result-html.ts';
import { HIGHLIGHT_PARAM } from '../../lib/search/shortcut.ts';
import {
  EMPTY_STATE,
  hasCriteria,
  pagefindFilters,
  pagefindTerm,
  parseSearchState,
  sameState,
  serializeSearchState,
  type SearchState,
} from '../../lib/search/state.ts';

const PAGE_SIZE = 10;
/**
 * Results the dialog loads for a new search: about what it shows at once (two or three at
 * 1280 × 720, one on a phone). Each result's data is a request for its fragment, and a first
 * search's budget is 10 requests (npm run bench:search); more load as the reader scrolls to the
 * "Show more results" button, or presses it.
 */
const DIALOG_FIRST_PAGE = 3;
const DEBOUNCE_MS = 150;

export class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #selects = new Map<FilterKey, HTMLSelectElement>();
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #state: SearchState = EMPTY_STATE;
  #response: PagefindSearchResponse | undefined;
  #shown = 0;
  /** The search whose next batch of results' data is on its way: the button and scrolling must not ask twice. */
  #loadingRun = -1;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Page mode: the current history entry is a committed search; the next keystroke pushes a new one. */
  #committed = true;
  #ready: Promise<void> | undefined;

  get isPage(): boolean {
    return this.dataset['mode'] === 'page';
  }

  get input(): HTMLInputElement {
    return this.#input;
  }

  get highlightParam(): string {
    return HIGHLIGHT_PARAM;
  }

  connectedCallback(): void {
    this.#form = element(this, 'form');
    this.#input = element(this, 'input[name="q"]');
    this.#status = element(this, '.search-status');
    this.#list = element(this, '.search-results');
    this.#more = element(this, '.search-more');
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      this.#selects.set(select.dataset['filter'] as FilterKey, select);
    }
    this.hidden = false;
    this.#input.addEventListener('input', () => this.#onInput());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.#moveFocus(event, 1);
    });
    this.#list.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') this.#moveFocus(event, 1);
      if (event.key === 'ArrowUp') this.#moveFocus(event, -1);
    });
    for (const select of this.#selects.values()) select.addEventListener('change', () => this.#onFilterChange());
    this.#form.addEventListener('submit', (event) => this.#onSubmit(event));
    this.#more.addEventListener('click', () => void this.#showMore());
    // Scrolled into view, the button loads the next results by itself (the click stays for keyboards).
    new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !this.#more.hidden) void this.#showMore(false);
    }).observe(this.#more);
    const filters = this.querySelector('.search-filters');
    for (const type of ['focusin', 'pointerover', 'touchstart']) filters?.addEventListener(type, () => void this.#loadFilters(), { once: true, passive: true });
    if (this.isPage) {
      addEventListener('popstate', () => void this.#restoreFromUrl());
      void this.#restoreFromUrl();
    }
  }

  /**
   * Loads Pagefind (once); called when the search opens. The filter values come with it on the
   * search page, and in the dialog only when the reader turns to the filters: they are four more
   * requests that a first search does not need.
   */
  prepare(): Promise<void> {
    return this.isPage ? this.#loadFilters() : this.#api().then(() => undefined);
  }

  #loadFilters(): Promise<void> {
    this.#ready ??= (async () => {
      const api = await this.#api();
      const counts = await api.filters();
      for (const key of FILTER_KEYS) {
        const select = this.#selects.get(key);
        if (!select) continue;
        const values = Object.entries(counts[key] ?? {}).sort(([a], [b]) => a.localeCompare(b, 'en'));
        for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
      }
      // Only the filters: the reader may have typed a query while they loaded.
      this.#writeControls(this.#state, false);
    })();
    return this.#ready;
  }

  #api(): Promise<PagefindApi> {
    return loadPagefind(this.dataset['bundle'] ?? '/pagefind/', this.dataset['base'] ?? '/', this.highlightParam);
  }

  #readControls(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of this.#selects) if (select.value) filters[key] = select.value;
    return { q: this.#input.value, filters };
  }

  #writeControls(state: SearchState, withQuery = true): void {
    if (withQuery) this.#input.value = state.q;
    for (const [key, select] of this.#selects) {
      const value = state.filters[key] ?? '';
      // A shared URL may name a value this build lacks: keep it selectable rather than drop it.
      if (value && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
  }

  #onInput(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update('type'), DEBOUNCE_MS);
  }

  #onFilterChange(): void {
    clearTimeout(this.#timer);
    void this.#update('commit');
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#timer);
    if (this.isPage) {
      void this.#update('commit');
      return;
    }
    // In the dialog, Enter opens the search page with this search (shareable, with history).
    location.assign(`${this.dataset['page'] ?? '/search/'}${serializeSearchState(this.#readControls())}`);
  }

  /** Reads the controls, records the state in the URL (page mode) and searches. */
  async #update(how: 'type' | 'commit'): Promise<void> {
    const state = this.#readControls();
    const changed = !sameState(state, this.#state);
    if (this.isPage && (changed || how === 'commit')) {
      const url = `${location.pathname}${serializeSearchState(state)}${location.hash}`;
      if (changed && (how === 'commit' || this.#committed)) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      this.#committed = how === 'commit';
    }
    if (changed) await this.#search(state);
  }

  async #restoreFromUrl(): Promise<void> {
    const state = parseSearchState(location.search);
    this.#committed = true;
    this.#writeControls(state);
    await this.prepare();
    this.#writeControls(state);
    await this.#search(state);
  }

  async #search(state: SearchState): Promise<void> {
    this.#state = state;
    const run = ++this.#run;
    if (!hasCriteria(state)) {
      // Cleared, perhaps while an earlier search ran: nothing is loading any more.
      this.removeAttribute('aria-busy');
      this.#response = undefined;
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent = '';
      return;
    }
    this.setAttribute('aria-busy', 'true');
    const api = await this.#api();
    const response = await api.search(pagefindTerm(state), { filters: pagefindFilters(state) });
    if (run !== this.#run) return;
    this.#response = response;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore();
    if (run !== this.#run) return;
    this.removeAttribute('aria-busy');
    this.#status.textContent = statusText(response.results.length, state.q, pagefindFilters(state));
  }

  async #showMore(moveFocus = true): Promise<void> {
    const response = this.#response;
    if (!response) return;
    const run = this.#run;
    if (this.#loadingRun === run) return;
    const size = this.#shown === 0 && !this.isPage ? DIALOG_FIRST_PAGE : PAGE_SIZE;
    const next = response.results.slice(this.#shown, this.#shown + size);
    this.#loadingRun = run;
    // Only these results' fragments are fetched: Pagefind loads a result's data when asked.
    const views = (await Promise.all(next.map((result) => result.data()))).map((data) => resultView(data, this.highlightParam));
    if (this.#loadingRun === run) this.#loadingRun = -1;
    if (run !== this.#run) return;
    const firstNew = this.#shown;
    this.#list.insertAdjacentHTML('beforeend', views.map(resultHtml).join(''));
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= response.results.length;
    if (firstNew > 0 && moveFocus) this.#list.children[firstNew]?.querySelector<HTMLElement>('a')?.focus();
  }

  /** Down/Up arrows: from the query into the results, and between result links. */
  #moveFocus(event: KeyboardEvent, step: 1 | -1): void {
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a[href]')];
    if (links.length === 0) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) links[0]!.focus();
    else if (index + step < 0) this.#input.focus();
    else links[Math.min(index + step, links.length - 1)]!.focus();
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

