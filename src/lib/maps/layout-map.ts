/**
 * Everything a flow map draws, computed at build time: land, flows, markers, routes, labels and
 * legend in SVG coordinates. Fails, naming the figure id, on anything it cannot draw.
 */
import { geoPath } from 'd3';
import type { Polygon } from 'geojson';
import type { Figure, FigureStatus, FlowKind } from '../../schemas/figure.ts';
import type { FlowMapData, MapMarker, MapRoute } from '../../schemas/map.ts';
import { figureMagnitude, formatFigure } from '../figures.ts';
import type { RegionFeature } from './clip-region.ts';
import { fitProjection } from './fit-projection.ts';
import { flowBends } from './flow-bends.ts';
import { flowPath, type Point } from './flow-path.ts';
import { separateLabels } from './separate-labels.ts';
import { markerRadius } from './marker-radius.ts';
import { selectMapFigures, type FlowFigure } from './select-map-figures.ts';
import { widthScale } from './width-scale.ts';

export interface PlaceInfo {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code, for countries. */
  iso?: string | undefined;
  coordinates?: { lat: number; lon: number } | undefined;
}

export interface LayoutInput {
  map: FlowMapData;
  figures: readonly Figure[];
  places: ReadonlyMap<string, PlaceInfo>;
  /** Land clipped to the region (src/data/region-geometry.ts). */
  land: readonly RegionFeature[];
  /** The region's outline, which the projection is fitted to. */
  outline: Polygon;
  width: number;
  height: number;
  padding?: number;
  parallels?: [number, number];
}

export interface Label {
  x: number;
  y: number;
  text: string;
}

export interface FlowLayout {
  figure: FlowFigure;
  from: PlaceInfo;
  to: PlaceInfo;
  /** Stroke width of the number (of the lower bound, for a range). */
  width: number;
  /** Stroke width of the upper bound, for a range. */
  rangeWidth?: number;
  d: string;
  head: string;
  label: Label;
  /** Ids of the views that leave this flow out. */
  hiddenIn: string[];
}

export interface MarkerLayout {
  figure: Figure;
  marker: MapMarker;
  place: PlaceInfo;
  x: number;
  y: number;
  r: number;
  label: Label;
  value: Label;
  hiddenIn: string[];
}

export interface RouteLayout {
  route: MapRoute;
  index: number;
  legs: { d: string; head: string }[];
  label: Label;
}

