/**
 * The article's citation in the formats reference managers import, as files beside it:
 * /articles/<slug>/cite.bib, cite.ris, cite.json (src/lib/cite/downloads.ts). "Cite this page"
 * links to them; Chicago and APA are on the page itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../data/entities.ts';
import { citedPage } from '../../../data/article-meta.ts';
import { CITE_DOWNLOADS, citeDownload } from '../../../lib/cite/index.ts';

export const getStaticPaths = (async () =>
  (await publishedArticles()).flatMap((article) => CITE_DOWNLOADS.map(({ file }) => ({ params: { slug: article.id, file }, props: { article } })))) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']> = ({ params, props, site }) => {
  const download = citeDownload(params['file'] ?? '');
  if (!download) return new Response(null, { status: 404 });
  return new Response(download.render(citedPage(props.article, site)), { headers: { 'content-type': download.type } });
};
