/** The built site (npm test builds it before the tests run). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(process.cwd(), process.env['OUT_DIR'] ?? 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does).`);
}

/** Every HTML page of the build: its path relative to dist/ and its text. */
export function builtPages(): { path: string; html: string }[] {
  requireDist();
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ path: relative(DIST, join(DIST, name)), html: readFileSync(join(DIST, name), 'utf8') }));
}

/** URL path of a built page: "articles/x/index.html" → "/articles/x/". */
export function urlPathOf(path: string): string {
  return `/${path.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
}

/** Whether a URL path is an article page ("/articles/x/"), not one of its sub-pages ("/articles/x/source/"). */
export const isArticlePath = (path: string): boolean => /^\/articles\/[^/]+\/$/.test(path);
