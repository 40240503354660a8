/** Small fixture data for the map tests, built here rather than read from content/. */
import type { Figure } from '../../../../src/schemas/figure.ts';
import type { FlowMapData } from '../../../../src/schemas/map.ts';
import type { PlaceInfo } from '../../../../src/lib/maps/layout-map.ts';

export const figure = (id: string, fields: Partial<Figure> = {}): Figure => ({
  id,
  value: 100,
  unit: 'people',
  measure: 'fighters',
  counts: `Fictitious count ${id}.`,
  wording: '100',
  asOf: '2014',
  status: 'official',
  source: { key: 'example2014source', locator: 'para. 1' },
  via: [],
  ...fields,
});

export const flow = (id: string, from: string, to: string, kind: NonNullable<Figure['flow']>['kind'], fields: Partial<Figure> = {}): Figure =>
  figure(id, { flow: { from, to, kind }, ...fields });

export const mapData = (fields: Partial<FlowMapData> = {}): FlowMapData => ({
  id: 'test-map',
  title: 'Test map',
  caption: 'A caption.',
  summary: 'A summary.',
  include: [],
  exclude: [],
  markers: [],
  routes: [],
  views: [],
  ...fields,
});

export const PLACES: ReadonlyMap<string, PlaceInfo> = new Map(
  (
    [
      ['kyrgyzstan', 'Kyrgyzstan', 'KG', 41.2, 74.6],
      ['tajikistan', 'Tajikistan', 'TJ', 38.9, 71.0],
      ['kazakhstan', 'Kazakhstan', 'KZ', 48.0, 67.0],
      ['syria', 'Syria', 'SY', 35.0, 38.5],
      ['iraq', 'Iraq', 'IQ', 33.2, 43.7],
      ['moscow', 'Moscow', undefined, 55.76, 37.62],
      ['idlib', 'Idlib', undefined, 35.9, 36.6],
    ] as const
  ).map(([id, name, iso, lat, lon]) => [id, { id, name, iso, coordinates: { lat, lon } }]),
);
