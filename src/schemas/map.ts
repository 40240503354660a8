/**
 * A flow map (content/data/maps.yaml): which figures it draws, in which words it explains them and
 * which views a reader can switch between. The numbers themselves always come from the figures
 * data set; a map only selects them.
 */
import { z } from 'astro/zod';
import { flowKinds, statuses } from './figure.ts';
import { citationKeySchema, idSchema, requiredText, sourceRefSchema } from './common.ts';

/** Which flows of the figures data set a map draws. */
export const flowSelectionSchema = z.strictObject({
  /** Flow kinds to draw (outbound, return, pending-return, transit, recruitment). */
  kinds: z.array(z.enum(flowKinds)).min(1, { error: 'name at least one flow kind' }),
  /** Only figures from this source document (citation key); all sources when absent. */
  source: citationKeySchema.optional(),
  /** Only figures whose `asOf` starts with this (e.g. "2019"); all dates when absent. */
  asOf: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/, { error: 'asOf is a quoted ISO date prefix such as "2019"' }).optional(),
});

/** A figure without a flow, drawn as a circle at a place (e.g. a group's reported size in a theatre). */
export const markerSchema = z.strictObject({
  /** Figure id in content/data/figures. */
  figure: idSchema,
  /** Place id (content/entities/places) where the marker is drawn; the place needs coordinates. */
  place: idSchema,
  /** Short label next to the marker, in our own words and without digits (e.g. "KTJ in Idlib"). */
  label: requiredText('the marker\'s label'),
  /** Whether the circle's area scales with the number; false for context such as a population. */
  sized: z.boolean().default(true),
});

/** A route a source describes without a number, drawn as a thin line through places. */
export const routeSchema = z.strictObject({
  /** Place ids the route passes through, in order (at least two). */
  places: z.array(idSchema).min(2, { error: 'a route passes through at least two places' }),
  /** What the route is. */
  kind: z.enum(flowKinds),
  /** Short label, in our own words and without digits (e.g. "Transit through Turkey"). */
  label: requiredText('the route\'s label'),
  /** Where the route comes from: the source document and the place in it. */
  source: sourceRefSchema,
  /** Works the source itself cites for the route. */
  via: z.array(citationKeySchema).default([]),
});

/** A choice of what the map shows (e.g. official figures only). */
export const mapViewSchema = z.strictObject({
  /** Kebab-case id of the view, unique within the map. */
  id: idSchema,
  /** Label of the control, e.g. "Official only". */
  label: requiredText('the view\'s label'),
  /** Statuses the view shows; every status when absent. */
  statuses: z.array(z.enum(statuses)).min(1).optional(),
  /** Flow kinds the view shows; every kind when absent. Markers and routes are not flows and stay. */
  kinds: z.array(z.enum(flowKinds)).min(1).optional(),
});

export const mapSchema = z.strictObject({
  /** Unique kebab-case id, used by <FlowMap id="…" /> and in element ids. */
  id: idSchema,
  /** Title shown above the map. */
  title: requiredText('the title'),
  /** Caption, in our own words: what the map shows and how to read it. */
  caption: requiredText('the caption'),
  /**
   * Text summary of what the map shows, in our own words, for readers who cannot see it. Write
   * `{figure-id}` where a number belongs: it is filled in from the figures data set.
   */
  summary: requiredText('the summary'),
  /** Flows of the figures data set to draw. */
  flows: flowSelectionSchema.optional(),
  /** Further figures with a flow to draw, by id, beyond those the selection finds. */
  include: z.array(idSchema).default([]),
  /** Figures the selection finds that this map leaves out, by id. */
  exclude: z.array(idSchema).default([]),
  /** Figures without a flow drawn as circles at a place. */
  markers: z.array(markerSchema).default([]),
  /** Routes described without a number. */
  routes: z.array(routeSchema).default([]),
  /** What the reader can switch between (at most four); the first view is shown first. */
  views: z.array(mapViewSchema).max(4, { error: 'a map offers at most four views' }).default([]),
});

export type FlowMapData = z.output<typeof mapSchema>;
export type MapMarker = z.output<typeof markerSchema>;
export type MapRoute = z.output<typeof routeSchema>;
export type MapView = z.output<typeof mapViewSchema>;
