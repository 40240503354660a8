/** The search UI module (see src/build/search-bundle.ts), fetched only when search opens. */
import type { APIRoute } from 'astro';
import { searchUiBundle } from '../../build/search-bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await searchUiBundle()).code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
