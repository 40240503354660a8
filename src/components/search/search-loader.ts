/**
 * The only search code a page runs before the reader opens search: bundled by bundle.ts and
 * inlined into every page (under 1 KB), so it costs no request. It fetches nothing until search
 * is opened: it shows the header's search button in place of the plain link, listens for "/"
 * and Ctrl/Cmd+K, and on the first of those imports the search UI (search-ui.ts), which in turn
 * loads Pagefind. On the /search/ page, where searching is the point, it loads at once. When a
 * reader arrives from a result (?pagefind-highlight=…), it loads Pagefind's highlighter to mark
 * the query on the page.
 */
import { HIGHLIGHT_PARAM, isSearchShortcut, isTextTarget } from '../../lib/search/shortcut.ts';

type SearchUi = typeof import('./search-ui.ts');

const { ui: uiUrl = '', bundle = '/pagefind/' } = document.getElementById('search-dialog')?.dataset ?? {};
let ui: Promise<SearchUi> | undefined;
const load = () => (ui ??= import(uiUrl) as Promise<SearchUi>);
const open = () => void load().then((module) => module.openSearch());

for (const link of document.querySelectorAll<HTMLElement>('[data-search-link]')) link.hidden = true;
for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  button.hidden = false;
  button.addEventListener('click', open);
}
document.addEventListener('keydown', (event) => {
  if (!event.defaultPrevented && isSearchShortcut(event, isTextTarget(event.target as HTMLElement | null))) {
    event.preventDefault();
    open();
  }
});
if (document.querySelector('site-search[data-mode="page"]')) void load();
if (new URLSearchParams(location.search).get(HIGHLIGHT_PARAM)) {
  // Pagefind's own highlighter (its documented use: import it, then construct the global it defines).
  void import(`${bundle}pagefind-highlight.js`).then(() => {
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: new (options: object) => unknown };
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM });
  });
}
