/** Internal URLs that respect the configured `base` (the site may live under a sub-path). */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/**
 * The entity id an entity page's address names (`…/entities/<id>/`, under any base), or undefined
 * for any other address. An entity mention is a link to its page and carries nothing else: the
 * reading script, the search index and the passage index all read the id from the link.
 */
export function entityIdFromHref(href: string): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  const id = /\/entities\/([^/]+)\/$/.exec(path)?.[1];
  return id === undefined ? undefined : decodeURIComponent(id);
}
