/**
 * The land the maps draw: Natural Earth country outlines from the world-atlas package, clipped
 * to the maps' region and wound for d3-geo, computed once per build (about half a second) from
 * the package itself. Nothing is generated into the repository, so no build or test writes a
 * tracked file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { clipRegion, type RegionFeature } from '../lib/maps/clip-region.ts';
import { REGION } from '../lib/maps/region.ts';
import { REGION_COUNTRIES } from '../lib/maps/region-countries.ts';

let land: RegionFeature[] | undefined;

/** The region's countries, each with its alpha-2 code where the place data can refer to it. */
export function regionLand(): RegionFeature[] {
  if (land) return land;
  const require = createRequire(import.meta.url);
  // world-atlas ships TopoJSON; its type is the package's documented format.
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features = world.features.map((country) => {
    const iso = REGION_COUNTRIES[String(country.id)];
    const id = iso ?? (country.id === undefined ? country.properties.name : String(country.id));
    return { ...country, id, properties: iso ? { name: country.properties.name, iso } : { name: country.properties.name } };
  });
  land = clipRegion(features, REGION.box, { precision: REGION.precision, step: 1, tolerance: REGION.tolerance });
  return land;
}
