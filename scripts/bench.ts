/**
 * `npm run bench [-- --scale 1000 --runs 3 --no-scale --no-lighthouse --no-starlight
 * --small 20 --large 300 --build-runs 1]`: the site's weight, speed
 * and build scale, each figure printed against its budget (DESIGN.md and the issues), and saved
 * as bench-results/bench.json and bench-results/bench.md. A benchmark, not a test: it exits 0
 * whatever the figures, and says so where something could not be measured.
 *
 * 1. Builds the real site (cold cache) into bench-results/site and times it, stage by stage
 *    (where the time goes: scripts/bench/stages.ts, from src/integrations/bench-stages.ts marks).
 * 2. For each kind of page (scripts/bench/page-kinds.ts: every route of the build, each article
 *    apart: home, both articles, article source, data, search, entities, entity, bibliography,
 *    timeline, corrections, 404): HTML, CSS, JS and font bytes, raw and gzip, the request count
 *    and the element count, from Chromium loading the page (and scrolling every map into view);
 *    the Lighthouse mobile scores and LCP, CLS, TBT, style and layout time, median of `--runs`
 *    runs, against a local server that gzips like a static host; performance 100 and TBT ≤ 150 ms
 *    is the budget on every kind.
 *    Every article's HTML gzip against its own budget (scripts/bench/article-weight.ts).
 * 3. Search and maps: runs `npm run bench:search` and `npm run bench:maps` on the same build.
 * 4. Scale: scripts/generate-scale-articles.ts writes N articles (25 citations, 10 notes each)
 *    against the real bibliography; two cold builds of them, with and without citations; time,
 *    time per page and peak memory of each (scripts/bench/scale.ts).
 * 5. Against Starlight: the cost of each added article and the peak memory at `--large` articles,
 *    ours against Starlight's on the same generated articles, and the stages of our large build
 *    (scripts/bench/starlight.ts; also `npm run bench:build` alone). Then each real article's
 *    whole first load (before scrolling) against the same article, as plain Markdown, on
 *    Starlight: at most 0.7× (part 2's browser measures both).
 *
 * The parts live in scripts/bench/: report, processes, stages, static host, page weight, Lighthouse,
 * scale, starlight.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { CHROME_PATH, HAS_BROWSER, launchBrowser } from './lib/chromium.ts';
import { figures, KB, kb, note, record, saveReport } from './bench/report.ts';
import { buildSite, HAS_TIME, run } from './bench/processes.ts';
import { serveGzip } from './bench/static-host.ts';
import { pageWeight } from './bench/page-weight.ts';
import { recordArticleHtml } from './bench/article-weight.ts';
import { lighthouseMedian, type Lighthouse } from './bench/lighthouse.ts';
import { pageKinds, readBuiltPages, type PageKind } from './bench/page-kinds.ts';
import { oneArticleBuild, runScale, type ScaleResult } from './bench/scale.ts';
import { recordStages, takeStageFile } from './bench/stages.ts';
import { buildStarlightArticlePages, runStarlightComparison, type ComparisonResult, type StarlightPages } from './bench/starlight.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-scale': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    small: { type: 'string', default: '20' },
    large: { type: 'string', default: '300' },
    'build-runs': { type: 'string', default: '1' },
  },
});
const SCALE = Number(args.scale);
const RUNS = Number(args.runs);
const OUT = 'bench-results';
const SITE = join(OUT, 'site');
/** Issue 15's rendering budget, on every kind of page: Lighthouse mobile performance and TBT. */
const PERFORMANCE_BUDGET = 100;
const TBT_BUDGET_MS = 150;
/** Issue 15: each article's first load (before scrolling) at most this share of Starlight's. */
const FIRST_LOAD_RATIO_BUDGET = 0.7;
/** The kind measured on a generated article when every real article has a map. */
const GENERATED = 'article without map (generated)';

/**
 * Each real article's whole first load against the same article on Starlight (plain Markdown,
 * Pagefind on, as it ships), same browser and host: issue 15's budget of 0.7×.
 */
