/**
 * Organisations, people, places, events and glossary terms (content/entities/<kind>/<id>.yaml).
 * The file name is the id; ids are unique across all five kinds.
 *
 * Every entity keeps the two kinds of statement apart: `sourced` is what the sources say, each
 * statement with the locator that contains it; `background` is the site's own explanation, shown
 * labelled as ours and never under a source's citation.
 */
import { z } from 'astro/zod';
import { aliasSchema, citationKeySchema, countryCodeSchema, idSchema, isoDateSchema, locatedSourceRefSchema, requiredText } from './common.ts';

const CITATION_IN_TEXT = /\[[^\]]*@|(?:^|\s)@[A-Za-z0-9_]/;

/** Plain text of our own, with no citation inside (`fix` says where the citation belongs). */
const ownText = (what: string, fix: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} is empty: write it, or remove the field` })
    .refine((text) => !CITATION_IN_TEXT.test(text), { error: `${what} contains a citation: ${fix}` });

/** One thing a source says about the entity, in our own words, with where it says it. */
export const sourcedStatementSchema = z.strictObject({
  /**
   * What the source says, in one or two sentences of our own that keep the source's hedges
   * ("reportedly", "allegedly", "could", "an estimated") and say who claims it.
   */
  text: ownText('a sourced statement', "give the citation as the statement's `source` (and `via`), not inside its text"),
  /** The source document and the unit of it (locator) that contains the statement. */
  source: locatedSourceRefSchema,
  /** Works the source itself cites for the statement. */
  via: z.array(citationKeySchema).default([]),
});
export type SourcedStatement = z.output<typeof sourcedStatementSchema>;

/** Fields every entity has. */
const entityBase = {
  /** Name used in headings and links. */
  name: requiredText('the name'),
  /** Every other spelling a reader may search for, including Cyrillic forms. */
  aliases: z.array(aliasSchema).default([]),
  /** What the sources say about it: at least one statement, each with its locator. */
  sourced: z.array(sourcedStatementSchema).min(1, { error: 'say what the sources say about it: at least one statement with its `source`' }),
  /**
   * Our own background, shown labelled as the site's explanation: well-established facts only,
   * no citation. Write `null` when we add nothing beyond the sources.
   */
  background: ownText('background', 'background is our own explanation and never cites a source: move the cited claim into `sourced`, with its `source`').nullable(),
  /** Countries it is tied to (ISO 3166-1 alpha-2), for search filters. */
  countries: z.array(countryCodeSchema).default([]),
};

/**
 * Fields of entities written before the sourced/background split: each fails with the fix
 * instead of a bare "unrecognized key".
 */
const retired = (fix: string) => z.never({ error: fix }).optional();
const retiredFields = {
  description: retired('split `description` into `sourced` (what the sources say, each statement with its `source`) and `background` (ours, or null)'),
  definition: retired('split `definition` into `sourced` (how the sources use the term, each with its `source`) and `background` (our definition, or null)'),
  sources: retired('give each statement in `sourced` its own `source`; the entity-wide `sources` list is gone'),
  role: retired('say who the person is in a `sourced` statement (what the sources say) or in `background` (ours)'),
};

/** A strict object of the entity's fields, with the retired fields' messages. */
const entityObject = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ ...retiredFields, ...shape });

export const organisationKinds = [
  'armed-group',
  'political',
  'state-body',
  'international',
  'research',
  'media',
  'other',
] as const;

export const organisationSchema = entityObject({
  ...entityBase,
  /** Usual short form, e.g. "IMU". */
  acronym: z.string().min(1).optional(),
  /** What sort of organisation it is. */
  kind: z.enum(organisationKinds),
});

export const personSchema = entityObject({ ...entityBase });

export const placeKinds = ['country', 'region', 'province', 'district', 'city', 'valley', 'border', 'conflict-zone'] as const;

/** Latitude and longitude in decimal degrees. */
export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90, { error: 'latitude runs from -90 to 90' }).max(90, { error: 'latitude runs from -90 to 90' }),
  lon: z
    .number()
    .min(-180, { error: 'longitude runs from -180 to 180' })
    .max(180, { error: 'longitude runs from -180 to 180' }),
});

export const placeSchema = entityObject({
  ...entityBase,
  /** What sort of place it is. */
  kind: z.enum(placeKinds),
  /** Country the place lies in (for a country: itself). */
  country: countryCodeSchema.optional(),
  /** For countries: the ISO code that ties the place to the map geometry. */
  iso: countryCodeSchema.optional(),
  /** Where to draw it (ours, for the maps); required for anything a map shows. */
  coordinates: coordinatesSchema.optional(),
});

/** Where a fact about an event comes from: the sources (the event's sourced statements) or our background. */
export const provenances = ['source', 'background'] as const;
export type Provenance = (typeof provenances)[number];

/**
 * An entity an event involves: a bare id when the event's sourced statements name it, or
 * `{ id, from: background }` when only our background ties it to the event.
 */
export const eventLinkSchema = z.union([
  idSchema,
  z.strictObject({
    /** Entity id. */
    id: idSchema,
    /** Only our background ties it to the event; shown as such. */
    from: z.literal('background', { error: 'write `from: background`, or give the bare id when the sources name it' }),
  }),
]);
export type EventLink = z.output<typeof eventLinkSchema>;

export const eventSchema = entityObject({
  ...entityBase,
  /** When it happened, as precisely as the provenance in `dateFrom` gives it (quoted ISO date). */
  date: isoDateSchema,
  /** Last day, for events that lasted (quoted ISO date). */
  endDate: isoDateSchema.optional(),
  /**
   * Where the date comes from: `source` when a sourced statement's locator gives it, `background`
   * when the sources do not date it (the timeline then marks the date as ours).
   */
  dateFrom: z.enum(provenances, { error: 'say where the date comes from: `dateFrom: source` or `dateFrom: background`' }),
  /** Place ids (bare when the sources name the place, `{ id, from: background }` otherwise). */
  places: z.array(eventLinkSchema).default([]),
  /** Organisation ids, likewise. */
  organisations: z.array(eventLinkSchema).default([]),
  /** Person ids, likewise. */
  people: z.array(eventLinkSchema).default([]),
});

export const termSchema = entityObject({ ...entityBase });

export type Organisation = z.output<typeof organisationSchema>;
export type Person = z.output<typeof personSchema>;
export type Place = z.output<typeof placeSchema>;
export type HistoricalEvent = z.output<typeof eventSchema>;
export type Term = z.output<typeof termSchema>;

/** The entity collections, keyed by their folder under content/entities. */
export const entitySchemas = {
  organisations: organisationSchema,
  people: personSchema,
  places: placeSchema,
  events: eventSchema,
  terms: termSchema,
} as const;
export type EntityKind = keyof typeof entitySchemas;
export const entityKinds = Object.keys(entitySchemas) as EntityKind[];

/** The data of an entity of each kind. */
export interface EntityDataByKind {
  organisations: Organisation;
  people: Person;
  places: Place;
  events: HistoricalEvent;
  terms: Term;
}
/** Any entity, tagged with its kind. */
export type AnyEntity = { [K in EntityKind]: { kind: K; id: string; data: EntityDataByKind[K] } }[EntityKind];

/** The id of an event link, whatever its provenance. */
export const linkId = (link: EventLink): string => (typeof link === 'string' ? link : link.id);
/** Where an event link comes from. */
export const linkProvenance = (link: EventLink): Provenance => (typeof link === 'string' ? 'source' : link.from);
