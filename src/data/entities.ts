/**
 * Entity look-ups across the five entity collections (Astro side: uses astro:content, so it
 * lives outside src/lib, which stays pure). Every entity comes tagged with its kind, so its data
 * keeps its type: `entity.kind === 'events'` narrows `entity.data` to an event.
 */
import { getCollection } from 'astro:content';
import type { AnyEntity, EntityKind } from '../schemas/entities.ts';
import { oncePerBuild } from './once-per-build.ts';

async function loadEntities(): Promise<Map<string, AnyEntity>> {
  const [organisations, people, places, events, terms] = await Promise.all([
    getCollection('organisations'),
    getCollection('people'),
    getCollection('places'),
    getCollection('events'),
    getCollection('terms'),
  ]);
  const all: AnyEntity[] = [
    ...organisations.map(({ id, data }) => ({ kind: 'organisations' as const, id, data })),
    ...people.map(({ id, data }) => ({ kind: 'people' as const, id, data })),
    ...places.map(({ id, data }) => ({ kind: 'places' as const, id, data })),
    ...events.map(({ id, data }) => ({ kind: 'events' as const, id, data })),
    ...terms.map(({ id, data }) => ({ kind: 'terms' as const, id, data })),
  ];
  return new Map(all.map((entity) => [entity.id, entity]));
}

// Every <Entity> mention looks its id up here (hundreds per article).
const entityIndex = oncePerBuild(loadEntities);

export async function allEntities(): Promise<AnyEntity[]> {
  return [...(await entityIndex()).values()];
}

/** The entities of one kind, with their data typed for that kind. */
export async function entitiesOfKind<K extends EntityKind>(kind: K): Promise<Extract<AnyEntity, { kind: K }>[]> {
  return (await allEntities()).filter((entity): entity is Extract<AnyEntity, { kind: K }> => entity.kind === kind);
}

/** Looks an id up across all entity kinds (ids are unique across kinds). */
export async function findEntity(id: string): Promise<AnyEntity | undefined> {
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
