/**
 * Entity look-ups across the five entity collections (Astro side: uses astro:content, so it
 * lives outside src/lib, which stays pure).
 */
import { getCollection } from 'astro:content';
import { entityKinds, type EntityKind } from '../schemas/entities.ts';

type EntityEntry = { kind: EntityKind; entry: Awaited<ReturnType<typeof getCollection<EntityKind>>>[number] };

async function loadEntities(): Promise<Map<string, EntityEntry>> {
  const lists = await Promise.all(
    entityKinds.map(async (kind) => (await getCollection(kind)).map((entry): EntityEntry => ({ kind, entry }))),
  );
  return new Map(lists.flat().map((entity) => [entity.entry.id, entity]));
}

// One index per build: every <Entity> mention looks its id up here (hundreds per article). In
// development content changes between requests, so the index is rebuilt each time there.
let index: Promise<Map<string, EntityEntry>> | undefined;
function entityIndex(): Promise<Map<string, EntityEntry>> {
  if (import.meta.env.DEV) return loadEntities();
  return (index ??= loadEntities());
}

export async function allEntities(): Promise<EntityEntry[]> {
  return [...(await entityIndex()).values()];
}

/** Looks an id up across all entity kinds (ids are unique across kinds). */
export async function findEntity(id: string): Promise<EntityEntry | undefined> {
  return (await entityIndex()).get(id);
}

async function loadPublishedArticles() {
  const articles = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
  return articles.sort((a, b) => b.data.published.localeCompare(a.data.published));
}

// Once per build, like the entity index: many pages list or scan the articles. A fresh array for
// each caller, so that none can reorder another's.
let articles: ReturnType<typeof loadPublishedArticles> | undefined;

/** Published articles, newest first; drafts only in development. */
export async function publishedArticles() {
  if (import.meta.env.DEV) return loadPublishedArticles();
  return [...(await (articles ??= loadPublishedArticles()))];
}
