/** sitemap.xml: every static page, article and entity page, as absolute URLs under the base. */
import type { APIRoute } from 'astro';
import { allEntities, publishedArticles } from '../data/entities.ts';
import { href } from '../components/href.ts';
import { sitemapXml, staticRoutes } from '../lib/reading/feeds.ts';

const pages = Object.keys(import.meta.glob('./**/*.astro'));

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const articles = await publishedArticles();
  const entries = [
    ...staticRoutes(pages).map((path) => ({ url: url(path) })),
    ...articles.map((article) => ({ url: url(`articles/${article.id}/`), lastmod: article.data.updated ?? article.data.published })),
    ...(await allEntities()).map(({ entry }) => ({ url: url(`entities/${entry.id}/`) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml' } });
};
