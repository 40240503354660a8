/**
 * Pagefind's browser API, imported once per page when search first needs it (part of the search
 * UI bundle), and a checked look-up for the <site-search> element's parts.
 */
import type { PagefindApi } from '../../lib/search/pagefind-api.ts';

let pagefind: Promise<PagefindApi> | undefined;

export function loadPagefind(bundle: string, baseUrl: string, highlightParam: string): Promise<PagefindApi> {
  pagefind ??= (async () => {
    // The bundle is generated at build time, so it has no types: pagefind-api.ts describes the part we use.
    const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    // excerptLength only sizes Pagefind's own excerpt; the one shown is visible-excerpt.ts's.
    await api.options({ baseUrl, highlightParam, excerptLength: 24, noWorker: true });
    return api;
  })();
  return pagefind;
}

export function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`site-search: missing ${selector}`);
  return found;
}
