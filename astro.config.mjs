// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './src/markdown/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import benchStages from './src/integrations/bench-stages.ts';
import { BENCH_STAGES, BASE_PATH, CACHE_DIR, CONTENT_DIR, OUT_DIR, SITE_URL } from './src/config.ts';

const bibliography = fileURLToPath(new URL(`./${CONTENT_DIR}/bibliography.bib`, import.meta.url));

// V8 lets the heap grow up to about four times what is live before a full collection. A build
// makes much short-lived garbage (every article's Markdown, HTML and JS trees), so its peak
// memory was mostly garbage: 1.8–2.2 GB at 300 generated articles. Growing the heap by at most
// 20 % over what is live keeps that peak near 1.45 GB for the same build time (issue 15,
// measured with `npm run bench:build`). Not a cap: a larger site only collects more often.
// The flag is read at each collection, so setting it here covers every way Astro is started.
setFlagsFromString('--heap-growing-percent=20');

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
