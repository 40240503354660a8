import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3';
import type { Polygon } from 'geojson';
import { clipFeature, clipRegion } from '../../../../src/lib/maps/clip-region.ts';
import { rewindPolygon } from '../../../../src/lib/maps/rewind-polygon.ts';

const box = { west: 0, south: 0, east: 10, north: 10 };
// A square from -5 to 5, wound clockwise as d3-geo wants it.
const square: Polygon = { type: 'Polygon', coordinates: [[[-5, -5], [-5, 5], [5, 5], [5, -5], [-5, -5]]] };

describe('clipFeature', () => {
  it('keeps only the part inside the box', () => {
    const clipped = clipFeature(square, box)!;
    const [[west, south], [east, north]] = geoBounds(clipped);
    expect(west).toBeCloseTo(0, 6);
    expect(south).toBeCloseTo(0, 6);
    expect(east).toBeCloseTo(5, 6);
    expect(north).toBeCloseTo(5, 2);
  });
  it('leaves rings wound for d3-geo (smaller than a hemisphere), whichever way the input ran', () => {
    const reversed: Polygon = { type: 'Polygon', coordinates: [[...square.coordinates[0]!].reverse()] };
    for (const input of [square, reversed]) {
      const area = geoArea(clipFeature(input, box)!);
      expect(area).toBeLessThan(2 * Math.PI);
      expect(area).toBeCloseTo(geoArea({ type: 'Polygon', coordinates: [[[0, 0], [0, 5], [5, 5], [5, 0], [0, 0]]] }), 4);
    }
  });
  it('adds points along the box edges so parallels do not bow into great circles', () => {
    const wide: Polygon = { type: 'Polygon', coordinates: [[[-5, -5], [-5, 15], [15, 15], [15, -5], [-5, -5]]] };
    const ring = clipFeature(wide, box, { step: 1 })!.coordinates[0]![0]!;
    expect(ring.filter(([, lat]) => lat === 10).length).toBeGreaterThanOrEqual(10);
  });
  it('is undefined for a feature outside the box', () => {
    const away: Polygon = { type: 'Polygon', coordinates: [[[20, 20], [20, 30], [30, 30], [30, 20], [20, 20]]] };
    expect(clipFeature(away, box)).toBeUndefined();
  });
  it('keeps a hole as a hole', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square.coordinates[0]!, [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]],
    };
    const clipped = clipFeature(withHole, box)!;
    expect(clipped.coordinates).toHaveLength(1);
    expect(clipped.coordinates[0]).toHaveLength(2);
    expect(geoArea(clipped)).toBeCloseTo(geoArea(clipFeature(square, box)!) - geoArea({ type: 'Polygon', coordinates: [[[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]] }), 5);
  });
});

describe('clipRegion', () => {
  it('drops features outside the box and keeps ids and properties', () => {
    const features = [
      { type: 'Feature' as const, id: 'KG', properties: { name: 'Inside', iso: 'KG' }, geometry: square },
      { type: 'Feature' as const, id: '999', properties: { name: 'Outside' }, geometry: { type: 'Polygon' as const, coordinates: [[[20, 20], [20, 30], [30, 30], [30, 20], [20, 20]]] } },
    ];
    const region = clipRegion(features, box);
    expect(region.map((feature) => [feature.id, feature.properties.name])).toEqual([['KG', 'Inside']]);
  });
});

describe('rewindPolygon', () => {
  it('reverses an exterior ring that encloses the rest of the globe', () => {
    const inverted = [[...square.coordinates[0]!].reverse()];
    expect(geoArea({ type: 'Polygon', coordinates: inverted })).toBeGreaterThan(2 * Math.PI);
    expect(geoArea({ type: 'Polygon', coordinates: rewindPolygon(inverted) })).toBeLessThan(2 * Math.PI);
  });
  it('leaves a correctly wound polygon alone', () => {
    expect(rewindPolygon(square.coordinates)).toEqual(square.coordinates);
  });
});
