/** What an article page tells machines and citers about itself (Astro side: reads the build config). */
import type { CollectionEntry } from 'astro:content';
import { SITE } from '../lib/site.ts';
import type { CitedPage } from '../lib/cite/index.ts';
import { readingMinutes } from '../lib/reading/reading-time.ts';
import { href } from '../components/href.ts';

/** The article's stable URL under the configured site and base, or undefined while the site has no public address. */
export const articleUrl = (slug: string, site: URL | undefined): string | undefined => (site ? new URL(href(`articles/${slug}/`), site).href : undefined);

export function citedPage(article: CollectionEntry<'articles'>, site: URL | undefined): CitedPage {
  const { data } = article;
  return {
    id: `cafr-${article.id}`,
    title: data.title,
    author: SITE.author,
    container: SITE.title,
    published: data.published,
    updated: data.updated,
    url: articleUrl(article.id, site),
    language: SITE.lang,
    abstract: data.summary,
  };
}

export const articleReadingMinutes = (article: CollectionEntry<'articles'>): number => readingMinutes(article.body ?? '');
