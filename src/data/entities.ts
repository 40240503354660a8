/**
 * Entity look-ups across the five entity collections (Astro side: uses astro:content, so it
 * lives outside src/lib, which stays pure).
 */
import { getCollection, getEntry } from 'astro:content';
import { entityKinds, type EntityKind } from '../schemas/entities.ts';

export async function findEntity(id: string) {
  for (const kind of entityKinds) {
    const entry = await getEntry(kind, id);
    if (entry) return { kind, entry };
  }
  return undefined;
}

export async function allEntities() {
  const lists = await Promise.all(
    entityKinds.map(async (kind: EntityKind) => (await getCollection(kind)).map((entry) => ({ kind, entry }))),
  );
  return lists.flat();
}

/** Published articles, newest first; drafts only in development. */
export async function publishedArticles() {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => b.data.published.localeCompare(a.data.published));
}
