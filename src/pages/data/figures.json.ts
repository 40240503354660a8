/** The figures data set as JSON: /data/figures.json */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { figuresJson } from '../../lib/reading/figures-export.ts';
import { SITE } from '../../lib/site.ts';
import { href } from '../../components/href.ts';

export const GET: APIRoute = async ({ site }) => {
  const figures = (await getCollection('figures')).map((entry) => entry.data);
  // The data page's public address; without one, its path under the base (never a localhost URL).
  const url = site ? new URL(href('data/'), site).href : href('data/');
  return new Response(figuresJson(figures, { title: `${SITE.title}: figures`, url }), { headers: { 'content-type': 'application/json' } });
};
