/**
 * The drawn shapes of one map, before any label: flows (curves and arrowheads, with a slot of
 * their own where several share a place), markers, routes and the places' dots, all in the
 * projected coordinates that every layout of the map shares. Fails, naming the figure or route,
 * on anything it cannot draw.
 */
import type { GeoProjection } from 'd3';
import type { Figure, FigureStatus, FlowKind } from '../../schemas/figure.ts';
import type { FlowMapData, MapMarker, MapRoute } from '../../schemas/map.ts';
import { figureMagnitude } from '../figures.ts';
import { flowBends } from './flow-bends.ts';
import { flowPath, type FlowPath, type Point } from './flow-path.ts';
import { markerRadius } from './marker-radius.ts';
import { discsAlong, type Obstacle } from './place-labels.ts';
import { spreadPort } from './ports.ts';
import { selectMapFigures, type FlowFigure } from './select-map-figures.ts';
import { widthScale, type WidthScale } from './width-scale.ts';

export interface PlaceInfo {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code, for countries. */
  iso?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
}

export interface FlowShape {
  figure: FlowFigure;
  from: PlaceInfo;
  to: PlaceInfo;
  /** Stroke width of the number (of the lower bound, for a range). */
  width: number;
  /** Stroke width of the upper bound, for a range. */
  rangeWidth?: number;
  path: FlowPath;
  /** Ids of the views that leave this flow out. */
  hiddenIn: string[];
}

export interface MarkerShape {
  figure: Figure;
  marker: MapMarker;
  place: PlaceInfo;
  x: number;
  y: number;
  r: number;
  /** The place's own point, where a marker moved up or down its column is tied back to by a line. */
  anchor: Point;
  hiddenIn: string[];
}

export interface RouteShape {
  route: MapRoute;
  index: number;
  legs: FlowPath[];
}

export interface MapGeometry {
  flows: FlowShape[];
  markers: MarkerShape[];
  routes: RouteShape[];
  /** Dots of the places drawn (those with a marker are named by the marker instead). */
  places: { place: PlaceInfo; point: Point; named: boolean }[];
  /** Bars marking a place that several flows share. */
  ports: { place: string; bar: [Point, Point] }[];
  /** What labels must not cover. */
  obstacles: Obstacle[];
  scale: WidthScale;
}

const round = (value: number) => Math.round(value * 10) / 10;
/** Samples of a flow's curve, for label avoidance and the frame. */
export const samples = (path: FlowPath, count = 24): Point[] => Array.from({ length: count + 1 }, (_, i) => path.at(i / count));

