/**
 * Entity look-ups across the five entity collections (Astro side: uses astro:content, so it
 * lives outside src/lib, which stays pure).
 */
import { getCollection } from 'astro:content';
import { entityKinds, type EntityKind } from '../schemas/entities.ts';
import { oncePerBuild } from './once-per-build.ts';

type EntityEntry = { kind: EntityKind; entry: Awaited<ReturnType<typeof getCollection<EntityKind>>>[number] };

async function loadEntities(): Promise<Map<string, EntityEntry>> {
  const lists = await Promise.all(
    entityKinds.map(async (kind) => (await getCollection(kind)).map((entry): EntityEntry => ({ kind, entry }))),
  );
  return new Map(lists.flat().map((entity) => [entity.entry.id, entity]));
}

// Every <Entity> mention looks its id up here (hundreds per article).
const entityIndex = oncePerBuild(loadEntities);

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

// Many pages list or scan the articles.
const sharedArticles = oncePerBuild(loadPublishedArticles);

/** Published articles, newest first; drafts only in development. A copy: no caller reorders another's. */
export async function publishedArticles() {
  return [...(await sharedArticles())];
}
