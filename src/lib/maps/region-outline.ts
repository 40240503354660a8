/** The outline of a longitude/latitude box as a GeoJSON polygon that d3-geo reads correctly. */
import type { Polygon } from 'geojson';

export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * A polygon following the box's meridians and parallels. d3-geo joins points with great circles,
 * so the edges are sampled every `step` degrees to keep the parallels from bowing poleward; the
 * ring runs clockwise (d3-geo's winding for a polygon smaller than a hemisphere).
 */
export function regionOutline(box: LonLatBox, step = 1): Polygon {
  const ring: [number, number][] = [];
  const along = (from: number, to: number) => {
    const count = Math.max(1, Math.ceil(Math.abs(to - from) / step));
    return Array.from({ length: count }, (_, index) => from + ((to - from) * index) / count);
  };
  for (const lat of along(box.south, box.north)) ring.push([box.west, lat]);
  for (const lon of along(box.west, box.east)) ring.push([lon, box.north]);
  for (const lat of along(box.north, box.south)) ring.push([box.east, lat]);
  for (const lon of along(box.east, box.west)) ring.push([lon, box.south]);
  ring.push([box.west, box.south]);
  return { type: 'Polygon', coordinates: [ring] };
}