export interface MapLayout {
  id: string;
  width: number;
  height: number;
  /** Path of the region's outline (the sea behind the land). */
  sea: string;
  countries: { id: string; iso?: string | undefined; name: string; d: string; involved: boolean; figures: string[] }[];
  flows: FlowLayout[];
  markers: MarkerLayout[];
  routes: RouteLayout[];
  /** Dots and names of the places the map refers to. */
  places: { id: string; name: string; x: number; y: number }[];
  legend: { widths: { value: number; width: number; text: string }[]; statuses: FigureStatus[]; hasRange: boolean };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Lays out one map. Throws an Error naming the figure (or route) on bad input. */
export function layoutMap(input: LayoutInput): MapLayout {
  const { map, figures, places, land, outline, width, height, padding = 8 } = input;
  const projection = fitProjection(outline, { width, height, padding, ...(input.parallels ? { parallels: input.parallels } : {}) });
  const path = geoPath(projection).digits(1);
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

  // Flows
  const scale = widthScale(flows.map((figure) => figure.max ?? figureMagnitude(figure)));
  const bends = flowBends(flows.map((figure) => figure.flow));
  const endUse = new Map<string, number>();
  for (const { flow } of flows) for (const end of [flow.from, flow.to]) endUse.set(end, (endUse.get(end) ?? 0) + 1);
  const used = new Map<string, Point>();
  const flowLayouts = flows.map((figure, index): FlowLayout => {
    const owner = `figure "${figure.id}"`;
    const from = locate(figure.flow.from, owner, 'flow from');
    const to = locate(figure.flow.to, owner, 'flow to');
    used.set(from.place.id, from.point);
    used.set(to.place.id, to.point);
    const isRange = figure.min !== undefined && figure.max !== undefined;
    const strokeWidth = round(scale(isRange ? figure.min! : figureMagnitude(figure)));
    const rangeWidth = isRange ? round(scale(figure.max!)) : undefined;
    const shape = flowPath(from.point, to.point, { bend: bends[index]!, width: rangeWidth ?? strokeWidth, inset: 4 });
    // The number goes near the end that fewer flows share, beside the curve on its outer side.
    const t = (endUse.get(figure.flow.to) ?? 0) < (endUse.get(figure.flow.from) ?? 0) ? 0.72 : 0.28;
    const [px, py] = shape.at(t);
    const [nx, ny] = shape.normalAt(t);
    const offset = (rangeWidth ?? strokeWidth) / 2 + 7;
    return {
      figure,
      from: from.place,
      to: to.place,
      width: strokeWidth,
      ...(rangeWidth === undefined ? {} : { rangeWidth }),
      d: shape.d,
      head: shape.head,
      label: { x: round(px + nx * offset), y: round(py + ny * offset + 4), text: formatFigure(figure) },
      hiddenIn: hiddenIn(figure.status, figure.flow.kind),
    };
  });

  // Numbers near each other (flows converging on one country) are moved apart.
  const separated = separateLabels(flowLayouts.map((flow) => flow.label));
  flowLayouts.forEach((flow, index) => (flow.label = separated[index]!));

  // Markers: stacked in a column when several share a place.
  const radius = markerRadius(markers.filter(({ marker }) => marker.sized).map(({ figure }) => figure.max ?? figureMagnitude(figure)));
  const stacks = new Map<string, { y: number; r: number }>();
  const markerLayouts = markers.map(({ figure, marker }): MarkerLayout => {
    const { place, point } = locate(marker.place, `map "${map.id}": marker figure "${figure.id}"`, 'at');
    used.set(place.id, point);
    const r = round(marker.sized ? radius(figure.max ?? figureMagnitude(figure)) : 5);
    const previous = stacks.get(place.id);
    // Each marker has two lines of text beside it, so stacked markers are at least 30 units apart.
    const y = previous ? round(previous.y + Math.max(previous.r + r + 6, 30)) : point[1];
    stacks.set(place.id, { y, r });
    const x = point[0];
    return {
      figure,
      marker,
      place,
      x,
      y,
      r,
      label: { x: round(x + r + 5), y: round(y - 1), text: marker.label },
      value: { x: round(x + r + 5), y: round(y + 12), text: formatFigure(figure) },
      hiddenIn: hiddenIn(figure.status),
    };
  });

  // Routes: thin curves through their places, an arrowhead on the last leg.
  const routeLayouts = map.routes.map((route, index): RouteLayout => {
    const points = route.places.map((placeId, position) => {
      const located = locate(placeId, `map "${map.id}": route ${index + 1} ("${route.label}")`, `place ${position + 1}`);
      used.set(located.place.id, located.point);
      return located.point;
    });
    const legs = points.slice(1).map((end, leg) => {
      const shape = flowPath(points[leg]!, end, { bend: -0.12, width: 1.5, inset: 4 });
      return { d: shape.d, head: leg === points.length - 2 ? shape.head : '' };
    });
    const first = flowPath(points[0]!, points[1]!, { bend: -0.12 });
    const [lx, ly] = first.at(0.5);
    const [nx, ny] = first.normalAt(0.5);
    return { route, index, legs, label: { x: round(lx + nx * 10), y: round(ly + ny * 10 + 4), text: route.label } };
  });

  const involved = new Map<string, string[]>();
  for (const { figure, from, to } of flowLayouts) {
    for (const place of [from, to]) if (place.iso) involved.set(place.iso, [...(involved.get(place.iso) ?? []), figure.id]);
  }
  for (const { figure, place } of markerLayouts) if (place.iso) involved.set(place.iso, [...(involved.get(place.iso) ?? []), figure.id]);

  const statuses = [...new Set([...flows, ...markers.map(({ figure }) => figure)].map((figure) => figure.status))];
  return {
    id: map.id,
    width,
    height,
    sea: path(outline) ?? '',
    countries: land
      .map((country) => ({
        id: country.id,
        iso: country.properties.iso,
        name: country.properties.name,
        d: path(country) ?? '',
        involved: country.properties.iso !== undefined && involved.has(country.properties.iso),
        figures: country.properties.iso ? [...new Set(involved.get(country.properties.iso) ?? [])] : [],
      }))
      .filter((country) => country.d !== ''),
    flows: flowLayouts,
    markers: markerLayouts,
    routes: routeLayouts,
    // Places with a marker are named by the marker's label.
    places: [...used].filter(([id]) => !stacks.has(id)).map(([id, [x, y]]) => ({ id, name: places.get(id)!.name, x, y })),
    legend: {
      widths: scale.legendValues(3).map((value) => ({ value, width: round(scale(value)), text: new Intl.NumberFormat('en-GB').format(value) })),
      statuses: (['official', 'unofficial', 'estimate', 'reported', 'denied'] as const).filter((status) => statuses.includes(status)),
      hasRange: flows.some((figure) => figure.min !== undefined),
    },
  };
}
