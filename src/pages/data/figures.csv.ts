/** The figures data set as CSV: /data/figures.csv */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { figuresCsv } from '../../lib/reading/figures-export.ts';

export const GET: APIRoute = async () => {
  const figures = (await getCollection('figures')).map((entry) => entry.data);
  return new Response(figuresCsv(figures), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
