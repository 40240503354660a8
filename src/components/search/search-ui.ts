/**
 * The search UI, loaded on demand by search-loader.ts: the <site-search> element (form, filters,
 * results) and the dialog that holds one on every page.
 *
 * Why Pagefind's JS API with this small UI, not a Pagefind UI: the default UI is about 127 KB
 * (31 KB gzip) and the Component UI 184 KB (40 KB gzip) before any index is fetched, which
 * would take most of the 110 KB first-search budget, and they bring their own markup and styles
 * to override. This module is a few KB gzip. Pagefind itself then costs `pagefind.js` (13 KB
 * gzip), the English wasm (58 KB) and the index chunk holding the query's words (about 28 KB on
 * this site) before any result; each result on screen adds its section's fragment (1–2 KB), so a
 * first search stays within 110 KB and 10 requests (see `npm run bench:search`). Pagefind runs
 * on the main thread (`noWorker`): this site's index is small, and the worker would cost another
 * 12 KB gzip for no gain a reader could notice.
 */
import './site-search.ts';

export { openSearch } from './search-dialog.ts';
