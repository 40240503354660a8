/**
 * The SVG markup of a laid-out map, rendered at build time into the page (it works without
 * JavaScript, in print and for search engines). Flows and markers are links to their rows in the
 * map's table, so they are reachable by keyboard and useful even before the island hydrates.
 *
 * The land is one file for the whole site (`renderLandFile`, served at /maps/land.svg), which every
 * map, in each of its layouts, shows with `<use>`: a reader's browser fetches it once and keeps it,
 * and no page carries a copy of it. A standalone file (the SVG download) carries its own copy.
 */
import type { FigureStatus } from '../../schemas/figure.ts';
import { formatAsOf, STATUS_LABELS } from '../figures.ts';
import type { MapLayout } from './layout-map.ts';
import type { PlacedText } from './place-labels.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const attrs = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** Id of a figure's (or route's) row in the map's table, the target of its link in the SVG. */
export const rowId = (mapId: string, itemId: string): string => `map-${mapId}-${itemId}`;

/** Id of a country's outline in the shared land file. */
export const landId = (countryId: string): string => `map-land-${countryId.replace(/[^A-Za-z0-9-]/g, '_')}`;

const r1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The dash pattern of a status, the same on the map and in its legend: official numbers solid,
 * unofficial long dashes, estimates dash and dot, reports short dashes, denied ones dotted (with
 * round caps, which turn each short dash into a dot). Undefined for a solid line.
 */
export function statusDash(status: FigureStatus, width: number): string | undefined {
  const long = r1(Math.max(6, width * 2));
  const gap = r1(Math.max(3, width * 0.9));
  if (status === 'unofficial') return `${long} ${gap}`;
  if (status === 'estimate') return `${long} ${gap} ${r1(Math.max(1.5, width * 0.5))} ${gap}`;
  if (status === 'reported') return `${r1(Math.max(3, width))} ${gap}`;
  if (status === 'denied') return `0.1 ${r1(Math.max(4, width * 2))}`;
  return undefined;
}

/** A label's lines as `<text>` elements, spaced so that read together they form its words. */
function texts(label: PlacedText, fontSize: number, className: string | ((line: number) => string), extra: Record<string, string | undefined> = {}): string {
  const leader = label.leader ? `<path${attrs({ class: 'leader', d: `M${label.leader[0].join(',')}L${label.leader[1].join(',')}`, 'data-hidden-in': extra['data-hidden-in'] })}/>` : '';
  return leader + label.lines
    .map((line, index) =>
      `<text${attrs({ class: typeof className === 'string' ? className : className(index), x: label.x, y: r1(label.y + index * fontSize * 1.2), 'text-anchor': label.align === 'start' ? undefined : label.align, ...extra })}>${escapeXml(line)}</text>`,
    )
    .join(' ');
}

/** Where the land file is served (src/pages/maps/land.svg.ts), relative to the site's base. */
export const LAND_FILE = 'maps/land.svg';

/**
 * The land file every map shows: each country an element the maps' `<use>` can point at. Its
 * paths carry no colours, so that each `<use>` paints them with the page's theme (inherited).
 */
export function renderLandFile(layout: Pick<MapLayout, 'countries'>): string {
  const paths = layout.countries.map((country) => `<path${attrs({ id: landId(country.id), d: country.d })}/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><defs><g id="map-land">${paths}</g></defs></svg>\n`;
}

export interface RenderOptions {
  titleId: string;
  descriptionId: string;
  /** Class naming the layout (e.g. `map-wide`, `map-narrow`). */
  className: string;
  /**
   * Where the land comes from: the URL of the shared land file (renderLandFile), or `inline` to
   * draw it into this SVG (a standalone file, which also paints its own sea).
   */
  land: { file: string } | 'inline';
  /** A file of its own: named by its title (not by ids on a page), with its styles and a credit line. */
  standalone?: { title: string; style: string; credit: string };
}

export function renderMapSvg(layout: MapLayout, options: RenderOptions): string {
  const { id, frame, fontSize } = layout;
  const parts: string[] = [];
  const { standalone } = options;
  const creditHeight = standalone ? r1(fontSize * 3.2) : 0;
  const [w, h] = [r1(frame.right - frame.left), r1(frame.bottom - frame.top + creditHeight)];
  const naming = standalone ? { role: 'img', 'aria-label': standalone.title } : { role: 'group', 'aria-labelledby': options.titleId, 'aria-describedby': options.descriptionId };
  parts.push(`<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: `flow-map-svg ${options.className}`, viewBox: `${frame.left} ${frame.top} ${w} ${h}`, width: w, height: h, 'font-size': fontSize, ...naming })}>`);
  if (standalone) {
    parts.push(`<title>${escapeXml(standalone.title)}</title><style>${standalone.style}</style>`);
    parts.push(`<rect class="credit-band"${attrs({ x: frame.left, y: frame.bottom, width: w, height: creditHeight })}/>`);
    parts.push(`<text class="credit-title"${attrs({ x: r1(frame.left + 6), y: r1(frame.bottom + fontSize * 1.3) })}>${escapeXml(standalone.title)}</text>`);
    parts.push(`<text class="credit"${attrs({ x: r1(frame.left + 6), y: r1(frame.bottom + fontSize * 2.6), 'font-size': r1(fontSize * 0.8) })}>${escapeXml(standalone.credit)}</text>`);
  }
  const { land } = options;
  // On a page the sea is the SVG's background (maps.css): the same colour, without a path.
  if (land === 'inline') parts.push(`<path class="map-sea"${attrs({ d: layout.sea })}/>`);
  parts.push('<g class="map-land" aria-hidden="true">');
  if (land === 'inline') {
    for (const country of layout.countries) parts.push(`<path class="country${country.involved ? ' is-involved' : ''}"${attrs({ d: country.d })}/>`);
  } else {
    parts.push(`<use${attrs({ href: `${land.file}#map-land`, class: 'land' })}/>`);
    for (const country of layout.countries.filter(({ involved }) => involved)) {
      parts.push(`<use${attrs({ href: `${land.file}#${landId(country.id)}`, class: 'country is-involved', 'data-iso': country.iso, 'data-figures': country.figures.join(' ') })}/>`);
    }
  }
  parts.push('</g>');

  parts.push('<g class="map-routes">');
  for (const route of layout.routes) {
    parts.push(
      `<a${attrs({ class: `route kind-${route.route.kind}`, href: `#${rowId(id, `route-${route.index + 1}`)}`, 'data-item': `route-${route.index + 1}`, 'aria-label': `${route.route.label} (no number given)` })}>`,
    );
    for (const leg of route.legs) {
      parts.push(`<path class="hit"${attrs({ d: leg.d })}/><path class="route-line"${attrs({ d: leg.d })}/>`);
      if (leg.head) parts.push(`<path class="route-head"${attrs({ d: leg.head })}/>`);
    }
    parts.push(`${texts(route.label, fontSize, 'route-label')}</a>`);
  }
  parts.push('</g>');

  parts.push('<g class="map-flows">');
  // Widest first, so that thin flows stay on top and can be pointed at.
  for (const flow of [...layout.flows].sort((a, b) => (b.rangeWidth ?? b.width) - (a.rangeWidth ?? a.width))) {
    const { figure } = flow;
    const label = `${flow.from.name} to ${flow.to.name}: ${flow.label.lines.join(' ')}, ${STATUS_LABELS[figure.status].toLowerCase()}, ${formatAsOf(figure)}`;
    parts.push(
      `<a${attrs({ class: `flow status-${figure.status} kind-${figure.flow.kind}`, href: `#${rowId(id, figure.id)}`, 'data-item': figure.id, 'data-hidden-in': flow.hiddenIn.join(' '), 'aria-label': label })}>`,
    );
    parts.push(`<path class="hit"${attrs({ d: flow.d, 'stroke-width': Math.max(14, (flow.rangeWidth ?? flow.width) + 8) })}/>`);
    if (flow.rangeWidth !== undefined) parts.push(`<path class="flow-range"${attrs({ d: flow.d, 'stroke-width': flow.rangeWidth })}/>`);
    parts.push(`<path class="flow-line"${attrs({ d: flow.d, 'stroke-width': flow.width, 'stroke-dasharray': statusDash(figure.status, flow.width) })}/>`);
    parts.push(`<path class="flow-head"${attrs({ d: flow.head })}/></a>`);
  }
  parts.push('</g>');
  // Shared places: a bar across the slots where their flows meet.
  parts.push('<g class="map-ports" aria-hidden="true">');
  for (const { bar } of layout.ports) parts.push(`<path class="port"${attrs({ d: `M${bar[0][0]},${bar[0][1]}L${bar[1][0]},${bar[1][1]}` })}/>`);
  parts.push('</g>');
  // Numbers above every line, so that no flow covers another's number; the links carry the same
  // text in their labels for assistive technology.
  parts.push('<g class="map-flow-labels" aria-hidden="true">');
  for (const flow of layout.flows) {
    parts.push(texts(flow.label, fontSize, `flow-label status-${flow.figure.status}`, { 'data-item': flow.figure.id, 'data-hidden-in': flow.hiddenIn.join(' ') || undefined }));
  }
  parts.push('</g>');

  parts.push('<g class="map-places" aria-hidden="true">');
  for (const place of layout.places) {
    parts.push(`<circle class="place-dot"${attrs({ cx: place.x, cy: place.y, r: 2.5 })}/>`);
    if (place.label) parts.push(texts(place.label, fontSize, 'place-label'));
  }
  parts.push('</g>');

  parts.push('<g class="map-markers">');
  for (const marker of layout.markers) {
    const { figure } = marker;
    const value = marker.label.lines.at(-1)!;
    const label = `${marker.marker.label}: ${value}, ${STATUS_LABELS[figure.status].toLowerCase()}, ${formatAsOf(figure)}`;
    parts.push(
      `<a${attrs({ class: `marker status-${figure.status}${marker.marker.sized ? '' : ' is-unsized'}`, href: `#${rowId(id, figure.id)}`, 'data-item': figure.id, 'data-hidden-in': marker.hiddenIn.join(' '), 'aria-label': label })}>`,
    );
    // A marker moved along its place's column keeps a line back to the place itself.
    const [ax, ay] = marker.anchor;
    if (Math.abs(ay - marker.y) > marker.r) {
      const edge = r1(marker.y + Math.sign(ay - marker.y) * marker.r);
      parts.push(`<path class="leader"${attrs({ d: `M${marker.x},${edge}L${ax},${ay}` })}/>`);
    }
    parts.push(`<circle${attrs({ cx: marker.x, cy: marker.y, r: marker.r, 'stroke-dasharray': statusDash(figure.status, 1.5) })}/>`);
    // The spaces between the texts: read together they are the link's visible name (WCAG 2.5.3).
    const last = marker.label.lines.length - 1;
    parts.push(` ${texts(marker.label, fontSize, (line) => (line === last ? 'marker-value' : 'marker-label'))}</a>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}