async function compareFirstLoads(browser: Browser, starlight: StarlightPages, ours: Record<string, unknown>): Promise<Record<string, unknown>> {
  const section = 'first load vs Starlight';
  note(`${section}: Starlight ${starlight.versions.starlight} with the real articles as plain Markdown with the same words (scripts/generate-scale-articles.ts, plainMarkdownArticle; the maps left out, as Starlight has none) and Pagefind on; both before scrolling, on a 412 px phone viewport, gzip as the bench host sends it`);
  const { url, server } = await serveGzip(starlight.dist);
  const measured: Record<string, unknown> = {};
  for (const [slug, path] of starlight.paths) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const theirs = await pageWeight(await context.newPage(), `${url}${path}`);
    await context.close();
    measured[slug] = { path, ...theirs };
    const mine = (ours[`article: ${slug}`] as { firstLoadGzip?: number } | undefined)?.firstLoadGzip;
    record({ section, what: `${slug}: Starlight's first load gzip (HTML ${kb(theirs.gzip.html)} KB, ${theirs.requests} requests)`, value: kb(theirs.firstLoadGzip), unit: 'KB' });
    if (mine === undefined) continue;
    const ratio = mine / theirs.firstLoadGzip;
    record({ section, what: `${slug}: ours (${kb(mine)} KB) over Starlight's`, value: Number(ratio.toFixed(2)), unit: '×', budget: `≤ ${FIRST_LOAD_RATIO_BUDGET}×`, ok: ratio <= FIRST_LOAD_RATIO_BUDGET });
  }
  server.close();
  return measured;
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
console.log(`Benchmark on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
if (!HAS_TIME) note('no /usr/bin/time: peak memory is not measured');

// 1. The real site, with its stage marks (two timestamps per Astro hook: nothing against its time).
const STAGES_FILE = join(process.cwd(), OUT, 'site-stages.json');
const siteBuild = buildSite(undefined, SITE, { BENCH_STAGES: STAGES_FILE });
const pagefindSeconds = Number(/Finished in ([\d.]+) seconds/.exec(siteBuild.output)?.[1] ?? NaN);
const pageCount = Number(/(\d+) page\(s\) built/.exec(siteBuild.output)?.[1] ?? NaN);
record({ section: 'build', what: `site build (npm run build: astro, search index; ${pageCount} pages)`, value: Number(siteBuild.seconds.toFixed(1)), unit: 's' });
if (siteBuild.peakMb) record({ section: 'build', what: 'site build peak memory', value: siteBuild.peakMb, unit: 'MB' });
console.log('\nWhere the site build\'s time goes:');
const siteStages = recordStages('stages, site (npm run build)', takeStageFile(STAGES_FILE), siteBuild, [{ label: 'search index: Pagefind (its own reported time)', seconds: pagefindSeconds }]);
record({ section: 'search', what: 'search index build (npm run build:search, as it reports)', value: pagefindSeconds, unit: 's', budget: '2 s', ok: pagefindSeconds <= 2 });
const indexFiles = readdirSync(join(SITE, 'pagefind'), { recursive: true, encoding: 'utf8' }).map((name) => join(SITE, 'pagefind', name)).filter((file) => statSync(file).isFile());
record({ section: 'search', what: `Pagefind index size (${indexFiles.length} files)`, value: kb(indexFiles.reduce((sum, file) => sum + statSync(file).size, 0)), unit: 'KB' });

// Every article's HTML against its own budget (issue 15), from the files: no browser needed.
recordArticleHtml(SITE);

// Page kinds (scripts/bench/page-kinds.ts): every route of the built site, every article apart.
// The weight budgets of an article without a map need one: a generated article when none is real.
const kinds: (PageKind & { dist: string })[] = pageKinds(readBuiltPages(SITE), { search: '?q=Daesh' }).map((kind) => ({ ...kind, dist: SITE }));
const realWithoutMap = kinds.some(({ route, hasMap }) => route === 'articles/[slug]' && !hasMap);
const SCALE_DIR = join(OUT, 'scale');
let scale: ScaleResult | undefined;
// 4 (first, so that its build can lend an article without a map). Scale.
if (!args['no-scale']) scale = runScale(SCALE, SCALE_DIR);
if (!realWithoutMap) {
  kinds.splice(1, 0, { kind: GENERATED, dist: scale?.dist ?? oneArticleBuild(SCALE_DIR), path: '/articles/scale-00001/', route: 'articles/[slug]', hasMap: false });
  note(`every real article has a map: "${GENERATED}" is a generated article (same layout, CSS and scripts; generated text), measured for the weight budgets of an article without a map`);
}
note(`Lighthouse budget on every kind: performance ${PERFORMANCE_BUDGET} and TBT ≤ ${TBT_BUDGET_MS} ms, median of --runs (issue 15)`);

// 5 (here, before the browser runs, while the build folders are fresh). Against Starlight.
let buildComparison: ComparisonResult | undefined;
let starlightPages: StarlightPages | undefined;
if (!args['no-starlight']) {
  buildComparison = runStarlightComparison({ small: Number(args.small), large: Number(args.large), runs: Number(args['build-runs']), dir: join(OUT, 'starlight') });
  // Starlight's pages of the real articles, for the first-load comparison of part 2.
  if (HAS_BROWSER) starlightPages = buildStarlightArticlePages(join(OUT, 'starlight'));
}

// 2. Page weight and Lighthouse, kind by kind.
const pages: Record<string, unknown> = {};
if (!HAS_BROWSER) note(`no Chromium at ${CHROME_PATH}: page weight and Lighthouse not measured`);
else {
  const browser = await launchBrowser();
  for (const { kind, dist, path, hasMap } of kinds) {
    console.log(`\n${kind}: ${path}`);
    const { url, server } = await serveGzip(join(process.cwd(), dist));
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const weight = await pageWeight(await context.newPage(), `${url}${path}`);
    await context.close();
    const nonHtml = weight.gzip.css + weight.gzip.js + weight.gzip.font + weight.gzip.other;
    const jsGzip = weight.gzip.js + weight.inlineJsGzip;
    // The weight budgets of an article without a map (the "article" of earlier reports).
    const article = !hasMap && (kind === GENERATED || kind.startsWith('article: '));
    for (const type of ['html', 'css', 'js', 'font'] as const) {
      record({ section: kind, what: `${type.toUpperCase()} raw / gzip`, value: `${kb(weight.raw[type])} / ${kb(weight.gzip[type])}`, unit: 'KB' });
    }
    record({ section: kind, what: 'other (SVG, JSON, search index, wasm) raw / gzip', value: `${kb(weight.raw.other)} / ${kb(weight.gzip.other)}`, unit: 'KB' });
    record({ section: kind, what: 'inline JS gzip (in the HTML)', value: kb(weight.inlineJsGzip), unit: 'KB' });
    record({ section: kind, what: 'non-HTML resources gzip', value: kb(nonHtml), unit: 'KB', ...(article ? { budget: '8 KB', ok: nonHtml <= 8 * KB } : {}) });
    // What a first visit to this page costs in all; the stylesheet, scripts and land file are then
    // cached for every later page (Starlight's pages, for scale: 42 KB besides their HTML).
    record({ section: kind, what: 'whole first load gzip, before scrolling (everything the page loads)', value: kb(weight.firstLoadGzip), unit: 'KB' });
    record({ section: kind, what: 'all loaded gzip, maps scrolled into view (HTML and everything else)', value: kb(weight.gzip.html + nonHtml), unit: 'KB' });
    record({ section: kind, what: 'JS gzip (files + inline)', value: kb(jsGzip), unit: 'KB', ...(article ? { budget: '3 KB', ok: jsGzip <= 3 * KB } : {}) });
    record({ section: kind, what: 'requests', value: weight.requests, unit: '', ...(article ? { budget: '≤ 4', ok: weight.requests <= 4 } : {}) });
    record({ section: kind, what: 'elements once loaded (document.querySelectorAll("*"))', value: weight.elements, unit: '' });
    if (hasMap && kind.startsWith('article: ')) record({ section: kind, what: 'JS gzip with the map hydrated (budget for map JS)', value: kb(jsGzip), unit: 'KB', budget: '16 KB', ok: jsGzip <= 16 * KB });
    weight.mapSvgGzip.forEach((bytes, index) => record({ section: kind, what: `inline SVG of map ${index + 1} gzip`, value: kb(bytes), unit: 'KB', budget: '25 KB', ok: bytes <= 25 * KB }));
    let lighthouse: Lighthouse | string = 'skipped (--no-lighthouse)';
    if (!args['no-lighthouse']) {
      lighthouse = await lighthouseMedian(`${url}${path}`, RUNS);
      if (typeof lighthouse === 'string') note(`${kind}: ${lighthouse}`);
      else {
        const others100 = [lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo].every((score) => score === 100);
        record({ section: kind, what: `Lighthouse mobile performance (median of ${RUNS})`, value: lighthouse.performance, unit: '', budget: String(PERFORMANCE_BUDGET), ok: lighthouse.performance >= PERFORMANCE_BUDGET });
        record({ section: kind, what: `total blocking time (median of ${RUNS})`, value: lighthouse.tbtMs, unit: 'ms', budget: `≤ ${TBT_BUDGET_MS} ms`, ok: lighthouse.tbtMs <= TBT_BUDGET_MS });
        record({ section: kind, what: 'Lighthouse accessibility / best practices / SEO', value: `${lighthouse.accessibility} / ${lighthouse.bestPractices} / ${lighthouse.seo}`, unit: '', ...(article ? { budget: '100 ×3', ok: others100 } : {}) });
        record({ section: kind, what: 'LCP / CLS / style and layout (main thread)', value: `${lighthouse.lcpMs} ms / ${lighthouse.cls} / ${lighthouse.styleLayoutMs} ms`, unit: '' });
      }
    }
    pages[kind] = { path, ...weight, lighthouse };
    server.close();
  }
  if (starlightPages) pages.starlight = await compareFirstLoads(browser, starlightPages, pages);
  await browser.close();
}

// 3. The search and maps benchmarks, on the same build.
const others: Record<string, string> = {};
for (const script of ['bench:search', 'bench:maps']) {
  console.log(`\n${script}:`);
  const result = run('npm', ['run', '--silent', script], { OUT_DIR: SITE });
  const lines = result.output.split('\n').filter((line) => line.trim() && !/^npm warn|PEAK_RSS/.test(line));
  for (const line of lines) console.log(`  ${line}`);
  others[script] = lines.join('\n');
  for (const line of lines.filter((text) => /^[✓✗]/.test(text))) {
    figures.push({ section: script, what: line.slice(2), value: '', unit: '', ok: line.startsWith('✓') });
  }
}

saveReport(OUT, { pages, scale, siteStages, buildComparison }, others);
