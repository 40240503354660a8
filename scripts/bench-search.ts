/**
 * Search budgets, measured on the built site (npm run build first; OUT_DIR picks another build).
 * For each of the four queries of issue 15, a first search in a fresh browser from an article
 * page (scripts/bench/search-query.ts):
 * - bytes transferred (gzip) from opening the dialog to the results on screen, at most 110 KB;
 * - requests in that time, at most 10;
 * - the rank of the first article passage among the results, at most 3;
 * - every excerpt shows a matched word of its passage's visible text (or the spelling that matched).
 * And the index build: Pagefind's indexing of the site, at most 2 s.
 * Prints each figure against its budget and exits 1 if one is over. A benchmark, not a test.
 * Usage: node scripts/bench-search.ts [query …] (default: the four queries)
 */
import { OUT_DIR } from '../src/config.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { measureQuery } from './bench/search-query.ts';

const DIST = join(process.cwd(), OUT_DIR);
const QUERIES = process.argv.length > 2 ? process.argv.slice(2) : ['Daesh', 'Tajikistan', 'KTJ', 'Катибат'];
const BUDGET_BYTES = 110 * 1024;
const BUDGET_REQUESTS = 10;
const BUDGET_RANK = 3;
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

// 2. Each query's first search.
const article = readdirSync(join(DIST, 'articles'))[0];
const [browser, server] = await Promise.all([launchBrowser(), serveStatic(DIST)]);
const figures = [];
for (const query of QUERIES) figures.push(await measureQuery(browser, server.url, `/articles/${article}/`, query));
await browser.close();
await server.close();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const checks: { label: string; value: string; ok: boolean; budget: string }[] = [];
for (const result of figures) {
  console.log(`First search "${result.query}" from ${article}: ${result.shown} results on screen`);
  for (const file of result.files) console.log(`  ${kb(file.gzip).padStart(9)}  ${file.path}`);
  const label = `"${result.query}":`;
  checks.push(
    { label: `${label} first search transfer (gzip)`, value: kb(result.gzip), ok: result.gzip <= BUDGET_BYTES, budget: kb(BUDGET_BYTES) },
    { label: `${label} first search requests`, value: String(result.requests), ok: result.requests <= BUDGET_REQUESTS, budget: String(BUDGET_REQUESTS) },
    {
      label: `${label} rank of the first article passage`,
      value: result.passageRank === 0 ? `none in the first ${result.shown}` : String(result.passageRank),
      ok: result.passageRank >= 1 && result.passageRank <= BUDGET_RANK,
      budget: `≤ ${BUDGET_RANK}`,
    },
    {
      label: `${label} excerpts showing the matched word in visible text`,
      value: `${result.excerpts - result.badExcerpts.length} of ${result.excerpts}${result.badExcerpts.length ? ` (not: ${result.badExcerpts.join(', ')})` : ''}`,
      ok: result.badExcerpts.length === 0,
      budget: 'all',
    },
  );
}
checks.push({
  label: `index build (npm run build:search, whole process${reported ? `; the script reports ${(Number(reported) * 1000).toFixed(0)} ms` : ''})`,
  value: `${indexMs.toFixed(0)} ms`,
  ok: indexMs <= BUDGET_MS,
  budget: `${BUDGET_MS} ms`,
});
for (const check of checks) console.log(`${check.ok ? '✓' : '✗'} ${check.label} ${check.value} (budget ${check.budget})`);
process.exit(checks.every((check) => check.ok) ? 0 : 1);
