/**
 * /articles/<slug>/entities.json: every entity the article mentions, id → definition, each once.
 * The reading script fetches it when a reader first opens a mention's preview; without
 * JavaScript a mention is a link to its entity page, which says the same and more.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedArticles } from '../../../data/entities.ts';
import { articleEntityDefinitions } from '../../../data/entity-definitions.ts';
import { definitionsJson } from '../../../lib/reading/entity-definitions.ts';

export const getStaticPaths = (async () => (await publishedArticles()).map((article) => ({ params: { slug: article.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(definitionsJson(await articleEntityDefinitions(params['slug'] ?? '')), { headers: { 'content-type': 'application/json; charset=utf-8' } });