export function mapGeometry(input: {
  map: FlowMapData;
  figures: readonly Figure[];
  places: ReadonlyMap<string, PlaceInfo>;
  projection: GeoProjection;
  width: number;
  height: number;
  /** Height a marker's label (its name and number) needs, in SVG units. */
  markerLabelHeight: (label: string) => number;
}): MapGeometry {
  const { map, figures, places, projection, width, height } = input;
  const { flows, markers } = selectMapFigures(map, figures);
  const locate = (placeId: string, owner: string, role: string): { place: PlaceInfo; point: Point } => {
    const place = places.get(placeId);
    if (!place) throw new Error(`${owner}: ${role} unknown place "${placeId}": add content/entities/places/${placeId}.yaml or fix the id`);
    if (!place.coordinates) {
      throw new Error(`${owner}: ${role} place "${placeId}" has no coordinates to draw: add coordinates: { lat, lon } to content/entities/places/${placeId}.yaml`);
    }
    const projected = projection([place.coordinates.lon, place.coordinates.lat]);
    if (!projected || projected[0] < 0 || projected[0] > width || projected[1] < 0 || projected[1] > height) {
      throw new Error(`${owner}: ${role} place "${placeId}" lies outside the region the maps show`);
    }
    return { place, point: [round(projected[0]), round(projected[1])] };
  };
  for (const figure of [...flows, ...markers.map(({ figure: f }) => f)]) {
    if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
      throw new Error(`figure "${figure.id}": range has min ${figure.min} > max ${figure.max}: swap them`);
    }
  }
  const hiddenIn = (status: FigureStatus, kind?: FlowKind) =>
    map.views
      .filter((view) => (view.statuses && !view.statuses.includes(status)) || (kind !== undefined && view.kinds && !view.kinds.includes(kind)))
      .map((view) => view.id);
  const used = new Map<string, { place: PlaceInfo; point: Point }>();
  const obstacles: Obstacle[] = [];

  // Flows: widths, then one slot each at every place that several of them share.
  const scale = widthScale(flows.map((figure) => figure.max ?? figureMagnitude(figure)));
  const ends = flows.map((figure) => {
    const owner = `figure "${figure.id}"`;
    const from = locate(figure.flow.from, owner, 'flow from');
    const to = locate(figure.flow.to, owner, 'flow to');
    used.set(from.place.id, from);
    used.set(to.place.id, to);
    const isRange = figure.min !== undefined && figure.max !== undefined;
    const strokeWidth = round(scale(isRange ? figure.min! : figureMagnitude(figure)));
    const rangeWidth = isRange ? round(scale(figure.max!)) : undefined;
    return { figure, from, to, strokeWidth, rangeWidth, outer: rangeWidth ?? strokeWidth, start: from.point, end: to.point, sharedStart: false, sharedEnd: false };
  });
  const ports: MapGeometry['ports'] = [];
  for (const placeId of new Set(ends.flatMap(({ from, to }) => [from.place.id, to.place.id]))) {
    const touching = ends.flatMap((flow) => [
      ...(flow.from.place.id === placeId ? [{ flow, role: 'start' as const }] : []),
      ...(flow.to.place.id === placeId ? [{ flow, role: 'end' as const }] : []),
    ]);
    if (touching.length < 2) continue;
    const at = used.get(placeId)!.point;
    // An arriving flow's slot holds its arrowhead, a little wider than its line.
    const port = spreadPort(touching.map(({ flow, role }) => ({ at, other: role === 'start' ? flow.to.point : flow.from.point, width: role === 'end' ? flow.outer + 3 : flow.outer })));
    touching.forEach(({ flow, role }, index) => {
      if (role === 'start') [flow.start, flow.sharedStart] = [port.ends[index]!, true];
      else [flow.end, flow.sharedEnd] = [port.ends[index]!, true];
    });
    ports.push({ place: placeId, bar: port.bar });
    obstacles.push(...discsAlong(port.bar, 2.5));
  }
  const bends = flowBends(flows.map((figure) => figure.flow));
  const flowShapes = ends.map((flow, index): FlowShape => {
    const path = flowPath(flow.start, flow.end, {
      bend: bends[index]!,
      width: flow.outer,
      inset: [flow.sharedStart ? 0 : 4, flow.sharedEnd ? 0 : 4],
      ...(flow.sharedEnd ? { headHalf: flow.outer / 2 + 1.5 } : {}),
    });
    obstacles.push(...discsAlong(samples(path), flow.outer / 2 + 1, flow.figure.id));
    return {
      figure: flow.figure,
      from: flow.from.place,
      to: flow.to.place,
      width: flow.strokeWidth,
      ...(flow.rangeWidth === undefined ? {} : { rangeWidth: flow.rangeWidth }),
      path,
      hiddenIn: hiddenIn(flow.figure.status, flow.figure.flow.kind),
    };
  });

  // Markers: several at one place stand in a column that hangs from it, each with room for its
  // label, lifted only as far as the column would run off the map.
  const radius = markerRadius(markers.filter(({ marker }) => marker.sized).map(({ figure }) => figure.max ?? figureMagnitude(figure)));
  const located = markers.map(({ figure, marker }) => {
    const { place, point } = locate(marker.place, `map "${map.id}": marker figure "${figure.id}"`, 'at');
    used.set(place.id, { place, point });
    return { figure, marker, place, point, r: round(marker.sized ? radius(figure.max ?? figureMagnitude(figure)) : 5) };
  });
  const half = (item: (typeof located)[number]) => input.markerLabelHeight(item.marker.label) / 2;
  const columnY = new Map<(typeof located)[number], number>();
  for (const placeId of new Set(located.map(({ place }) => place.id))) {
    const column = located.filter(({ place }) => place.id === placeId);
    let offset = 0;
    const offsets = column.map((item, i) => (offset += i === 0 ? 0 : Math.max(column[i - 1]!.r + item.r + 6, half(column[i - 1]!) + half(item))));
    const top = column[0]!.point[1];
    const lift = Math.max(0, top + offsets.at(-1)! + half(column.at(-1)!) - (height - 2));
    column.forEach((item, i) => columnY.set(item, round(top + offsets[i]! - lift)));
  }
  const markerShapes = located.map((item): MarkerShape => {
    const { figure, marker, place, point, r } = item;
    const y = columnY.get(item)!;
    obstacles.push({ x: point[0], y, r: r + 1 });
    return { figure, marker, place, x: point[0], y, r, anchor: point, hiddenIn: hiddenIn(figure.status) };
  });

  // Routes: thin curves through their places, an arrowhead on the last leg.
  const routeShapes = map.routes.map((route, index): RouteShape => {
    const points = route.places.map((placeId, position) => {
      const located = locate(placeId, `map "${map.id}": route ${index + 1} ("${route.label}")`, `place ${position + 1}`);
      used.set(located.place.id, located);
      return located.point;
    });
    const legs = points.slice(1).map((end, leg) => flowPath(points[leg]!, end, { bend: -0.12, width: 1.5, inset: 4 }));
    for (const leg of legs) obstacles.push(...discsAlong(samples(leg), 2));
    return { route, index, legs };
  });

  // A place with markers is named by their labels.
  const placeDots = [...used.values()].map(({ place, point }) => ({ place, point, named: !located.some((marker) => marker.place.id === place.id) }));
  for (const { point, named } of placeDots) if (named) obstacles.push({ x: point[0], y: point[1], r: 3 });
  return { flows: flowShapes, markers: markerShapes, routes: routeShapes, places: placeDots, ports, obstacles, scale };
}
