/** The whole map at build time: layout errors name the figure, and the SVG matches its snapshot. */
import { describe, expect, it } from 'vitest';
import { layoutMap, type LayoutInput } from '../../../../src/lib/maps/layout-map.ts';
import { regionOutline } from '../../../../src/lib/maps/region-outline.ts';
import { renderMapSvg } from '../../../../src/lib/maps/render-map-svg.ts';
import type { RegionFeature } from '../../../../src/lib/maps/clip-region.ts';
import { figure, flow, mapData, PLACES } from './support.ts';

// Two fictitious "countries" as boxes, enough to check that land is drawn and tagged.
const box = (iso: string, name: string, [w, s, e, n]: [number, number, number, number]): RegionFeature => ({
  type: 'Feature',
  id: iso,
  properties: { name, iso },
  geometry: { type: 'MultiPolygon', coordinates: [[[[w, s], [w, n], [e, n], [e, s], [w, s]]]] },
});
const land = [box('KG', 'Kyrgyzstan', [70, 39, 80, 43]), box('SY', 'Syria', [36, 32, 42, 37])];

const figures = [
  flow('kg-out', 'kyrgyzstan', 'syria', 'outbound', { value: 150 }),
  flow('tj-out', 'tajikistan', 'syria', 'outbound', { value: 500, qualifier: 'about', status: 'unofficial' }),
  flow('kz-range', 'kazakhstan', 'syria', 'outbound', { value: undefined, min: 100, max: 300, status: 'estimate' }),
  figure('group', { value: 200, status: 'reported' }),
];

const input = (overrides: Partial<LayoutInput> = {}): LayoutInput => ({
  map: mapData({
    flows: { kinds: ['outbound'] },
    markers: [{ figure: 'group', place: 'idlib', label: 'A group', sized: true }],
    routes: [{ places: ['moscow', 'idlib'], kind: 'transit', label: 'A route', source: { key: 'example2014source' }, via: [] }],
    views: [
      { id: 'all', label: 'All' },
      { id: 'official', label: 'Official only', statuses: ['official'] },
    ],
  }),
  figures,
  places: PLACES,
  land,
  outline: regionOutline({ west: 25, south: 24, east: 90, north: 58 }),
  width: 720,
  height: 440,
  padding: 8,
  ...overrides,
});

/** Numbers rounded to whole units, so that the snapshot survives floating-point noise. */
const rounded = (svg: string) => svg.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))));

describe('layoutMap', () => {
  const layout = layoutMap(input());

  it('scales flow widths with the numbers, a range from its bounds', () => {
    const width = (id: string) => layout.flows.find((f) => f.figure.id === id)!;
    expect(width('tj-out').width / width('kg-out').width).toBeCloseTo(500 / 150, 1);
    expect(width('kz-range').width / width('kz-range').rangeWidth!).toBeCloseTo(100 / 300, 1);
  });
  it('marks what each view leaves out', () => {
    expect(layout.flows.find((f) => f.figure.id === 'kg-out')!.hiddenIn).toEqual([]);
    expect(layout.flows.find((f) => f.figure.id === 'tj-out')!.hiddenIn).toEqual(['official']);
    expect(layout.markers[0]!.hiddenIn).toEqual(['official']);
  });
  it('ties countries to the figures drawn from or to them', () => {
    const syria = layout.countries.find((c) => c.iso === 'SY')!;
    expect(syria.involved).toBe(true);
    expect(syria.figures.sort()).toEqual(['kg-out', 'kz-range', 'tj-out']);
  });
  it('labels each flow with the number as prose shows it', () => {
    expect(layout.flows.map((f) => f.label.lines.join(' ')).sort()).toEqual(['100–300', '150', 'about 500']);
  });
  it('places every label clear of the other labels, lines and dots, inside the map', () => {
    const labels = [...layout.flows.map((f) => f.label), ...layout.markers.map((m) => m.label), ...layout.places.flatMap((p) => (p.label ? [p.label] : []))];
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((label) => !label.fits).map((label) => label.lines.join(' '))).toEqual([]);
  });
  it('gives flows that meet at one place a slot each, side by side, and marks the place with a bar', () => {
    expect(layout.ports.map((port) => port.place)).toEqual(['syria']);
    const ends = layout.flows.map((f) => f.head.match(/^M([\d.]+),([\d.]+)/)!.slice(1).map(Number));
    const distances = ends.flatMap((a, i) => ends.slice(i + 1).map((b) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)));
    expect(Math.min(...distances)).toBeGreaterThan(3);
  });
  it('a content frame crops to what the map shows, with larger text for the same rendered size', () => {
    const narrow = layoutMap(input({ frame: 'content', text: { px: 11, atWidth: 343 } }));
    expect(narrow.frame.right - narrow.frame.left).toBeLessThan(720);
    expect(narrow.fontSize).toBeCloseTo((11 * (narrow.frame.right - narrow.frame.left)) / 343, 0);
  });
  it('renders the same SVG as before (numbers rounded)', async () => {
    await expect(rounded(renderMapSvg(layout, { titleId: 't', descriptionId: 'd', className: 'map-wide', land: { file: '/maps/land.svg' } }))).toMatchFileSnapshot('__snapshots__/test-map.svg');
  });
});

describe('layoutMap on bad input names the figure', () => {
  it('a flow from an unknown place', () => {
    const bad = [...figures, flow('bad-place', 'atlantis', 'syria', 'outbound')];
    expect(() => layoutMap(input({ figures: bad }))).toThrow('figure "bad-place": flow from unknown place "atlantis"');
  });
  it('a place with no coordinates to draw', () => {
    const places = new Map(PLACES);
    places.set('kyrgyzstan', { id: 'kyrgyzstan', name: 'Kyrgyzstan', iso: 'KG' });
    expect(() => layoutMap(input({ places }))).toThrow('figure "kg-out": flow from place "kyrgyzstan" has no coordinates to draw');
  });
  it('a place outside the region', () => {
    const places = new Map(PLACES);
    places.set('kyrgyzstan', { id: 'kyrgyzstan', name: 'Kyrgyzstan', coordinates: { lat: -40, lon: 170 } });
    expect(() => layoutMap(input({ places }))).toThrow('figure "kg-out": flow from place "kyrgyzstan" lies outside the region');
  });
  it('a range with min above max', () => {
    const bad = [...figures, flow('bad-range', 'kyrgyzstan', 'syria', 'outbound', { value: undefined, min: 5000, max: 2000 })];
    expect(() => layoutMap(input({ figures: bad }))).toThrow('figure "bad-range": range has min 5000 > max 2000');
  });
  it('a marker at a place without coordinates', () => {
    const places = new Map(PLACES);
    places.set('idlib', { id: 'idlib', name: 'Idlib' });
    expect(() => layoutMap(input({ places }))).toThrow('marker figure "group": at place "idlib" has no coordinates to draw');
  });
});
