/** The search UI module (see src/components/search/bundle.ts), fetched only when search opens. */
import type { APIRoute } from 'astro';
import { searchUiBundle } from '../../components/search/bundle.ts';

export const GET: APIRoute = async () =>
  new Response((await searchUiBundle()).code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
