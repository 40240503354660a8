/**
 * `npm run bench:maps [dist]`: the flow maps' size budgets, measured on a built site (default
 * dist/, or OUT_DIR): map JavaScript, region geometry, the site's one land file and each map's own SVG, each
 * gzipped (zlib's default level) and printed against its budget. Exits non-zero when a budget is exceeded.
 * Layout shift is checked in the browser by tests/e2e/maps.test.ts.
 */
import { OUT_DIR } from '../src/config.ts';
import { regionLand } from '../src/data/region-geometry.ts';
import { LAND_FILE } from '../src/lib/maps/render-map-svg.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const BUDGETS = { js: 16 * KB, geometry: 12 * KB, svg: 6 * KB };
const dist = process.argv[2] ?? OUT_DIR;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`bench:maps: no built site in ${dist}: run "npm run build" first`);
  process.exit(1);
}

const gz = (text: string | Buffer) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const rows: { what: string; bytes: number; budget: number }[] = [];

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .map((name) => ({ name, html: readFileSync(join(dist, name), 'utf8') }))
  .filter(({ html }) => html.includes('<flow-map'));
if (pages.length === 0) {
  console.error(`bench:maps: no page in ${dist} has a map`);
  process.exit(1);
}

// Map JavaScript: the custom element's chunk, the interaction module it imports on visibility,
// and whatever those import in turn.
const assets = join(dist, '_astro');
const seen = new Set<string>();
const visit = (file: string) => {
  if (seen.has(file) || !existsSync(join(assets, file))) return;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(match[1]!);
};
const entry = [...new Set(pages.flatMap(({ html }) => [...html.matchAll(/<script[^>]+src="[^"]*\/_astro\/([^"]*FlowMap[^"]*\.js)"/g)].map((m) => m[1]!)))];
entry.forEach(visit);
for (const file of readdirSync(assets).filter((name) => name.startsWith('flow-map-interaction'))) visit(file);
const eager = entry.reduce((sum, file) => sum + gz(readFileSync(join(assets, file))), 0);
const js = [...seen].reduce((sum, file) => sum + gz(readFileSync(join(assets, file))), 0);
rows.push({ what: `map JavaScript, all (${[...seen].join(', ')})`, bytes: js, budget: BUDGETS.js });
console.log(`  (loaded with the page: ${kb(eager)}; the rest only when a map scrolls into view)`);

// Region geometry: the clipped land the maps are drawn from, and the one land file every map shows
// (fetched once for the site, then cached); no page carries land of its own.
rows.push({ what: 'region geometry (src/data/region-geometry.ts, as JSON)', bytes: gz(Buffer.from(JSON.stringify(regionLand()))), budget: BUDGETS.geometry });
rows.push({ what: `land file ${LAND_FILE} (every map shows it with <use>; fetched once for the site)`, bytes: gz(readFileSync(join(dist, LAND_FILE))), budget: BUDGETS.geometry });
const copies = pages.flatMap(({ html }) => html.match(/<g id="map-land">[\s\S]*?<\/g>/g) ?? []);
rows.push({ what: `land copied into pages (${copies.length} copies in ${pages.length} pages with maps)`, bytes: copies.reduce((sum, copy) => sum + gz(copy), 0), budget: 0 });

// Each map's own SVG, both layouts (desktop and phone), from the first page that shows it.
const maps = new Map<string, string>();
for (const { html } of pages) {
  for (const match of html.matchAll(/<figure class="flow-map" id="map-([\w-]+)"[\s\S]*?(<svg[^>]*class="flow-map-svg map-wide"[\s\S]*?<\/svg><svg[^>]*class="flow-map-svg map-narrow"[\s\S]*?<\/svg>)/g)) {
    if (!maps.has(match[1]!)) maps.set(match[1]!, match[2]!);
  }
}
for (const [id, svg] of maps) rows.push({ what: `SVG of map ${id}, both layouts, land shared`, bytes: gz(svg), budget: BUDGETS.svg });

console.log(`bench:maps on ${basename(dist)}/ (${pages.length} pages with maps)`);
let over = 0;
for (const { what, bytes, budget } of rows) {
  const ok = bytes <= budget;
  if (!ok) over += 1;
  console.log(`${ok ? '✓' : '✗'} ${kb(bytes).padStart(9)} / ${kb(budget).padEnd(8)} ${what}`);
}
process.exitCode = over > 0 ? 1 : 0;
