/**
 * Build-time bundling of the search scripts with esbuild, outside Astro's Vite pipeline.
 *
 * Why: Vite wraps every dynamic import() in its preload helper, and once any other script on the
 * site uses import() (the maps do) that helper becomes a shared chunk that a Vite-processed
 * loader would fetch on every page. Bundled here instead, the loader is a few hundred bytes
 * inlined into each page (no request at all), and the search UI is one module, served by the
 * endpoint src/pages/search/ui.js.ts, that is fetched only when the reader opens search.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'src', 'components', 'search');

export interface Bundle {
  code: string;
  /** Short content hash, for cache-busting the UI module's URL. */
  hash: string;
}

async function bundle(file: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(DIR, file)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text.trim();
  return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 10) };
}

let loader: Promise<Bundle> | undefined;
let ui: Promise<Bundle> | undefined;

/** The inline loader (search-loader.ts): every page carries it. */
export const searchLoaderBundle = (): Promise<Bundle> => (loader ??= bundle('search-loader.ts'));

/** The search UI (search-ui.ts): fetched when search opens. */
export const searchUiBundle = (): Promise<Bundle> => (ui ??= bundle('search-ui.ts'));
