/**
 * Everything a flow map draws, computed at build time, in one of two layouts that share their
 * coordinates (and so the page's one copy of the land, src/lib/maps/render-map-svg.ts):
 * - `region`: the whole region, for screens where the map is at least 560 px wide;
 * - `content`: cropped to what the map shows, with larger text, for phones.
 * Each layout sizes its text so that it renders at `text.px` or more at the narrowest width it is
 * shown at (`text.atWidth`), and places every label where it covers no other label and no line.
 */
import { geoPath } from 'd3';
import { compactPath } from './compact-path.ts';
import type { Polygon } from 'geojson';
import type { Figure, FigureStatus } from '../../schemas/figure.ts';
import type { FlowMapData } from '../../schemas/map.ts';
import { formatFigure } from '../figures.ts';
import type { RegionFeature } from './clip-region.ts';
import { fitProjection } from './fit-projection.ts';
import { mapGeometry, type FlowShape, type MapGeometry, type MarkerShape, type PlaceInfo, type RouteShape } from './map-geometry.ts';
import { aroundPoint, labelBox, placeLabels, wrapLabel, type Box, type Candidate, type LabelRequest, type PlacedText, type TextMetrics } from './place-labels.ts';

export type { PlaceInfo } from './map-geometry.ts';

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
  /** Which part of the region the layout shows (see above); `region` by default. */
  frame?: 'region' | 'content';
  /** Text renders at `px` CSS pixels when the map is `atWidth` CSS pixels wide. */
  text?: { px: number; atWidth: number };
}

export interface FlowLayout extends Omit<FlowShape, 'path'> {
  d: string;
  head: string;
  label: PlacedText;
}

export interface MarkerLayout extends MarkerShape {
  /** The marker's name (first lines) and its number (last line). */
  label: PlacedText;
}

export interface RouteLayout extends Omit<RouteShape, 'legs'> {
  legs: { d: string; head: string }[];
  label: PlacedText;
}

export interface MapLayout {
  id: string;
  /** The shown part of the projected region: the SVG's viewBox. */
  frame: Box;
  /** Font size of every label, in SVG units. */
  fontSize: number;
  /** Path of the region's outline (the sea behind the land). */
  sea: string;
  countries: { id: string; iso?: string | undefined; name: string; d: string; involved: boolean; figures: string[] }[];
  flows: FlowLayout[];
  markers: MarkerLayout[];
  routes: RouteLayout[];
  ports: MapGeometry['ports'];
  /** Dots and names of the places the map refers to (a place with a marker has no label here). */
  places: { id: string; name: string; x: number; y: number; label?: PlacedText }[];
  legend: { widths: { value: number; width: number; text: string }[]; statuses: FigureStatus[]; hasRange: boolean };
}

const round = (value: number) => Math.round(value * 10) / 10;
const LINE_HEIGHT = 1.2;

/** Candidates beside a curve: along it, on both sides, clear of the line's half width. */
function besideCurve(shape: FlowShape['path'], halfWidth: number, lines: string[], metrics: TextMetrics): Candidate[] {
  const box = labelBox(lines, { x: 0, y: 0, align: 'middle' }, metrics);
  const [hw, hh] = [(box.right - box.left) / 2, (box.bottom - box.top) / 2];
  const candidates: Candidate[] = [];
  const along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.1, 0.9];
  const beside = (gaps: number[]) => {
    for (const gap of gaps) {
      for (const t of along) {
        const [px, py] = shape.at(t);
        const [nx, ny] = shape.normalAt(t);
        const reach = halfWidth + gap + Math.abs(nx) * hw + Math.abs(ny) * hh;
        for (const side of [1, -1]) candidates.push({ x: px + nx * reach * side, y: py + ny * reach * side, align: 'middle', anchor: [px, py] });
      }
    }
  };
  beside([2, 8, 16]);
  // Then the number on its own line (its halo keeps it legible), never on another's; then
  // further out, with a leader line.
  for (const t of along) {
    const [px, py] = shape.at(t);
    candidates.push({ x: px, y: py, align: 'middle' });
  }
  beside([28, 44]);
  return candidates;
}

