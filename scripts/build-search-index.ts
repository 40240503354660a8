/**
 * `npm run build:search` (the last step of `npm run build`): Pagefind's index of the built site,
 * written to <site>/pagefind/. Through Pagefind's Node API rather than its CLI so that each page
 * is indexed as a copy with heading ids only (src/lib/search/index-html.ts): the result
 * fragments a first search downloads shrink by about 40 %, and the pages keep their ids. An
 * article is indexed as one record per section (src/lib/search/section-records.ts), so a hit
 * downloads that section alone; each entity's name variants, which the pages do not carry, are
 * added at its first mention in each record and fenced for the search UI's excerpts
 * (src/lib/search/alias-marks.ts, entity-variants.ts).
 *
 * Usage: node scripts/build-search-index.ts [site folder, default $OUT_DIR or dist]
 */
import { CONTENT_DIR, OUT_DIR } from '../src/config.ts';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markAliases } from '../src/lib/search/alias-marks.ts';
import { readEntityVariants } from '../src/lib/search/entity-variants.ts';
import { hasIndexedBody, pageUrl, withHeadingAnchorsOnly } from '../src/lib/search/index-html.ts';
import { sectionRecords } from '../src/lib/search/section-records.ts';

const site = process.argv[2] ?? OUT_DIR;
const started = performance.now();

function fail(errors: string[]): never {
  console.error(`Search index of ${site} failed:\n${errors.join('\n')}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({});
if (!index) fail(errors);
// Like the CLI, index only the pages that mark their main content (the API adds any page it is given).
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({ file, html: readFileSync(join(site, file), 'utf8') }))
  .filter(({ html }) => hasIndexedBody(html));
const variants = readEntityVariants(CONTENT_DIR);
// One page at a time, in path order: the index (and its file names) come out the same every build.
let records = 0;
for (const { file, html } of pages) {
  const url = pageUrl(file);
  const isArticle = /^\/articles\/[^/]+\/$/.test(url);
  // No record keeps an id (no anchors, no sub-results): an article's sections are records of their own.
  const copies = isArticle ? sectionRecords(html, url) : [{ url, html }];
  for (const copy of copies) {
    const added = await index.addHTMLFile({ url: copy.url, content: withHeadingAnchorsOnly(markAliases(copy.html, variants), { headings: false }) });
    if (added.errors.length > 0) fail(added.errors.map((error) => `${copy.url}: ${error}`));
    records += 1;
  }
}
const output = join(site, 'pagefind');
rmSync(output, { recursive: true, force: true }); // no fragments of an earlier build left behind
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0) fail(written.errors);
await pagefind.close();

// The same closing line as Pagefind's CLI: the benchmarks read the indexing time from it.
console.log(`Indexed ${pages.length} pages as ${records} records into ${output}\nFinished in ${((performance.now() - started) / 1000).toFixed(3)} seconds`);
