/**
 * Ring winding as d3-geo wants it. d3-geo reads a polygon on the sphere: an exterior ring must run
 * clockwise and a hole anticlockwise, otherwise the ring encloses the rest of the globe. Planar
 * tools (such as a clip to a longitude/latitude box) do not know this and can flip rings.
 */
import { geoArea } from 'd3';
import type { Position } from 'geojson';

export type Ring = Position[];

const HEMISPHERE = 2 * Math.PI;

const enclosesMoreThanHalf = (ring: Ring): boolean => geoArea({ type: 'Polygon', coordinates: [ring] }) > HEMISPHERE;

/** The polygon's rings (exterior first, then holes) with each reversed where needed. */
export function rewindPolygon(rings: readonly Ring[]): Ring[] {
  return rings.map((ring, index) => {
    const isHole = index > 0;
    return enclosesMoreThanHalf(ring) === isHole ? [...ring] : [...ring].reverse();
  });
}
