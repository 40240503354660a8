/**
 * What each published article cites and mentions, for the search filters, the entity previews
 * and the bibliography's "cited in": taken from the content check's reading of the MDX
 * (src/lib/content/article-body.ts), which every build makes before Astro starts
 * (src/integrations/content-check.ts), instead of parsing each article again here. In
 * development, where articles change after that check, and for any body the check did not read
 * in the same text, the article is read here.
 */
import type { CollectionEntry } from 'astro:content';
import checked from 'virtual:checked-article-ids';
import { readArticleBody } from '../lib/content/article-body.ts';
import { articleIds, bodyKey, type ArticleIds } from '../lib/content/article-ids.ts';
import { publishedArticles } from './entities.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The body's ids; the check has already failed the build on a syntax error. */
function idsOf(article: CollectionEntry<'articles'>): ArticleIds {
  const text = article.body ?? '';
  const known = import.meta.env.DEV ? undefined : checked[bodyKey(text)];
  if (known) return known;
  const read = readArticleBody(text, 1);
  if ('syntaxError' in read) throw new Error(`${article.filePath}: ${read.syntaxError.id}`);
  return articleIds(read.body);
}

export const articleModels = oncePerBuild(async (): Promise<Map<string, ArticleIds>> => new Map((await publishedArticles()).map((article) => [article.id, idsOf(article)])));

/** Citation keys an article cites, each once. */
export async function citedKeysOf(slug: string): Promise<Set<string>> {
  return new Set((await articleModels()).get(slug)?.cited ?? []);
}

/** Entity ids an article links, each once. */
export async function mentionedEntitiesOf(slug: string): Promise<Set<string>> {
  return new Set((await articleModels()).get(slug)?.entities ?? []);
}
