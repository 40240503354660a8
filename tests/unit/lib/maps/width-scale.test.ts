import { describe, expect, it } from 'vitest';
import { widthScale } from '../../../../src/lib/maps/width-scale.ts';
import { markerRadius } from '../../../../src/lib/maps/marker-radius.ts';

describe('widthScale', () => {
  const scale = widthScale([150, 200, 500, 300], { maxWidth: 20, minWidth: 1.5 });
  it('is proportional: the largest gets the maximum width, half of it half', () => {
    expect(scale(500)).toBeCloseTo(20, 6);
    expect(scale(250)).toBeCloseTo(10, 6);
    expect(scale(150) / scale(300)).toBeCloseTo(0.5, 6);
  });
  it('never draws thinner than the minimum', () => {
    expect(scale(1)).toBeCloseTo(1.5, 6);
  });
  it('offers round legend values up to the largest number', () => {
    const values = scale.legendValues(3);
    expect(values.length).toBeGreaterThan(0);
    expect(values.length).toBeLessThanOrEqual(3);
    for (const value of values) expect(value).toBeLessThanOrEqual(500);
    expect(widthScale([]).legendValues()).toEqual([]);
  });
});

describe('markerRadius', () => {
  it('makes the area, not the radius, proportional', () => {
    const radius = markerRadius([50, 200], { maxRadius: 20, minRadius: 0 });
    expect(radius(200)).toBeCloseTo(20, 6);
    expect(radius(50)).toBeCloseTo(10, 6);
  });
});
