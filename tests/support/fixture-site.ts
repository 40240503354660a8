/**
 * The one way the build-level tests build a site: as production does (`npm run build`: the
 * content check, astro build, then the search index through scripts/build-search-index.ts), from
 * a content folder (a fixture, or a copy of one with files added or replaced), into its own output
 * and cache folders under test-results/, so that builds can run side by side.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface FixtureSite {
  /** The site's output folder. */
  dist: string;
  /** The content folder it was built from. */
  content: string;
  status: number | null;
  output: string;
}

export interface FixtureSiteOptions {
  /** The content folder to build (a fixture under tests/fixtures/content). */
  content: string;
  /** Files to add to (or replace in) a copy of it, by path inside the content folder. */
  files?: Record<string, string>;
  /** Build settings (BASE_PATH, SITE_URL …). */
  env?: Record<string, string>;
}

/** The environment without what Vitest adds to it (BASE_URL="/" would override the base). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

const siteDir = (name: string) => join(process.cwd(), 'test-results', 'fixture-sites', name);

/** Where the site named `name` is built (known before it is). */
export const fixtureSiteDist = (name: string): string => join(siteDir(name), 'dist');

/** Builds a site named `name` (its folder: test-results/fixture-sites/<name>); does not throw on a failed build. */
export function buildFixtureSite(name: string, options: FixtureSiteOptions): FixtureSite {
  const dir = siteDir(name);
  rmSync(dir, { recursive: true, force: true });
  let content = options.content;
  if (options.files) {
    content = join(dir, 'content');
    cpSync(options.content, content, { recursive: true });
    for (const [path, text] of Object.entries(options.files)) {
      mkdirSync(join(content, path, '..'), { recursive: true });
      writeFileSync(join(content, path), text);
    }
  }
  const dist = fixtureSiteDist(name);
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: cleanEnv({ CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(dir, 'cache'), ...options.env }),
  });
  return { dist, content, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same, failing with the build's output when it does not succeed. */
export function buildFixtureSiteOrFail(name: string, options: FixtureSiteOptions): FixtureSite {
  const site = buildFixtureSite(name, options);
  if (site.status !== 0) throw new Error(`building the ${name} fixture site failed:\n${site.output.slice(-4000)}`);
  return site;
}
