/**
 * The kinds of page the benchmark measures, found from the built HTML files rather than listed by
 * hand, so that a page added to src/pages is measured (and held to the budget) without a change here.
 *
 * A page's kind is its route: its path with the segment a dynamic route fills ([slug], [id]: the
 * second) written as `[slug]`. Each kind is measured on one page, its largest HTML (the worst
 * case), except articles: every article is its own kind, since each is long in its own way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface BuiltPage {
  /** Path under the build folder, with forward slashes: "index.html", "articles/x/index.html", "404.html". */
  file: string;
  /** Size of the HTML in bytes. */
  bytes: number;
  /** Whether the page holds a map island. */
  hasMap: boolean;
}

export interface PageKind {
  /** What the report calls it: "home", "article: <slug>", "entity", "data", … */
  kind: string;
  /** The URL path a browser asks for, with its query when the kind needs one ("/search/?q=Daesh"). */
  path: string;
  /** The route it stands for ("articles/[slug]", "" for the home page). */
  route: string;
  hasMap: boolean;
}

/** Names for routes whose path alone says little; any other route is called by its path. */
const NAMES: Record<string, string> = {
  '': 'home',
  'articles/[slug]/source': 'article source',
  entities: 'entities index',
  'entities/[slug]': 'entity',
};

/** The page's route, and the URL path it is asked for by. */
function routeOf(file: string): { route: string; url: string } {
  if (!file.endsWith('/index.html') && file !== 'index.html') return { route: file.replace(/\.html$/, ''), url: `/${file}` };
  const segments = file.split('/').slice(0, -1);
  const route = segments.map((segment, index) => (index === 1 ? '[slug]' : segment)).join('/');
  return { route, url: `/${segments.map((segment) => `${segment}/`).join('')}` };
}

/**
 * One page per kind, in a stable order (the home page first, then by route), every article apart.
 * `queries` adds a query string to a route's URL (the search page is measured with results).
 */
export function pageKinds(pages: readonly BuiltPage[], queries: Readonly<Record<string, string>> = {}): PageKind[] {
  const chosen = new Map<string, { page: BuiltPage; url: string; route: string }>();
  for (const page of pages) {
    const { route, url } = routeOf(page.file);
    const key = route === 'articles/[slug]' ? url : route;
    const held = chosen.get(key);
    if (!held || page.bytes > held.page.bytes || (page.bytes === held.page.bytes && url < held.url)) chosen.set(key, { page, url, route });
  }
  return [...chosen.values()]
    .sort((a, b) => (a.route === '' ? -1 : b.route === '' ? 1 : a.route.localeCompare(b.route) || a.url.localeCompare(b.url)))
    .map(({ page, url, route }) => ({
      kind: route === 'articles/[slug]' ? `article: ${url.split('/')[2]}` : (NAMES[route] ?? route),
      path: `${url}${queries[route] ?? ''}`,
      route,
      hasMap: page.hasMap,
    }));
}

/** Every HTML page of a build folder (the search index's and other non-page files left out). */
export function readBuiltPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return { file, bytes: Buffer.byteLength(html), hasMap: html.includes('<flow-map') };
    });
}
