/**
 * Search budgets, measured on the built site (npm run build first; OUT_DIR picks another build):
 * - first search: bytes transferred (gzip) from opening the dialog on an article page to the
 *   first results, at most 100 KB;
 * - index build: Pagefind's indexing of the site, at most 2 s.
 * Prints each figure against its budget and exits 1 if one is over. A benchmark, not a test.
 */
import { OUT_DIR } from '../src/config.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const DIST = join(process.cwd(), OUT_DIR);
const QUERY = process.argv[2] ?? 'Daesh';
const BUDGET_BYTES = 100 * 1024;
const BUDGET_MS = 2000;

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`No built site with a search index in ${DIST}: run "npm run build" first.`);
  process.exit(1);
}

// 1. Index build time: the script `npm run build` runs (scripts/build-search-index.ts), timed
// around the whole process.
const started = performance.now();
const indexing = spawnSync(process.execPath, ['--no-deprecation', 'scripts/build-search-index.ts', DIST], { encoding: 'utf8' });
const indexMs = performance.now() - started;
if (indexing.status !== 0) throw new Error(`search index failed:\n${indexing.stdout}\n${indexing.stderr}`);
const reported = /Finished in ([\d.]+) seconds/.exec(indexing.stdout)?.[1];

// 2. First search transfer, from the click on the header button to the first results shown.
const article = readdirSync(join(DIST, 'articles'))[0];
const [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
const page = await browser.newPage();
await page.goto(`${server.url}/articles/${article}/`, { waitUntil: 'networkidle' });
const transfers: { url: string; raw: number; gzip: number }[] = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => undefined);
  if (!body) return;
  // Pagefind's index, fragment and wasm files are gzip already; a server sends them as they are.
  const precompressed = /\.pf_\w+$|\.pagefind$/.test(new URL(response.url()).pathname);
  transfers.push({ url: response.url(), raw: body.length, gzip: precompressed ? body.length : gzipSync(body).length });
});
const t0 = performance.now();
await page.locator('[data-search-open]').click();
await page.locator('#search-dialog input[name="q"]').fill(QUERY);
await page.locator('#search-dialog .search-result').first().waitFor();
await page.waitForLoadState('networkidle');
const searchMs = performance.now() - t0;
await browser.close();
await server.close();

const total = transfers.reduce((sum, t) => sum + t.gzip, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`First search ("${QUERY}") from ${article}: ${transfers.length} requests in ${searchMs.toFixed(0)} ms`);
for (const t of transfers.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(t.gzip).padStart(9)}  ${new URL(t.url).pathname}`);
// What no page or UI choice of ours can change: Pagefind's runtime, its wasm, the index chunk that
// holds the query's words (Pagefind cuts chunks at a fixed 20,000 word positions) and metadata.
const floor = transfers.filter((t) => /wasm\.\w+\.pagefind$|\/pagefind\.js$|\.pf_index$|\.pf_meta$|pagefind-entry\.json$/.test(new URL(t.url).pathname));
const checks = [
  {
    label: 'first search transfer (gzip)',
    value: kb(total),
    ok: total <= BUDGET_BYTES,
    budget: kb(BUDGET_BYTES),
    detail: `of which Pagefind's own files, before any result: ${kb(floor.reduce((sum, t) => sum + t.gzip, 0))} (wasm, pagefind.js, index chunk, metadata)`,
  },
  {
    label: 'index build (npm run build:search, whole process)',
    value: `${indexMs.toFixed(0)} ms`,
    ok: indexMs <= BUDGET_MS,
    budget: `${BUDGET_MS} ms`,
    detail: reported ? `the script reports ${(Number(reported) * 1000).toFixed(0)} ms from its start to the written index` : '',
  },
];
for (const check of checks) {
  console.log(`${check.ok ? '✓' : '✗'} ${check.label}: ${check.value} (budget ${check.budget})`);
  if (check.detail) console.log(`  (${check.detail})`);
}
process.exit(checks.every((check) => check.ok) ? 0 : 1);
