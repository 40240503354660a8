/** Marker circles: area proportional to the number (radius grows with its square root). */
import { scaleSqrt } from 'd3';

/** A radius scale from zero to the largest of `values`; at least `minRadius` so a marker stays visible. */
export function markerRadius(values: readonly number[], options: { maxRadius?: number; minRadius?: number } = {}): (value: number) => number {
  const { maxRadius = 22, minRadius = 3 } = options;
  const scale = scaleSqrt()
    .domain([0, Math.max(1, ...values)])
    .range([0, maxRadius]);
  return (value) => Math.max(minRadius, scale(value));
}
