/**
 * The SVG markup of a laid-out map, rendered at build time into the page (it works without
 * JavaScript, in print and for search engines). Flows and markers are links to their rows in the
 * map's table, so they are reachable by keyboard and useful even before the island hydrates.
 */
import { formatAsOf, STATUS_LABELS } from '../figures.ts';
import type { MapLayout } from './layout-map.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const attrs = (values: Record<string, string | number | undefined>): string =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

/** Id of a figure's (or route's) row in the map's table, the target of its link in the SVG. */
export const rowId = (mapId: string, itemId: string): string => `map-${mapId}-${itemId}`;

/** Style family of a status: solid for official numbers, dashed for the rest, dotted for denied ones. */
export const lineStyle = (status: string): 'solid' | 'dashed' | 'dotted' => (status === 'official' ? 'solid' : status === 'denied' ? 'dotted' : 'dashed');

/** Dash pattern that stays readable at any line width (undefined for a solid line). */
export function dashes(style: 'solid' | 'dashed' | 'dotted', width: number): string | undefined {
  const r = (value: number) => Math.round(value * 10) / 10;
  if (style === 'dashed') return `${r(Math.max(6, width * 2))} ${r(Math.max(3, width * 0.9))}`;
  if (style === 'dotted') return `0.1 ${r(Math.max(4, width * 2))}`; // round caps turn each dash into a dot
  return undefined;
}

export function renderMapSvg(layout: MapLayout, options: { titleId: string; descriptionId: string }): string {
  const { id } = layout;
  const parts: string[] = [];
  parts.push(
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', class: 'flow-map-svg', viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height, role: 'group', 'aria-labelledby': options.titleId, 'aria-describedby': options.descriptionId })}>`,
  );
  parts.push(`<path class="map-sea"${attrs({ d: layout.sea })}/>`);
  parts.push('<g class="map-land" aria-hidden="true">');
  for (const country of layout.countries) {
    parts.push(
      country.involved
        ? `<path${attrs({ class: 'country is-involved', d: country.d, 'data-iso': country.iso, 'data-figures': country.figures.join(' ') })}/>`
        : `<path class="country"${attrs({ d: country.d })}/>`,
    );
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
    parts.push(`<text class="route-label"${attrs({ x: route.label.x, y: route.label.y })}>${escapeXml(route.label.text)}</text></a>`);
  }
  parts.push('</g>');

  parts.push('<g class="map-flows">');
  // Widest first, so that thin flows stay on top and can be pointed at.
  for (const flow of [...layout.flows].sort((a, b) => (b.rangeWidth ?? b.width) - (a.rangeWidth ?? a.width))) {
    const { figure } = flow;
    const label = `${flow.from.name} to ${flow.to.name}: ${flow.label.text}, ${STATUS_LABELS[figure.status].toLowerCase()}, ${formatAsOf(figure)}`;
    parts.push(
      `<a${attrs({ class: `flow status-${figure.status} line-${lineStyle(figure.status)} kind-${figure.flow.kind}`, href: `#${rowId(id, figure.id)}`, 'data-item': figure.id, 'data-hidden-in': flow.hiddenIn.join(' '), 'aria-label': label })}>`,
    );
    parts.push(`<path class="hit"${attrs({ d: flow.d, 'stroke-width': Math.max(14, (flow.rangeWidth ?? flow.width) + 8) })}/>`);
    if (flow.rangeWidth !== undefined) parts.push(`<path class="flow-range"${attrs({ d: flow.d, 'stroke-width': flow.rangeWidth })}/>`);
    parts.push(`<path class="flow-line"${attrs({ d: flow.d, 'stroke-width': flow.width, 'stroke-dasharray': dashes(lineStyle(figure.status), flow.width) })}/>`);
    parts.push(`<path class="flow-head"${attrs({ d: flow.head })}/></a>`);
  }
  parts.push('</g>');
  // Numbers above every line, so that no flow covers another's number; the links carry the same
  // text in their labels for assistive technology.
  parts.push('<g class="map-flow-labels" aria-hidden="true">');
  for (const flow of layout.flows) {
    parts.push(
      `<text${attrs({ class: `flow-label status-${flow.figure.status}`, x: flow.label.x, y: flow.label.y, 'data-item': flow.figure.id, 'data-hidden-in': flow.hiddenIn.join(' ') })}>${escapeXml(flow.label.text)}</text>`,
    );
  }
  parts.push('</g>');

  parts.push('<g class="map-places" aria-hidden="true">');
  for (const place of layout.places) {
    parts.push(`<circle class="place-dot"${attrs({ cx: place.x, cy: place.y, r: 2.5 })}/>`);
    parts.push(`<text class="place-label"${attrs({ x: place.x + 5, y: place.y - 5 })}>${escapeXml(place.name)}</text>`);
  }
  parts.push('</g>');

  parts.push('<g class="map-markers">');
  for (const marker of layout.markers) {
    const { figure } = marker;
    const label = `${marker.label.text}: ${marker.value.text}, ${STATUS_LABELS[figure.status].toLowerCase()}, ${formatAsOf(figure)}`;
    parts.push(
      `<a${attrs({ class: `marker status-${figure.status} line-${lineStyle(figure.status)}${marker.marker.sized ? '' : ' is-unsized'}`, href: `#${rowId(id, figure.id)}`, 'data-item': figure.id, 'data-hidden-in': marker.hiddenIn.join(' '), 'aria-label': label })}>`,
    );
    parts.push(`<circle${attrs({ cx: marker.x, cy: marker.y, r: marker.r })}/>`);
    parts.push(`<text class="marker-label"${attrs({ x: marker.label.x, y: marker.label.y })}>${escapeXml(marker.label.text)}</text>`);
    // A space between the two texts: read together they are the link's visible name (WCAG 2.5.3).
    parts.push(` <text class="marker-value"${attrs({ x: marker.value.x, y: marker.value.y })}>${escapeXml(marker.value.text)}</text></a>`);
  }
  parts.push('</g></svg>');
  return parts.join('');
}
