/** The map projection: conic equal-area, centred on the region and fitted to the SVG's size. */
import { geoCentroid, geoConicEqualArea, type GeoConicProjection } from 'd3';
import type { Polygon } from 'geojson';

export interface FitOptions {
  width: number;
  height: number;
  /** Space left on every side, in SVG units. */
  padding?: number;
  /** Standard parallels; by default a sixth of the way in from the region's southern and northern edges. */
  parallels?: [number, number];
}

/**
 * A conic equal-area projection (areas stay comparable from Syria to Kazakhstan) rotated to the
 * region's central meridian, scaled and translated so that `region` fills the box, and clipped
 * to it.
 */
export function fitProjection(region: Polygon, options: FitOptions): GeoConicProjection {
  const { width, height, padding = 0 } = options;
  const latitudes = region.coordinates[0]!.map((point) => point[1]!);
  const south = Math.min(...latitudes);
  const north = Math.max(...latitudes);
  const parallels = options.parallels ?? [south + (north - south) / 6, north - (north - south) / 6];
  const [centralMeridian] = geoCentroid(region);
  return geoConicEqualArea()
    .parallels(parallels)
    .rotate([-centralMeridian, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      region,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}
