/**
 * Search filters and result metadata of each kind of page, computed at build time from the
 * content collections (Astro side: uses astro:content). The pure parts live in src/lib/search.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findEntity, publishedArticles } from './entities.ts';
import { oncePerBuild } from './once-per-build.ts';
import { linkId, type AnyEntity } from '../schemas/entities.ts';
import { ENTITY_KIND_LABELS } from '../lib/entities.ts';
import { countryName } from '../lib/countries.ts';
import { cleanValues, PAGE_KINDS, type PageFilters } from '../lib/search/filters.ts';
import { citedKeysOf, mentionedEntitiesOf } from './article-models.ts';
import { entityResultTitle } from '../lib/search/variants.ts';

type Article = CollectionEntry<'articles'>;


async function organisationName(id: string): Promise<string | undefined> {
  const entity = await findEntity(id);
  return entity ? entityResultTitle(entity.data) : undefined;
}

async function organisationNames(ids: readonly string[]): Promise<string[]> {
  return (await Promise.all(ids.map(organisationName))).filter((name): name is string => name !== undefined);
}

function countryNames(codes: Iterable<string | undefined>): string[] {
  return [...codes].filter((code): code is string => code !== undefined).map(countryName);
}

/** An article: its own title, countries and organisations. */
export async function articleSearchFilters(article: Article): Promise<PageFilters> {
  return {
    kind: [PAGE_KINDS.article],
    article: [article.data.title],
    country: cleanValues(countryNames(article.data.countries)),
    organisation: cleanValues(await organisationNames(article.data.organisations)),
  };
}

/** Entity id → titles of the articles that link it with <Entity id> or list it among their organisations. */
async function loadMentionIndex(): Promise<Map<string, string[]>> {
  const index = new Map<string, string[]>();
  for (const article of await publishedArticles()) {
    for (const id of new Set([...article.data.organisations, ...(await mentionedEntitiesOf(article.id))])) {
      index.set(id, [...(index.get(id) ?? []), article.data.title]);
    }
  }
  return index;
}

// One scan of each article per build, not one per entity page and article (149 × 1,000 in the
// scale benchmark).
const mentionIndex = oncePerBuild(loadMentionIndex);
async function articlesMentioning(id: string): Promise<string[]> {
  return (await mentionIndex()).get(id) ?? [];
}

/** An entity page: the articles that mention it, its countries, and the organisations involved. */
export async function entitySearchFilters(entity: AnyEntity): Promise<PageFilters> {
  const organisations =
    entity.kind === 'organisations'
      ? [entityResultTitle(entity.data)]
      : await organisationNames(entity.kind === 'events' ? entity.data.organisations.map(linkId) : []);
  const codes = entity.kind === 'places' ? [entity.data.country, entity.data.iso] : [];
  return {
    kind: [PAGE_KINDS.entity],
    article: cleanValues(await articlesMentioning(entity.id)),
    country: cleanValues(countryNames([...entity.data.countries, ...codes])),
    organisation: cleanValues(organisations),
  };
}

/** Metadata shown with an entity's search result: its kind and a title with its acronym. */
export function entitySearchMeta(entity: AnyEntity): Record<string, string> {
  return { type: ENTITY_KIND_LABELS[entity.kind].one, title: entityResultTitle(entity.data) };
}

/** The bibliography page: the articles that cite any of its works. */
export async function bibliographySearchFilters(keys: ReadonlySet<string>): Promise<PageFilters> {
  const articles = await publishedArticles();
  const cited = await Promise.all(articles.map(async (article) => keys.has(article.data.source.key) || [...(await citedKeysOf(article.id))].some((key) => keys.has(key))));
  return { kind: [PAGE_KINDS.source], article: cleanValues(articles.filter((_article, index) => cited[index]).map((article) => article.data.title)) };
}

/** The data page: the countries its figures count, and the articles whose sources they come from. */
export async function dataSearchFilters(): Promise<PageFilters> {
  const figures = (await getCollection('figures')).map((entry) => entry.data);
  const sourceKeys = new Set(figures.map((figure) => figure.source.key));
  const articles = (await publishedArticles()).filter((article) => sourceKeys.has(article.data.source.key));
  return {
    kind: [PAGE_KINDS.data],
    article: cleanValues(articles.map((article) => article.data.title)),
    country: cleanValues(countryNames(figures.map((figure) => figure.country))),
  };
}
