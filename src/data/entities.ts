/**
 * Entity look-ups across the five entity collections (Astro side: uses astro:content, so it
 * lives outside src/lib, which stays pure).
 */
import { getCollection } from 'astro:content';
import { entityKinds, type EntityKind } from '../schemas/entities.ts';

export async function allEntities() {
  const lists = await Promise.all(
    entityKinds.map(async (kind: EntityKind) => (await getCollection(kind)).map((entry) => ({ kind, entry }))),
  );
  return lists.flat();
}

/** Looks an id up across all entity kinds (ids are unique across kinds). */
export async function findEntity(id: string) {
  return (await allEntities()).find((entity) => entity.entry.id === id);
}

/** Published articles, newest first; drafts only in development. */
export async function publishedArticles() {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => b.data.published.localeCompare(a.data.published));
}
