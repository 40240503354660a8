/**
 * One number from a source (content/data/figures/*.yaml): every figure a reader sees, in prose,
 * maps, tables and downloads, is rendered from these entries.
 */
import { z } from 'astro/zod';
import { countryCodeSchema, idSchema, isoDateSchema, locatedSourceRefSchema, citationKeySchema, requiredText } from './common.ts';

/** How the source hedges the number. */
export const qualifiers = ['about', 'nearly', 'up-to', 'at-least', 'more-than'] as const;
/**
 * Who stands behind the number, as the source presents it:
 * - `official`: the source attributes it to a government or an official body;
 * - `unofficial`: the source says it comes from unofficial sources;
 * - `estimate`: the source calls it an estimate ("estimated", "estimates indicate");
 * - `reported`: the source states it, from reports or a work it cites, without saying it is official;
 * - `denied`: the source says a government denied it.
 */
export const statuses = ['official', 'unofficial', 'estimate', 'reported', 'denied'] as const;
/** What a flow of people is. */
export const flowKinds = ['outbound', 'return', 'pending-return', 'transit', 'recruitment'] as const;
/** What the number is measured in. `one-in` reads "one in N"; `times` a multiplier. */
export const units = ['people', 'websites', 'states', 'years', 'months', 'times', 'one-in', 'percent'] as const;
/** What kind of thing is counted, for filters and map selection. */
export const measures = [
  'fighters',
  'citizens',
  'returnees',
  'women',
  'children',
  'prisoners',
  'convictions',
  'arrests',
  'suspects',
  'deaths',
  'injuries',
  'websites',
  'states',
  'population',
  'members',
  'sentence',
  'age',
  'ratio',
  'growth',
  'plots',
  'other',
] as const;

const count = z.number().min(0, { error: 'counts cannot be negative' });

/** A movement of people that the maps draw from one place to another. */
export const flowSchema = z.strictObject({
  /** Place id (content/entities/places) the people left. */
  from: idSchema,
  /** Place id the people went to. */
  to: idSchema,
  /** What kind of movement it is. */
  kind: z.enum(flowKinds),
});

export const figureSchema = z
  .strictObject({
    /** Unique kebab-case id, referred to by <Stat id>, <KeyFigures> and the maps. */
    id: idSchema,
    /** The number, when the source gives one value. */
    value: count.optional(),
    /** Lower bound, when the source gives a range. */
    min: count.optional(),
    /** Upper bound, when the source gives a range. */
    max: count.optional(),
    /** How the source hedges the number ("about 500", "up to 30"); absent when stated plainly. */
    qualifier: z.enum(qualifiers).optional(),
    /** Unit of the number; people by default. */
    unit: z.enum(units).default('people'),
    /** Kind of thing counted. */
    measure: z.enum(measures),
    /** What exactly is counted, in our own words. */
    counts: requiredText('`counts` (what the number counts)'),
    /**
     * The source's own words for the number, quoted exactly (a few words, e.g. "an estimated three
     * million people"), so that a reader can find it at the locator and see its hedges. " … " marks
     * words left out between two quoted parts ("about … 150 citizens of Kazakhstan"). Shown in
     * quotation marks on the data page.
     */
    wording: z.string().trim().min(1).max(120, { error: 'quote only the few words that give the number (at most 120 characters)' }),
    /** Country whose people (or territory) the number is about. */
    country: countryCodeSchema.optional(),
    /**
     * When the number was true, as the source dates it (quoted ISO date, no more precise than the
     * source). Leave it out when the source does not date the number: it is then shown as undated.
     */
    asOf: isoDateSchema.optional(),
    /** Who stands behind the number, as the source presents it (see `statuses`). */
    status: z.enum(statuses),
    /** Where the number comes from: the source document and the unit of it that gives the number. */
    source: locatedSourceRefSchema,
    /** Works the source itself cites for the number. */
    via: z.array(citationKeySchema).default([]),
    /** For movements of people: from where to where. */
    flow: flowSchema.optional(),
    /** A remark of our own (caveats, how the source phrases it), shown labelled as ours. */
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((figure, ctx) => {
    // People, websites and states are counted whole: "2.5 people" is a typing mistake, not a figure.
    if (['people', 'websites', 'states'].includes(figure.unit)) {
      for (const field of ['value', 'min', 'max'] as const) {
        const number = figure[field];
        if (number !== undefined && !Number.isInteger(number)) {
          ctx.addIssue({ code: 'custom', path: [field], message: `${number} ${figure.unit} is not a whole number: counts of ${figure.unit} are whole (a share is unit: percent, a multiplier unit: times)` });
        }
      }
    }
    const hasValue = figure.value !== undefined;
    const hasRange = figure.min !== undefined || figure.max !== undefined;
    if (hasValue === hasRange) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'give either `value` or both `min` and `max`',
      });
    } else if (hasRange && (figure.min === undefined || figure.max === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'a range needs both `min` and `max`' });
    } else if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `range has min ${figure.min} > max ${figure.max}: swap them`,
      });
    }
  });
export type Figure = z.output<typeof figureSchema>;
export type FlowKind = (typeof flowKinds)[number];
export type FigureStatus = (typeof statuses)[number];
