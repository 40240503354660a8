/**
 * feed.xml (an Atom feed of the published articles, newest first) and sitemap.xml (every static
 * page, article and entity page). Both need absolute URLs, so they are written only when the build
 * has a public address (SITE_URL); without one there is nothing true to put in them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { allEntities, publishedArticles } from '../data/entities.ts';
import { href } from '../components/href.ts';
import { SITE } from '../lib/site.ts';
import { SITE_URL } from '../config.ts';
import { atomFeed, sitemapXml, staticRoutes } from '../lib/reading/feeds.ts';

const pages = Object.keys(import.meta.glob('./**/*.astro'));
const DOCUMENTS = { feed: SITE.feedPath, sitemap: SITE.sitemapPath } as const;

export const getStaticPaths = (() => (SITE_URL ? Object.keys(DOCUMENTS).map((document) => ({ params: { document } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const articles = await publishedArticles();
  if (params['document'] === 'feed') {
    const entries = articles.map((article) => ({
      title: article.data.title,
      url: url(`articles/${article.id}/`),
      summary: article.data.summary,
      published: article.data.published,
      updated: article.data.updated ?? article.data.published,
    }));
    const feed = atomFeed({ title: SITE.title, subtitle: SITE.description, url: url(''), self: url(DOCUMENTS.feed), author: SITE.author, entries });
    return new Response(feed, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
  }
  const entries = [
    ...staticRoutes(pages).map((path) => ({ url: url(path) })),
    ...articles.map((article) => ({ url: url(`articles/${article.id}/`), lastmod: article.data.updated ?? article.data.published })),
    ...(await Promise.all(articles.map(async (article) => ((await getEntry('sources', article.data.source.key)) ? [{ url: url(`articles/${article.id}/source/`) }] : [])))).flat(),
    ...(await allEntities()).map(({ id }) => ({ url: url(`entities/${id}/`) })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml' } });
};
