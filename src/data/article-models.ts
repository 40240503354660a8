/**
 * What each published article cites and mentions, from the content model (src/lib/content/
 * article-body.ts): the same reading of the MDX the content check makes, once per build, for the
 * search filters and the bibliography's "cited in".
 */
import type { CollectionEntry } from 'astro:content';
import { readArticleBody, type BodyReferences } from '../lib/content/article-body.ts';
import { publishedArticles } from './entities.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The body's references; the check has already failed the build on a syntax error. */
function bodyOf(article: CollectionEntry<'articles'>): BodyReferences {
  const read = readArticleBody(article.body ?? '', 1);
  if ('syntaxError' in read) throw new Error(`${article.filePath}: ${read.syntaxError.id}`);
  return read.body;
}

export const articleModels = oncePerBuild(async (): Promise<Map<string, BodyReferences>> => new Map((await publishedArticles()).map((article) => [article.id, bodyOf(article)])));

/** Citation keys an article cites, each once. */
export async function citedKeysOf(slug: string): Promise<Set<string>> {
  return new Set((await articleModels()).get(slug)?.citations.map((ref) => ref.id) ?? []);
}

/** Entity ids an article links, each once. */
export async function mentionedEntitiesOf(slug: string): Promise<Set<string>> {
  return new Set((await articleModels()).get(slug)?.entities.map((ref) => ref.id) ?? []);
}
