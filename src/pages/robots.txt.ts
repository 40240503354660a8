/** robots.txt: everything may be crawled; with a public address, the sitemap's absolute URL. */
import type { APIRoute } from 'astro';
import { href } from '../components/href.ts';
import { SITE } from '../lib/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(href(SITE.sitemapPath), site).href}\n` : ''}`, { headers: { 'content-type': 'text/plain' } });
