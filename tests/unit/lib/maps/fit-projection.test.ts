import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3';
import { fitProjection } from '../../../../src/lib/maps/fit-projection.ts';
import { regionOutline } from '../../../../src/lib/maps/region-outline.ts';

describe('fitProjection', () => {
  const outline = regionOutline({ west: 25, south: 24, east: 90, north: 58 });
  const projection = fitProjection(outline, { width: 720, height: 440, padding: 8 });

  it('fits the region inside the padded box, touching it on both axes', () => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outline);
    expect(x0).toBeGreaterThanOrEqual(8 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(8 - 1e-6);
    expect(x1).toBeLessThanOrEqual(712 + 1e-6);
    expect(y1).toBeLessThanOrEqual(432 + 1e-6);
    expect(Math.max(x1 - x0 - 704, y1 - y0 - 424)).toBeCloseTo(0, 3);
  });
  it('puts the central meridian straight up the middle', () => {
    const [xNorth] = projection([57.5, 58])!;
    const [xSouth] = projection([57.5, 24])!;
    expect(xNorth).toBeCloseTo(xSouth, 6);
    expect(xNorth).toBeCloseTo(360, 0);
  });
  it('keeps north up and east to the right', () => {
    const syria = projection([38.5, 35])!;
    const kyrgyzstan = projection([74.6, 41.2])!;
    const moscow = projection([37.62, 55.76])!;
    expect(kyrgyzstan[0]).toBeGreaterThan(syria[0]);
    expect(moscow[1]).toBeLessThan(syria[1]);
  });
  it('derives standard parallels from the region unless given', () => {
    expect(projection.parallels()[0]).toBeCloseTo(24 + 34 / 6, 6);
    const [south, north] = fitProjection(outline, { width: 100, height: 100, parallels: [30, 50] }).parallels();
    expect(south).toBeCloseTo(30, 9);
    expect(north).toBeCloseTo(50, 9);
  });
});
