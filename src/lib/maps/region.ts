/**
 * The one region every flow map shows: from the Levant and Anatolia to the eastern edge of
 * Kazakhstan, from the Persian Gulf to Moscow. Geometry settings only; no figure lives here.
 */
import type { LonLatBox } from './region-outline.ts';

export const REGION = {
  /** West, south, east and north edges in degrees. */
  box: { west: 25, south: 24, east: 90, north: 58 } satisfies LonLatBox,
  /** Standard parallels of the conic equal-area projection. */
  parallels: [32, 52] as [number, number],
  /** Size of the SVG's viewBox in user units. */
  width: 720,
  height: 440,
  /** Space left around the region inside the viewBox. */
  padding: 8,
  /** Decimal places kept in the stored geometry (0.1° is about a pixel at this size). */
  precision: 1,
  /** Douglas–Peucker tolerance in degrees for the stored geometry (under a pixel at this size). */
  tolerance: 0.07,
} as const;
