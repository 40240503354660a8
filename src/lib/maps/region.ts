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
  /**
   * Label sizes of the two layouts (src/lib/maps/layout-map.ts): text renders at `px` CSS pixels
   * or more wherever the layout is shown, down to a map `atWidth` pixels wide. maps.css switches
   * layouts at 560 px; 343 px is the map on a 375 px phone.
   */
  text: { wide: { px: 11.3, atWidth: 560 }, narrow: { px: 11.2, atWidth: 343 } },
  /** Decimal places kept in the stored geometry (0.1° is about a pixel at this size). */
  precision: 1,
  /** Douglas–Peucker tolerance in degrees for the stored geometry (about 1.3 units, a pixel or so on a 673 px map). */
  tolerance: 0.12,
} as const;
