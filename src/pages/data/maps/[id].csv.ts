/** The numbers of one flow map as CSV: /data/maps/<id>.csv (the same columns as /data/figures.csv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allMapLayouts, mapLayouts } from '../../../data/map-layouts.ts';
import { figuresCsv } from '../../../lib/reading/figures-export.ts';

export const getStaticPaths = (async () => (await allMapLayouts()).map(({ map }) => ({ params: { id: map.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { figures } = await mapLayouts(params.id ?? '');
  return new Response(figuresCsv(figures), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
