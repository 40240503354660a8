/**
 * Clips world geometry to a longitude/latitude box, at build time, so pages carry only the region
 * they show. The clip runs in the plane (d3's rectangle clip on unprojected degrees), so afterwards
 * the edges along the box are resampled (d3-geo draws straight segments as great circles) and every
 * ring is rewound for d3-geo (the clip can flip winding).
 */
import { geoIdentity, geoStream } from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LonLatBox } from './region-outline.ts';
import { rewindPolygon, type Ring } from './rewind-polygon.ts';

export interface ClipOptions {
  /** Decimal places kept (coordinates are rounded, repeated points dropped). */
  precision?: number;
  /** Degrees between points added along the box's edges. */
  step?: number;
  /** Douglas–Peucker tolerance in degrees: detail smaller than this is dropped. */
  tolerance?: number;
}

export type RegionFeature = Feature<MultiPolygon, { name: string; iso?: string }> & { id: string };

/** Planar signed area (shoelace) of a ring in degrees, y up: negative when clockwise on a map. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x0, y0] = ring[index]!;
    const [x1, y1] = ring[index + 1]!;
    sum += x0! * y1! - x1! * y0!;
  }
  return sum / 2;
}

function contains(ring: Ring, [x, y]: readonly number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]! as [number, number];
    const [xj, yj] = ring[j]! as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rings of a geometry after d3's rectangle clip, each closed. */
function clippedRings(geometry: Polygon | MultiPolygon, box: LonLatBox): Ring[] {
  const rings: Ring[] = [];
  let current: Ring = [];
  const collector = {
    point: (x: number, y: number) => void current.push([x, y]),
    lineStart: () => void (current = []),
    lineEnd: () => {
      if (current.length >= 3) rings.push([...current, current[0]!]);
    },
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  const clip = geoIdentity().clipExtent([
    [box.west, box.south],
    [box.east, box.north],
  ]);
  geoStream(geometry, clip.stream(collector));
  return rings;
}

/** Adds points every `step` degrees along segments that lie on the box's edges. */
function densify(ring: Ring, box: LonLatBox, step: number): Ring {
  const out: Ring = [];
  const onEdge = (a: number, b: number, edge: number) => Math.abs(a - edge) < 1e-9 && Math.abs(b - edge) < 1e-9;
  for (let index = 0; index < ring.length; index += 1) {
    const [x0, y0] = ring[index]! as [number, number];
    out.push([x0, y0]);
    const next = ring[index + 1];
    if (!next) break;
    const [x1, y1] = next as [number, number];
    const alongParallel = onEdge(y0, y1, box.north) || onEdge(y0, y1, box.south);
    const alongMeridian = onEdge(x0, x1, box.west) || onEdge(x0, x1, box.east);
    if (!alongParallel && !alongMeridian) continue;
    const count = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / step);
    for (let k = 1; k < count; k += 1) out.push([x0 + ((x1 - x0) * k) / count, y0 + ((y1 - y0) * k) / count]);
  }
  return out;
}

/** Douglas–Peucker: the ring's points that stray more than `tolerance` from a straight run. */
function douglasPeucker(points: Ring, tolerance: number): Ring {
  if (points.length <= 2 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]! as [number, number];
    const [bx, by] = points[last]! as [number, number];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let index = first + 1; index < last; index += 1) {
      const [px, py] = points[index]! as [number, number];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [index, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, index) => keep[index] === 1);
}

/** Rounds, drops repeated points and keeps the ring closed; empty when too little is left. */
function roundRing(ring: Ring, precision: number): Ring {
  const factor = 10 ** precision;
  const round = (value: number) => Math.round(value * factor) / factor;
  const out: Ring = [];
  for (const [x, y] of ring as [number, number][]) {
    const point = [round(x), round(y)];
    const last = out.at(-1);
    if (last && point[0] === last[0] && point[1] === last[1]) continue;
    out.push(point);
  }
  const first = out[0];
  if (first) out[out.length - 1] = [...first];
  return out.length >= 4 ? out : [];
}

/** One feature clipped to the box, as a MultiPolygon wound for d3-geo; undefined when nothing is left. */
export function clipFeature(geometry: Polygon | MultiPolygon, box: LonLatBox, options: ClipOptions = {}): MultiPolygon | undefined {
  const { precision = 2, step = 1, tolerance = 0 } = options;
  const rings = clippedRings(geometry, box)
    .map((ring) => roundRing(densify(douglasPeucker(ring, tolerance), box, step), precision))
    .filter((ring) => ring.length > 0 && Math.abs(signedArea(ring)) > 0);
  if (rings.length === 0) return undefined;
  // The clip keeps each ring's planar orientation: the largest ring is an exterior, rings turning
  // the other way are holes, put into the smallest exterior that holds them.
  const largest = rings.reduce((a, b) => (Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a));
  const exteriorSign = Math.sign(signedArea(largest));
  const exteriors = rings.filter((ring) => Math.sign(signedArea(ring)) === exteriorSign);
  const polygons = exteriors.map((ring) => [ring]);
  for (const hole of rings.filter((ring) => Math.sign(signedArea(ring)) !== exteriorSign)) {
    const owner = exteriors
      .map((ring, index) => ({ ring, index }))
      .filter(({ ring }) => contains(ring, hole[0]!))
      .sort((a, b) => Math.abs(signedArea(a.ring)) - Math.abs(signedArea(b.ring)))[0];
    if (owner) polygons[owner.index]!.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: polygons.map(rewindPolygon) };
}

/** Every feature that reaches into the box, clipped to it; the rest are left out. */
export function clipRegion(
  features: readonly Feature<Polygon | MultiPolygon | null, { name: string; iso?: string }>[],
  box: LonLatBox,
  options: ClipOptions = {},
): RegionFeature[] {
  const clipped: RegionFeature[] = [];
  for (const feature of features) {
    if (!feature.geometry) continue;
    const geometry = clipFeature(feature.geometry, box, options);
    if (geometry) clipped.push({ type: 'Feature', id: String(feature.id ?? feature.properties.name), properties: feature.properties, geometry });
  }
  return clipped;
}
