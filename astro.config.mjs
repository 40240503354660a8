// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './src/markdown/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import benchStages from './src/integrations/bench-stages.ts';
import { BENCH_STAGES, BASE_PATH, CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE_URL } from './src/config.ts';

const bibliography = fileURLToPath(new URL(`./${CONTENT_DIR}/bibliography.bib`, import.meta.url));

const base = BASE_PATH;
// Only when the benchmark asks (BENCH_STAGES): marks at the head and tail of the integrations list.
const stages = benchStages(BENCH_STAGES);

// SITE_URL and BASE_PATH (src/config.ts) let the same build serve a domain root or a sub-path
// (GitHub Pages). Without SITE_URL the site has no public address: nothing offers a localhost URL.
export default defineConfig({
  ...(SITE_URL ? { site: SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  // securityHeaders last (but for the benchmark marks): it hashes the inline scripts of the finished pages (CSP meta + _headers).
  // MDX `optimize` compiles static subtrees to HTML strings: fewer components to render per page.
  integrations: [stages.first, contentCheck(), mdx({ optimize: true }), securityHeaders(), stages.last],
  markdown: { processor: unified(markdownPipeline({ bibliography, base })) },
  // Tests build fixture sites side by side: each gets its own output and cache folder.
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  devToolbar: { enabled: false },
  // Astro inlines a page script under Vite's 4 KB asset limit (the search loader, <1 KB). The
  // reading script (theme, previews, sidenotes, copy buttons) is a little over it and the same on
  // every page, so it is a file a browser caches once rather than 1.7 KB of every page's HTML.
});
