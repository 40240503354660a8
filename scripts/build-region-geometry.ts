/**
 * `npm run build:geometry` (run before every build): clips Natural Earth country outlines from the
 * world-atlas package to the maps' region and writes them, wound for d3-geo, to
 * src/components/maps/region-geometry.json. Pages then carry only the region they show.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clipRegion } from '../src/lib/maps/clip-region.ts';
import { REGION } from '../src/lib/maps/region.ts';

const OUT = 'src/components/maps/region-geometry.json';

/**
 * ISO 3166-1 numeric codes (world-atlas feature ids) of the countries in the region, with their
 * alpha-2 codes, which tie content/entities/places to the geometry.
 */
const ALPHA2: Record<string, string> = {
  '004': 'AF', '031': 'AZ', '048': 'BH', '051': 'AM', '100': 'BG', '112': 'BY', '156': 'CN', '196': 'CY',
  '268': 'GE', '300': 'GR', '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '398': 'KZ', '400': 'JO',
  '414': 'KW', '417': 'KG', '422': 'LB', '496': 'MN', '498': 'MD', '512': 'OM', '524': 'NP', '586': 'PK',
  '634': 'QA', '642': 'RO', '643': 'RU', '682': 'SA', '760': 'SY', '762': 'TJ', '784': 'AE', '792': 'TR',
  '795': 'TM', '804': 'UA', '818': 'EG', '860': 'UZ', '275': 'PS', '434': 'LY', '729': 'SD', '887': 'YE',
  '428': 'LV', '440': 'LT', '233': 'EE', '246': 'FI', '616': 'PL', '144': 'LK', '050': 'BD', '064': 'BT',
};

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
  countries: GeometryCollection<{ name: string }>;
}>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const features = world.features.map((country) => {
  const iso = ALPHA2[String(country.id)];
  const id = iso ?? (country.id === undefined ? country.properties.name : String(country.id));
  return { ...country, id, properties: iso ? { name: country.properties.name, iso } : { name: country.properties.name } };
});

const region = clipRegion(features, REGION.box, { precision: REGION.precision, step: 1, tolerance: REGION.tolerance });
const unmapped = region.filter((country) => !country.properties.iso).map((country) => country.properties.name);
if (unmapped.length > 0) console.warn(`build-region-geometry: no alpha-2 code for ${unmapped.join(', ')} (drawn, but no place can refer to it)`);
writeFileSync(OUT, `${JSON.stringify({ type: 'FeatureCollection', box: REGION.box, features: region })}\n`);
console.log(`build-region-geometry: ${region.length} countries clipped to the region → ${OUT}`);
