/** Schema.org JSON-LD for an article page: a ScholarlyArticle with its source and citations. Pure. */
import type { CslItem } from '../bibliography.ts';
import { authorNames, issuedYear } from '../bibliography.ts';

export interface ArticleLd {
  title: string;
  summary: string;
  /** Undefined while the site has no public address. */
  url?: string | undefined;
  published: string;
  updated?: string | undefined;
  language: string;
  siteName: string;
  siteUrl?: string | undefined;
  keywords: readonly string[];
  /** The source document the article mirrors. */
  source: { title: string | null; author: string | null; date: string; venue: string | null };
  /** The works the article cites (CSL-JSON items). */
  cited: readonly CslItem[];
}

/** A cited work as a schema.org CreativeWork (only what the bibliography gives). */
export function creativeWork(item: CslItem): Record<string, unknown> {
  const names = authorNames(item);
  const year = issuedYear(item);
  return {
    '@type': 'CreativeWork',
    ...(item.title ? { name: item.title } : {}),
    ...(names.length ? { author: names.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(year !== 'n.d.' ? { datePublished: year } : {}),
    ...(typeof item['URL'] === 'string' ? { url: item['URL'] } : {}),
  };
}

export function articleJsonLd(article: ArticleLd): Record<string, unknown> {
  const site = { '@type': 'Organization', name: article.siteName, ...(article.siteUrl ? { url: article.siteUrl } : {}) };
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: article.title,
    description: article.summary,
    ...(article.url ? { url: article.url, mainEntityOfPage: article.url } : {}),
    inLanguage: article.language,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    author: site,
    publisher: site,
    keywords: article.keywords.join(', '),
    isBasedOn: {
      '@type': 'CreativeWork',
      ...(article.source.title ? { name: article.source.title } : {}),
      ...(article.source.author ? { author: { '@type': 'Person', name: article.source.author } } : {}),
      datePublished: article.source.date,
      ...(article.source.venue ? { isPartOf: article.source.venue } : {}),
    },
    citation: article.cited.map(creativeWork),
  };
}

/** JSON for a `<script type="application/ld+json">`: "<" escaped so no text can close the tag. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
