/**
 * /maps/land.svg: the land every flow map shows through `<use>` (render-map-svg.ts), one file for
 * the whole site so that no page carries it and a browser fetches it once. Its address is
 * LAND_FILE in src/lib/maps/render-map-svg.ts.
 */
import type { APIRoute } from 'astro';
import { allMapLayouts } from '../../data/map-layouts.ts';
import { renderLandFile } from '../../lib/maps/render-map-svg.ts';

export const GET: APIRoute = async () => {
  // Every map and layout shares one projection, so any layout's countries are the land.
  const [first] = await allMapLayouts();
  return new Response(renderLandFile(first?.wide ?? { countries: [] }), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
