// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { markdownPipeline } from './src/markdown/index.ts';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { CONTENT_DIR } from './src/content-dir.ts';

const bibliography = fileURLToPath(new URL(`./${CONTENT_DIR}/bibliography.bib`, import.meta.url));

const base = process.env.BASE_PATH ?? '/';

// SITE_URL and BASE_PATH let the same build serve a domain root or a sub-path (GitHub Pages).
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // securityHeaders last: it hashes the inline scripts of the finished pages (CSP meta + _headers).
  // MDX `optimize` compiles static subtrees to HTML strings: fewer components to render per page.
  integrations: [contentCheck(), mdx({ optimize: true }), securityHeaders()],
  markdown: { processor: unified(markdownPipeline({ bibliography, base })) },
  // Tests build fixture sites side by side: each gets its own output and cache folder.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
