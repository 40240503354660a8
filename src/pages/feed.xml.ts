/** feed.xml: an Atom feed of the published articles, newest first. */
import type { APIRoute } from 'astro';
import { publishedArticles } from '../data/entities.ts';
import { href } from '../components/href.ts';
import { SITE } from '../lib/site.ts';
import { atomFeed } from '../lib/reading/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(href(path), site).href;
  const entries = (await publishedArticles()).map((article) => ({
    title: article.data.title,
    url: url(`articles/${article.id}/`),
    summary: article.data.summary,
    published: article.data.published,
    updated: article.data.updated ?? article.data.published,
  }));
  const feed = atomFeed({ title: SITE.title, subtitle: SITE.description, url: url(''), self: url(SITE.feedPath), author: SITE.author, entries });
  return new Response(feed, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
