/** The figures data set as JSON: /data/figures.json */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { figuresJson } from '../../lib/reading/figures-export.ts';
import { SITE } from '../../lib/site.ts';
import { href } from '../../components/href.ts';

export const GET: APIRoute = async ({ site }) => {
  const figures = (await getCollection('figures')).map((entry) => entry.data);
  const url = new URL(href('data/'), site).href;
  return new Response(figuresJson(figures, { title: `${SITE.title}: figures`, url }), { headers: { 'content-type': 'application/json' } });
};
