/** Every built page as the URL a browser asks for, and what its static HTML says it holds. */
import { builtPages, urlPathOf } from './dist.ts';
import { $$, parse } from './html.ts';

export interface SitePage {
  /** Path under dist/ ("articles/x/index.html"). */
  file: string;
  /** URL path ("/articles/x/"; a non-index file such as 404.html is asked for by its name). */
  url: string;
  /** What the built HTML contains, counted in <main>: the no-JS test expects each to be shown. */
  counts: { footnotes: number; references: number; maps: number; tables: number };
}

export function sitePages(): SitePage[] {
  return builtPages().map(({ path, html }) => {
    const tree = parse(html);
    return {
      file: path,
      url: path.endsWith('index.html') ? urlPathOf(path) : `/${path}`,
      counts: {
        footnotes: $$(tree, 'main section.footnotes li').length,
        references: $$(tree, 'main .csl-entry').length,
        maps: $$(tree, 'main [data-map]').length,
        tables: $$(tree, 'main table').length,
      },
    };
  });
}
