/**
 * Internal links in article bodies (inline, reference-style and <a href>): every path must be a
 * page of the site or a file under public/, every anchor a heading or passage of the target
 * article; a published article may not link to a draft.
 */
import type { CheckContext } from './context.ts';

/** Site routes an article may link to (besides articles, entities and their pages), without the configured base. */
export const SITE_ROUTES = ['/', '/data/', '/entities/', '/search/', '/bibliography/', '/corrections/', '/timeline/'] as const;
/** Anchors every article page has besides its headings' (notes, references, contents). */
const ARTICLE_ANCHORS = ['footnote-label', 'references', 'toc-title'];

export function checkLinks(context: CheckContext): void {
  const { content } = context;
  const articles = new Map(content.articles.map((article) => [`/articles/${article.slug}/`, article]));
  const routes = new Set<string>([
    ...SITE_ROUTES,
    ...articles.keys(),
    ...content.articles.filter((article) => content.sources.has(article.data.source.key)).map((article) => `/articles/${article.slug}/source/`),
    ...[...content.entities.keys()].map((id) => `/entities/${id}/`),
  ]);
  for (const article of content.articles) {
    for (const ref of article.body.links) {
      if (!/^[/#]/.test(ref.id) || ref.id.startsWith('//')) continue;
      const [rawPath = '', rawAnchor] = ref.id.split('#', 2);
      const path = rawPath === '' ? `/articles/${article.slug}/` : rawPath.replace(/\?.*$/, '');
      if (/\.[a-z0-9]+$/i.test(path)) {
        const file = decodeURIComponent(path.slice(1));
        if (context.files.publicFiles && !context.files.publicFiles.has(file) && !['bibliography.bib', 'data/figures.csv', 'data/figures.json', 'feed.xml'].includes(file)) {
          context.error(article.file, ref.line, `broken link "${ref.id}": no file public${path}: add it or fix the path`);
        }
        continue;
      }
      if (!routes.has(path)) {
        const fix = routes.has(`${path}/`) ? `write "${path}/" (page links end with a slash)` : 'link to an existing page (/articles/<slug>/, /entities/<id>/, /data/, …) or fix the path';
        context.error(article.file, ref.line, `broken link "${ref.id}": no page ${path}: ${fix}`);
        continue;
      }
      const target = articles.get(path);
      if (target?.data.draft && !article.data.draft) {
        context.error(article.file, ref.line, `link "${ref.id}" points to a draft (${target.file} has draft: true): publish it or remove the link`);
      }
      const anchor = rawAnchor === undefined ? '' : decodeURIComponent(rawAnchor);
      if (target && anchor !== '' && !target.body.anchors.has(anchor) && !ARTICLE_ANCHORS.includes(anchor) && !isPassageId(anchor, target.body.anchors)) {
        const known = [...target.body.anchors].slice(0, 8).map((id) => `#${id}`).join(', ');
        context.error(article.file, ref.line, `broken anchor "${ref.id}": ${target.file} has no heading "#${anchor}": use one of ${known || '(no headings)'}`);
      }
    }
  }
}

/** A paragraph permalink (`<section-slug>-p<n>`, `intro-p<n>`; see src/lib/reading/passages.ts) or a footnote id. */
function isPassageId(anchor: string, headings: ReadonlySet<string>): boolean {
  if (/^user-content-fn(ref)?-/.test(anchor)) return true;
  const section = /^(.+)-p\d+(?:-\d+)?$/.exec(anchor)?.[1];
  return section !== undefined && (section === 'intro' || headings.has(section));
}
