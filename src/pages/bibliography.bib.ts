/** The whole bibliography, as the BibLaTeX file the site is built from: /bibliography.bib */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { CONTENT_DIR } from '../config.ts';

export const GET: APIRoute = () =>
  new Response(readFileSync(`${CONTENT_DIR}/bibliography.bib`, 'utf8'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
