import { describe, expect, it } from 'vitest';
import { geoArea, geoBounds } from 'd3';
import { regionOutline } from '../../../../src/lib/maps/region-outline.ts';

describe('regionOutline', () => {
  const box = { west: 25, south: 24, east: 90, north: 58 };
  it('is wound for d3-geo: it encloses the box, not the rest of the globe', () => {
    expect(geoArea(regionOutline(box))).toBeLessThan(2 * Math.PI);
  });
  it('follows the parallels, so its bounds are the box', () => {
    const [[west, south], [east, north]] = geoBounds(regionOutline(box));
    expect(west).toBeCloseTo(25, 6);
    expect(south).toBeCloseTo(24, 6);
    expect(east).toBeCloseTo(90, 6);
    expect(north).toBeCloseTo(58, 1);
  });
  it('samples each edge every step', () => {
    expect(regionOutline({ west: 0, south: 0, east: 10, north: 10 }, 5).coordinates[0]).toHaveLength(9);
  });
});
