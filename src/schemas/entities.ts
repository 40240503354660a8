/**
 * Organisations, people, places, events and glossary terms (content/entities/<kind>/<id>.yaml).
 * The file name is the id; ids are unique across all five kinds.
 */
import { z } from 'astro/zod';
import { aliasSchema, countryCodeSchema, idSchema, isoDateSchema, sourceRefSchema } from './common.ts';

/** Fields every entity has. */
const entityBase = {
  /** Name used in headings and links. */
  name: z.string().min(1),
  /** Every other spelling a reader may search for, including Cyrillic forms. */
  aliases: z.array(aliasSchema).default([]),
  /** What it is, in our own words (1–3 sentences). */
  description: z.string().min(1),
  /** Where the facts come from. */
  sources: z.array(sourceRefSchema).min(1, { error: 'every entity needs at least one source' }),
  /** Countries it is tied to (ISO 3166-1 alpha-2). */
  countries: z.array(countryCodeSchema).default([]),
};

export const organisationKinds = [
  'armed-group',
  'political',
  'state-body',
  'international',
  'research',
  'media',
  'other',
] as const;

export const organisationSchema = z.strictObject({
  ...entityBase,
  /** Usual short form, e.g. "IMU". */
  acronym: z.string().min(1).optional(),
  /** What sort of organisation it is. */
  kind: z.enum(organisationKinds),
});

export const personSchema = z.strictObject({
  ...entityBase,
  /** One line on who the person is, as of the sources. */
  role: z.string().min(1),
});

export const placeKinds = ['country', 'region', 'province', 'district', 'city', 'valley', 'border'] as const;

/** Latitude and longitude in decimal degrees. */
export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90, { error: 'latitude runs from -90 to 90' }).max(90, { error: 'latitude runs from -90 to 90' }),
  lon: z
    .number()
    .min(-180, { error: 'longitude runs from -180 to 180' })
    .max(180, { error: 'longitude runs from -180 to 180' }),
});

export const placeSchema = z.strictObject({
  ...entityBase,
  /** What sort of place it is. */
  kind: z.enum(placeKinds),
  /** Country the place lies in (for a country: itself). */
  country: countryCodeSchema.optional(),
  /** For countries: the ISO code that ties the place to the map geometry. */
  iso: countryCodeSchema.optional(),
  /** Where to draw it; required for anything a map shows. */
  coordinates: coordinatesSchema.optional(),
});

export const eventSchema = z.strictObject({
  ...entityBase,
  /** When it happened, as precisely as known (quoted ISO date). */
  date: isoDateSchema,
  /** Last day, for events that lasted (quoted ISO date). */
  endDate: isoDateSchema.optional(),
  /** Place ids. */
  places: z.array(idSchema).default([]),
  /** Organisation ids. */
  organisations: z.array(idSchema).default([]),
  /** Person ids. */
  people: z.array(idSchema).default([]),
});

export const termSchema = z.strictObject({
  name: entityBase.name,
  aliases: entityBase.aliases,
  /** What the term means, in our own words. */
  definition: z.string().min(1),
  sources: entityBase.sources,
  countries: entityBase.countries,
});

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
