/** One flow map as a standalone SVG file: /data/maps/<id>.svg (src/lib/maps/standalone-svg.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allMapLayouts, mapLayouts } from '../../../data/map-layouts.ts';
import { citationPlainText } from '../../../data/citations.ts';
import { standaloneMapSvg } from '../../../lib/maps/standalone-svg.ts';

export const getStaticPaths = (async () => (await allMapLayouts()).map(({ map }) => ({ params: { id: map.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { map, wide, figures } = await mapLayouts(params.id ?? '');
  const sources = [...new Set(figures.map((figure) => citationPlainText(figure.source.key)))];
  const svg = standaloneMapSvg(wide, { title: map.title, credit: `Source${sources.length > 1 ? 's' : ''}: ${sources.join('; ')}. Numbers and citations: ${map.id}.csv` });
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
