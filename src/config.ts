/**
 * Every build setting that comes from the environment, read in one place. Nothing else in the
 * project reads `process.env`.
 *
 * - SITE_URL: the public origin (https://owner.github.io). Without it the site has no public
 *   address yet: pages carry no canonical URL, "Cite this page" says so, and no feed or sitemap is
 *   written (they need absolute URLs). Never defaults to localhost.
 * - BASE_PATH: the sub-path the site lives under ("/" or "/repo/").
 * - CONTENT_DIR: the content folder (tests point it at a fixture).
 * - OUT_DIR, ASTRO_CACHE_DIR: where a build writes (tests build fixture sites side by side).
 * - REPO_URL, REPO_BRANCH: the repository, for "Edit this page" links.
 * - BENCH_STAGES: a file for the build's stage marks (src/integrations/bench-stages.ts; `npm run bench`).
 * - CHROME_PATH, CI: the Chromium the browser tests and the benchmark drive, and whether a
 *   missing one is a failure (in CI) or a skip.
 */
import { relative, resolve } from 'node:path';

const env = (name: string): string | undefined => {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
};

/** Paths are used relative to the project root (`./${CONTENT_DIR}/…`). */
function relativeToRoot(dir: string): string {
  return relative(process.cwd(), resolve(dir)).replace(/\/+$/, '') || '.';
}

/** The public origin, or undefined when the build has none. */
export const SITE_URL: string | undefined = env('SITE_URL');
/** The base path, always ending in "/". */
export const BASE_PATH: string = (env('BASE_PATH') ?? '/').replace(/\/?$/, '/');
/** The content folder, relative to the project root. */
export const CONTENT_DIR: string = relativeToRoot(env('CONTENT_DIR') ?? 'content');
/** The build's output folder. */
export const OUT_DIR: string = env('OUT_DIR') ?? './dist';
/** Astro's cache folder. */
export const CACHE_DIR: string = env('ASTRO_CACHE_DIR') ?? './node_modules/.astro';
/** Where a build writes its stage marks for the benchmark, when it should. */
export const BENCH_STAGES: string | undefined = env('BENCH_STAGES');
/** The repository's web address, when known. */
export const REPO_URL: string | undefined = env('REPO_URL');
/** The branch "Edit this page" links point to. */
export const REPO_BRANCH: string = env('REPO_BRANCH') ?? 'main';
/** The Chromium the browser tests and the benchmark drive (Debian's by default). */
export const CHROME_PATH: string = env('CHROME_PATH') ?? '/usr/bin/chromium';
/** Whether this is a CI run, where a missing browser fails the tests instead of skipping them. */
export const IN_CI: boolean = env('CI') !== undefined;
