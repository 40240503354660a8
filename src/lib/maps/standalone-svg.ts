/**
 * A flow map as a file of its own (the "Download the map" link): the desktop layout with its own
 * copy of the land, its title, the site's light colours written in (a file has no page styles)
 * and a line naming its sources.
 */
import type { MapLayout } from './layout-map.ts';
import { renderMapSvg } from './render-map-svg.ts';

/** The light theme's colours (src/styles/global.css, maps.css), one per meaning as on the site. */
const STYLE = [
  'svg{--fg:#1d1d1f;--muted:#55595f;--halo:#fdfcfa;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}',
  '.map-sea{fill:#e9f0f5}.country{fill:#f4f1ea;stroke:#b9b3a6;stroke-width:.6}.country.is-involved{fill:#e4ddcc}',
  'text{font-weight:600;fill:var(--fg);paint-order:stroke;stroke:var(--halo);stroke-width:.25em;stroke-linejoin:round}',
  '.place-label,.route-label,.credit{font-weight:400}.route-label{font-style:italic;fill:var(--muted)}.credit{fill:var(--muted);stroke:none}.credit-title{stroke:none}',
  '.credit-band{fill:#fdfcfa}.place-dot{fill:var(--fg)}.port{stroke:var(--fg);stroke-width:3;stroke-linecap:round}.leader{fill:none;stroke:var(--muted);stroke-width:.8}',
  '.hit{fill:none;stroke:none}.flow-line,.flow-range{fill:none;stroke:currentColor}.flow-range{stroke-opacity:.3}.flow-head{fill:currentColor}',
  '.marker-value,.flow-label{fill:currentColor}.status-denied .flow-line{stroke-linecap:round}',
  '.kind-pending-return .flow-line{stroke-opacity:.45}.kind-pending-return .flow-head{fill-opacity:.45}',
  '.marker circle{fill:currentColor;fill-opacity:.25;stroke:currentColor;stroke-width:1.5}.marker.is-unsized circle{fill-opacity:1}',
  '.route{color:var(--muted)}.route-line{fill:none;stroke:currentColor;stroke-width:1.5;stroke-dasharray:2 3}.route-head{fill:currentColor}',
  '.status-official{color:#0b5fa5}.status-unofficial{color:#8a4b00}.status-estimate{color:#7a3e9d}.status-reported{color:#00676a}.status-denied{color:#5f6368}',
].join('');

export function standaloneMapSvg(layout: MapLayout, meta: { title: string; credit: string }): string {
  const svg = renderMapSvg(layout, { titleId: '', descriptionId: '', className: 'map-file', land: 'inline', standalone: { ...meta, style: STYLE } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
