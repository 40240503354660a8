/**
 * The flow maps as laid out for this build: each map of content/data/maps.yaml in its two
 * layouts (src/lib/maps/layout-map.ts), computed once and shared by <FlowMap> and the maps'
 * downloads (/data/maps/<id>.svg and .csv), so the page and the files can never disagree.
 */
import { getCollection } from 'astro:content';
import type { Polygon } from 'geojson';
import type { Figure } from '../schemas/figure.ts';
import type { FlowMapData } from '../schemas/map.ts';
import { layoutMap, type MapLayout, type PlaceInfo } from '../lib/maps/layout-map.ts';
import { regionOutline } from '../lib/maps/region-outline.ts';
import { REGION } from '../lib/maps/region.ts';
import { selectMapFigures } from '../lib/maps/select-map-figures.ts';
import { oncePerBuild } from './once-per-build.ts';
import { regionLand } from './region-geometry.ts';

export interface LaidOutMap {
  map: FlowMapData;
  /** The whole region, shown where the map is 560 px wide or more. */
  wide: MapLayout;
  /** The part that holds the flows, with larger text, for phones. */
  narrow: MapLayout;
  /** The figures the map draws, flows first. */
  figures: Figure[];
  places: ReadonlyMap<string, PlaceInfo>;
}

const layouts = oncePerBuild(async () => {
  const figures = (await getCollection('figures')).map((figure) => figure.data);
  const places = new Map<string, PlaceInfo>(
    (await getCollection('places')).map(({ id, data: place }) => [id, { id, name: place.name, iso: place.iso, coordinates: place.coordinates }]),
  );
  const maps = (await getCollection('maps')).map((entry) => entry.data);
  return new Map(
    maps.map((map): [string, LaidOutMap] => {
      const base = {
        map,
        figures,
        places,
        land: regionLand(),
        outline: regionOutline(REGION.box) satisfies Polygon,
        width: REGION.width,
        height: REGION.height,
        padding: REGION.padding,
        parallels: REGION.parallels,
      };
      const drawn = selectMapFigures(map, figures);
      return [
        map.id,
        {
          map,
          wide: layoutMap({ ...base, frame: 'region', text: REGION.text.wide }),
          narrow: layoutMap({ ...base, frame: 'content', text: REGION.text.narrow }),
          figures: [...drawn.flows, ...drawn.markers.map(({ figure }) => figure)],
          places,
        },
      ];
    }),
  );
});

/** Every map, laid out. */
export const allMapLayouts = async (): Promise<LaidOutMap[]> => [...(await layouts()).values()];

/** One map, laid out; fails naming the id when there is no such map. */
export async function mapLayouts(id: string): Promise<LaidOutMap> {
  const found = (await layouts()).get(id);
  if (!found) throw new Error(`<FlowMap id="${id}" />: no map "${id}" in content/data/maps.yaml: add it or fix the id`);
  return found;
}