function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** A box grown by `pad`, made no flatter than 10:9 (a phone has more room down than across), and kept inside `bounds`. */
function frameAround(box: Box, pad: number, bounds: Box): Box {
  let { left, top, right, bottom } = { left: box.left - pad, top: box.top - pad, right: box.right + pad, bottom: box.bottom + pad };
  const minHeight = (right - left) * 0.9;
  if (bottom - top < minHeight) [top, bottom] = [(top + bottom) / 2 - minHeight / 2, (top + bottom) / 2 + minHeight / 2];
  if (top < bounds.top) [top, bottom] = [bounds.top, Math.min(bounds.bottom, bottom + bounds.top - top)];
  if (bottom > bounds.bottom) [top, bottom] = [Math.max(bounds.top, top - (bottom - bounds.bottom)), bounds.bottom];
  return { left: round(Math.max(bounds.left, left)), top: round(top), right: round(Math.min(bounds.right, right)), bottom: round(bottom) };
}

/** Lays out one map. Throws an Error naming the figure (or route) on bad input. */
export function layoutMap(input: LayoutInput): MapLayout {
  const { map, figures, places, land, outline, width, height, padding = 8, frame: frameKind = 'region', text = { px: 11.3, atWidth: 560 } } = input;
  const projection = fitProjection(outline, { width, height, padding, ...(input.parallels ? { parallels: input.parallels } : {}) });
  const path = geoPath(projection).digits(1);
  const region: Box = { left: 0, top: 0, right: width, bottom: height };
  const fontFor = (frame: Box) => round((text.px * (frame.right - frame.left)) / text.atWidth);

  const layoutWithin = (frame: Box, fontSize: number, separate: ReadonlySet<string> = new Set()): { geometry: MapGeometry; labels: Map<string, PlacedText> } => {
    const metrics: TextMetrics = { fontSize, lineHeight: LINE_HEIGHT };
    const wrap = Math.max(12, Math.round(((frame.right - frame.left) * 0.3) / (fontSize * 0.62)));
    const markerLabelHeight = (label: string) => (wrapLabel(label, wrap).length + 1) * fontSize * LINE_HEIGHT + 4;
    const geometry = mapGeometry({ map, figures, places, projection, width, height, markerLabelHeight });
    // A place that only one flow touches carries that flow's number under its name (where the
    // flows converge there is no room beside each line); the others' numbers sit beside their lines.
    const touches = (placeId: string) => geometry.flows.filter(({ from, to }) => from.id === placeId || to.id === placeId);
    const joined = new Map<string, number>();
    geometry.places.forEach(({ place, named }) => {
      const [only, ...others] = touches(place.id);
      if (named && only && others.length === 0 && !separate.has(place.id)) joined.set(place.id, geometry.flows.indexOf(only));
    });
    const numberOf = (index: number) => formatFigure(geometry.flows[index]!.figure);
    const requests: (LabelRequest & { for: string })[] = [
      ...geometry.places.flatMap(({ place, point, named }) => {
        if (!named) return [];
        const flow = joined.get(place.id);
        const lines = [...wrapLabel(place.name, 14), ...(flow === undefined ? [] : [numberOf(flow)])];
        const port = geometry.ports.find((candidate) => candidate.place === place.id);
        const request = { for: `place:${place.id}`, lines, candidates: aroundPoint(point, port ? 12 : 3, 3, lines.length, metrics) };
        // Name and number may touch the flow they name, never another.
        return [flow === undefined ? request : { ...request, owner: geometry.flows[flow]!.figure.id }];
      }),
      ...geometry.flows.flatMap(({ figure, path: shape, width: w, rangeWidth }, index) =>
        [...joined.values()].includes(index) ? [] : [{ for: `flow:${index}`, lines: [numberOf(index)], owner: figure.id, candidates: besideCurve(shape, (rangeWidth ?? w) / 2, [numberOf(index)], metrics) }],
      ),
      ...geometry.markers.map(({ marker, figure, x, y, r }, index) => {
        const lines = [...wrapLabel(marker.label, wrap), formatFigure(figure)];
        return { for: `marker:${index}`, lines, candidates: aroundPoint([x, y], r, 4, lines.length, metrics) };
      }),
      ...geometry.routes.map(({ route, legs }, index) => {
        const lines = wrapLabel(route.label, wrap);
        return { for: `route:${index}`, lines, candidates: legs.flatMap((leg) => besideCurve(leg, 1, lines, metrics)) };
      }),
    ];
    const placed = placeLabels(requests, geometry.obstacles, frame, metrics);
    const labels = new Map(requests.map((request, index) => [request.for, placed[index]!]));
    // Where a name with its number finds no free place, the two are placed apart instead.
    const crowded = [...joined.keys()].filter((placeId) => !labels.get(`place:${placeId}`)!.fits);
    if (crowded.length > 0) return layoutWithin(frame, fontSize, new Set([...separate, ...crowded]));
    // A joined label splits in two: the place's name, and the flow's number as its last line.
    for (const [placeId, flow] of joined) {
      const label = labels.get(`place:${placeId}`)!;
      const last = label.lines.length - 1;
      labels.set(`place:${placeId}`, { ...label, lines: label.lines.slice(0, last) });
      labels.set(`flow:${flow}`, { ...label, lines: [label.lines[last]!], y: round(label.y + last * fontSize * LINE_HEIGHT) });
    }
    return { geometry, labels };
  };

  let frame = region;
  let fontSize = fontFor(region);
  if (frameKind === 'content') {
    // First pass: the drawn shapes with room around them; second: the frame around shapes and labels.
    const first = layoutWithin(region, fontFor(region) * 0.6);
    const shapes = union(first.geometry.obstacles.map(({ x, y, r }) => ({ left: x - r, top: y - r, right: x + r, bottom: y + r })));
    const rough = frameAround(shapes, 40, region);
    const placed = layoutWithin(region, fontFor(rough));
    frame = frameAround(union([shapes, ...[...placed.labels.values()].map(({ box }) => box)]), 6, region);
    fontSize = fontFor(frame);
  }
  const { geometry, labels } = layoutWithin(frame, fontSize);
  const flows = geometry.flows.map(({ path: shape, ...flow }, index): FlowLayout => ({ ...flow, d: shape.d, head: shape.head, label: labels.get(`flow:${index}`)! }));
  const markers = geometry.markers.map((marker, index): MarkerLayout => ({ ...marker, label: labels.get(`marker:${index}`)! }));
  const routes = geometry.routes.map(({ legs, ...route }, index): RouteLayout => ({
    ...route,
    legs: legs.map((leg, position) => ({ d: leg.d, head: position === legs.length - 1 ? leg.head : '' })),
    label: labels.get(`route:${index}`)!,
  }));

  const involved = new Map<string, string[]>();
  for (const { figure, from, to } of flows) for (const place of [from, to]) if (place.iso) involved.set(place.iso, [...(involved.get(place.iso) ?? []), figure.id]);
  for (const { figure, place } of markers) if (place.iso) involved.set(place.iso, [...(involved.get(place.iso) ?? []), figure.id]);
  const drawn = [...flows.map(({ figure }) => figure), ...markers.map(({ figure }) => figure)];
  const statuses = new Set(drawn.map((figure) => figure.status));
  return {
    id: map.id,
    frame,
    fontSize,
    sea: compactPath(path(outline) ?? ''),
    countries: land
      .map((country) => ({
        id: country.id,
        iso: country.properties.iso,
        name: country.properties.name,
        d: compactPath(path(country) ?? ''),
        involved: country.properties.iso !== undefined && involved.has(country.properties.iso),
        figures: country.properties.iso ? [...new Set(involved.get(country.properties.iso) ?? [])] : [],
      }))
      .filter((country) => country.d !== ''),
    flows,
    markers,
    routes,
    ports: geometry.ports,
    places: geometry.places.map(({ place, point: [x, y] }) => {
      const label = labels.get(`place:${place.id}`);
      return { id: place.id, name: place.name, x, y, ...(label ? { label } : {}) };
    }),
    legend: {
      widths: geometry.scale.legendValues(3).map((value) => ({ value, width: round(geometry.scale(value)), text: new Intl.NumberFormat('en-GB').format(value) })),
      statuses: (['official', 'unofficial', 'estimate', 'reported', 'denied'] as const).filter((status) => statuses.has(status)),
      hasRange: flows.some(({ figure }) => figure.min !== undefined),
    },
  };
}
