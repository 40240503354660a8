/**
 * `npm run bench [-- --scale 1000 --runs 3 --no-scale --no-lighthouse]`: the site's weight, speed
 * and build scale, each figure printed against its budget (DESIGN.md and the issues), and saved
 * as bench-results/bench.json and bench-results/bench.md. A benchmark, not a test: it exits 0
 * whatever the figures, and says so where something could not be measured.
 *
 * 1. Builds the real site (cold cache) into bench-results/site and times it.
 * 2. For each kind of page (home, article, article with map, data, search, entity): HTML, CSS, JS
 *    and font bytes, raw and gzip, and the request count, from Chromium loading the page (and
 *    scrolling every map into view); the Lighthouse mobile scores and LCP, CLS, TBT, median of
 *    `--runs` runs, against a local server that gzips like a static host.
 * 3. Search and maps: runs `npm run bench:search` and `npm run bench:maps` on the same build.
 * 4. Scale: scripts/generate-scale-articles.ts writes N articles (25 citations, 10 notes each)
 *    against the real bibliography; three cold builds of them: citations through the pipeline
 *    (bibliography parsed once, one shared citeproc engine), citations with plain rehype-citation
 *    (parses the .bib and fills a registry for every file: the "before"), and no citations; time,
 *    time per page and peak memory of each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROME_PATH, HAS_BROWSER, launchBrowser } from '../tests/support/browser.ts';
import { generateScaleContent } from './generate-scale-articles.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'no-scale': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const SCALE = Number(args.scale);
const RUNS = Number(args.runs);
const OUT = 'bench-results';
const SITE = join(OUT, 'site');
const KB = 1024;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// ---------------------------------------------------------------- report

interface Figure {
  section: string;
  what: string;
  value: number | string;
  unit: string;
  budget?: string;
  ok?: boolean;
}
const figures: Figure[] = [];
const notes: string[] = [];
const kb = (bytes: number) => Number((bytes / KB).toFixed(1));

function record(figure: Figure): void {
  figures.push(figure);
  const verdict = figure.ok === undefined ? ' ' : figure.ok ? '✓' : '✗';
  const budget = figure.budget ? `  (budget ${figure.budget})` : '';
  console.log(`${verdict} ${figure.section} · ${figure.what}: ${figure.value}${figure.unit ? ` ${figure.unit}` : ''}${budget}`);
}
function note(text: string): void {
  notes.push(text);
  console.log(`  note: ${text}`);
}

// ---------------------------------------------------------------- processes

interface Run {
  status: number | null;
  output: string;
  seconds: number;
  /** Peak resident memory of the process tree's largest process, from /usr/bin/time, in MB. */
  peakMb?: number;
}

const HAS_TIME = existsSync('/usr/bin/time');

function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Run {
  const started = performance.now();
  const timed = HAS_TIME ? ['/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', command, ...commandArgs]] as const : [command, commandArgs] as const;
  const result = spawnSync(timed[0], timed[1], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 512 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(output)?.[1];
  return { status: result.status, output, seconds, ...(peak ? { peakMb: Math.round(Number(peak) / 1024) } : {}) };
}

function buildSite(contentDir: string | undefined, outDir: string, env: Record<string, string> = {}, withSearch = true): Run {
  const cache = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const vars = { OUT_DIR: outDir, ASTRO_CACHE_DIR: cache, ...(contentDir ? { CONTENT_DIR: contentDir } : {}), ...env };
  const result = withSearch ? run('npm', ['run', 'build', '--silent'], vars) : run('npx', ['astro', 'build'], vars);
  if (result.status !== 0) throw new Error(`build of ${contentDir ?? 'content'} failed:\n${result.output.slice(-3000)}`);
  return result;
}

// ---------------------------------------------------------------- a static host on 127.0.0.1

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.woff2': 'font/woff2', '.txt': 'text/plain', '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.xml']);

/** Serves a build as a static host does: gzip for text, long caching for hashed assets. */
async function serveGzip(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(root, decodeURIComponent(pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(root) && existsSync(file);
    const body = readFileSync(found ? file : join(root, '404.html'));
    const type = extname(found ? file : '.html');
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

// ---------------------------------------------------------------- page weight

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
interface Weight {
  requests: number;
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
  inlineJsGzip: number;
  mapSvgGzip: number[];
}

function kindOf(url: string, contentType: string): Kind {
  const path = new URL(url).pathname;
  if (contentType.includes('text/html')) return 'html';
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

async function pageWeight(page: Page, url: string): Promise<Weight> {
  const zero = () => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });
  const weight: Weight = { requests: 0, raw: zero(), gzip: zero(), inlineJsGzip: 0, mapSvgGzip: [] };
  const pending: Promise<void>[] = [];
  page.on('request', () => (weight.requests += 1));
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => {
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          // Pagefind's index and wasm files are compressed already; a host sends them as they are.
          const precompressed = /\.pf_\w+$|\.pagefind$/.test(new URL(response.url()).pathname);
          weight.raw[kind] += body.length;
          weight.gzip[kind] += precompressed ? body.length : gzipSync(body).length;
        },
        () => undefined,
      ),
    ),
  );
  await page.goto(url, { waitUntil: 'load' });
  for (const island of await page.locator('flow-map').all()) {
    await island.scrollIntoViewIfNeeded();
    const ready = await island.elementHandle();
    await page.waitForFunction((element) => element?.hasAttribute('data-ready'), ready, { timeout: 15_000 }).catch(() => note(`${url}: a map did not hydrate within 15 s`));
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''));
  weight.inlineJsGzip = inline.reduce((sum, code) => sum + gzipSync(code).length, 0);
  const svgs = await page.evaluate(() => [...document.querySelectorAll('[data-map] svg.flow-map-svg')].map((svg) => svg.outerHTML));
  weight.mapSvgGzip = svgs.map((svg) => gzipSync(svg).length);
  return weight;
}

// ---------------------------------------------------------------- Lighthouse

interface Lighthouse {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function lighthouseMedian(url: string, runs: number): Promise<Lighthouse | string> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const results: Lighthouse[] = [];
    for (let index = 0; index < runs; index += 1) {
      const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
      try {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        if (!result) return 'Lighthouse returned no result';
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError) return `Lighthouse error: ${runtimeError.code} ${runtimeError.message}`;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        results.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        });
      } finally {
        chrome.kill();
      }
    }
    const keys = Object.keys(results[0]!) as (keyof Lighthouse)[];
    return Object.fromEntries(keys.map((key) => [key, median(results.map((result) => result[key]))])) as unknown as Lighthouse;
  } catch (error) {
    return `Lighthouse could not run: ${(error as Error).message.split('\n')[0]}`;
  }
}

// ---------------------------------------------------------------- main

mkdirSync(OUT, { recursive: true });
console.log(`Benchmark on ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
if (!HAS_TIME) note('no /usr/bin/time: peak memory is not measured');

// 1. The real site.
const siteBuild = buildSite(undefined, SITE);
const pagefindSeconds = Number(/Finished in ([\d.]+) seconds/.exec(siteBuild.output)?.[1] ?? NaN);
const pageCount = Number(/(\d+) page\(s\) built/.exec(siteBuild.output)?.[1] ?? NaN);
record({ section: 'build', what: `site build (npm run build: geometry, astro, search index; ${pageCount} pages)`, value: Number(siteBuild.seconds.toFixed(1)), unit: 's' });
if (siteBuild.peakMb) record({ section: 'build', what: 'site build peak memory', value: siteBuild.peakMb, unit: 'MB' });
record({ section: 'search', what: 'search index build (npm run build:search, as it reports)', value: pagefindSeconds, unit: 's', budget: '2 s', ok: pagefindSeconds <= 2 });
const indexFiles = readdirSync(join(SITE, 'pagefind'), { recursive: true, encoding: 'utf8' }).map((name) => join(SITE, 'pagefind', name)).filter((file) => statSync(file).isFile());
record({ section: 'search', what: `Pagefind index size (${indexFiles.length} files)`, value: kb(indexFiles.reduce((sum, file) => sum + statSync(file).size, 0)), unit: 'KB' });

// Page kinds: an article without a map comes from the scale build when the site has none.
const htmlOf = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const articles = readdirSync(join(SITE, 'articles'));
const withMap = articles.find((slug) => htmlOf(SITE, `articles/${slug}`).includes('<flow-map'));
const withoutMap = articles.find((slug) => !htmlOf(SITE, `articles/${slug}`).includes('<flow-map'));
const entity = readdirSync(join(SITE, 'entities')).find((name) => existsSync(join(SITE, 'entities', name, 'index.html')));
const kinds: { kind: string; dist: string; path: string }[] = [
  { kind: 'home', dist: SITE, path: '/' },
  ...(withoutMap ? [{ kind: 'article', dist: SITE, path: `/articles/${withoutMap}/` }] : []),
  ...(withMap ? [{ kind: 'article with map', dist: SITE, path: `/articles/${withMap}/` }] : []),
  { kind: 'data', dist: SITE, path: '/data/' },
  { kind: 'search', dist: SITE, path: '/search/?q=Daesh' },
  ...(entity ? [{ kind: 'entity', dist: SITE, path: `/entities/${entity}/` }] : []),
];

// 4 (first, so that its build can lend an article without a map). Scale.
const scale: Record<string, unknown> = {};
const SCALE_DIR = join(OUT, 'scale');
if (!args['no-scale']) {
  console.log(`\nScale: ${SCALE} generated articles, three cold builds (astro build, no search index)…`);
  const content = join(SCALE_DIR, 'content');
  const plain = join(SCALE_DIR, 'content-no-citations');
  const generated = generateScaleContent({ count: SCALE, out: content, citations: true, keepArticles: false });
  generateScaleContent({ count: SCALE, out: plain, citations: false, keepArticles: false });
  note(`${SCALE} articles of ~${generated.words} words (source text, markup included), 25 citations and 10 notes each, the real bibliography, figures and entities; the 2 real articles left out so all three builds process the same pages`);
  const builds = [
    { name: 'citations, .bib parsed once, one shared engine (the pipeline)', content, env: {}, out: join(SCALE_DIR, 'dist') },
    { name: 'citations, plain rehype-citation: .bib parsed and registry filled per file (before)', content, env: { BENCH_CITATIONS_PARSE_PER_FILE: '1' }, out: join(SCALE_DIR, 'dist-per-file') },
    { name: 'no citations (same articles)', content: plain, env: {}, out: join(SCALE_DIR, 'dist-no-citations') },
  ];
  const timings: Record<string, Run & { pages: number }> = {};
  for (const build of builds) {
    const result = buildSite(build.content, build.out, build.env, false);
    const pages = Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? NaN);
    timings[build.name] = { ...result, pages };
    const ok = build.env['BENCH_CITATIONS_PARSE_PER_FILE'] ? undefined : result.seconds <= 60;
    record({ section: 'scale', what: `${build.name}: build time, ${pages} pages`, value: Number(result.seconds.toFixed(1)), unit: 's', ...(ok === undefined ? {} : { budget: '60 s on 2 cores', ok }) });
    record({ section: 'scale', what: `${build.name}: time per page`, value: Number(((result.seconds * 1000) / pages).toFixed(1)), unit: 'ms' });
    if (result.peakMb) record({ section: 'scale', what: `${build.name}: peak memory`, value: result.peakMb, unit: 'MB' });
  }
  const once = timings[builds[0]!.name]!;
  const perFile = timings[builds[1]!.name]!;
  const none = timings[builds[2]!.name]!;
  const overhead = (once.seconds / none.seconds - 1) * 100;
  record({ section: 'scale', what: 'citation processing over the build without citations', value: Number(overhead.toFixed(1)), unit: '%', budget: '≤ 25 %', ok: overhead <= 25 });
  record({ section: 'scale', what: 'plain rehype-citation (before) over the pipeline (after)', value: Number(((perFile.seconds / once.seconds - 1) * 100).toFixed(1)), unit: '%' });
  const indexed = run('npm', ['run', '--silent', 'build:search', '--', join(SCALE_DIR, 'dist')]);
  const scaleIndex = Number(/Finished in ([\d.]+) seconds/.exec(indexed.output)?.[1] ?? NaN);
  record({ section: 'scale', what: `Pagefind index of the scale build (${SCALE} articles)`, value: scaleIndex, unit: 's' });
  Object.assign(scale, { count: SCALE, words: generated.words, builds: Object.fromEntries(Object.entries(timings).map(([name, t]) => [name, { seconds: t.seconds, pages: t.pages, peakMb: t.peakMb }])), overheadPercent: overhead, pagefindSeconds: scaleIndex });
  if (!withoutMap) kinds.splice(1, 0, { kind: 'article', dist: join(SCALE_DIR, 'dist'), path: '/articles/scale-00001/' });
} else if (!withoutMap) {
  const content = join(SCALE_DIR, 'content-one');
  generateScaleContent({ count: 1, out: content, citations: true, keepArticles: false });
  buildSite(content, join(SCALE_DIR, 'dist-one'), {}, false);
  kinds.splice(1, 0, { kind: 'article', dist: join(SCALE_DIR, 'dist-one'), path: '/articles/scale-00001/' });
}
if (!withoutMap) note('every real article has a map: "article" is a generated article (same layout, CSS and scripts; generated text)');

// 2. Page weight and Lighthouse, kind by kind.
const pages: Record<string, unknown> = {};
if (!HAS_BROWSER) note(`no Chromium at ${CHROME_PATH}: page weight and Lighthouse not measured`);
else {
  const browser = await launchBrowser();
  for (const { kind, dist, path } of kinds) {
    console.log(`\n${kind}: ${path}`);
    const { url, server } = await serveGzip(join(process.cwd(), dist));
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const weight = await pageWeight(await context.newPage(), `${url}${path}`);
    await context.close();
    const nonHtml = weight.gzip.css + weight.gzip.js + weight.gzip.font + weight.gzip.other;
    const jsGzip = weight.gzip.js + weight.inlineJsGzip;
    const article = kind === 'article';
    for (const type of ['html', 'css', 'js', 'font'] as const) {
      record({ section: kind, what: `${type.toUpperCase()} raw / gzip`, value: `${kb(weight.raw[type])} / ${kb(weight.gzip[type])}`, unit: 'KB' });
    }
    record({ section: kind, what: 'other (SVG, JSON, search index, wasm) raw / gzip', value: `${kb(weight.raw.other)} / ${kb(weight.gzip.other)}`, unit: 'KB' });
    record({ section: kind, what: 'inline JS gzip (in the HTML)', value: kb(weight.inlineJsGzip), unit: 'KB' });
    record({ section: kind, what: 'non-HTML resources gzip', value: kb(nonHtml), unit: 'KB', ...(article ? { budget: '8 KB', ok: nonHtml <= 8 * KB } : {}) });
    record({ section: kind, what: 'JS gzip (files + inline)', value: kb(jsGzip), unit: 'KB', ...(article ? { budget: '3 KB', ok: jsGzip <= 3 * KB } : {}) });
    record({ section: kind, what: 'requests', value: weight.requests, unit: '', ...(article ? { budget: '≤ 4', ok: weight.requests <= 4 } : {}) });
    if (kind === 'article with map') record({ section: kind, what: 'JS gzip with the map hydrated (budget for map JS)', value: kb(jsGzip), unit: 'KB', budget: '16 KB', ok: jsGzip <= 16 * KB });
    weight.mapSvgGzip.forEach((bytes, index) => record({ section: kind, what: `inline SVG of map ${index + 1} gzip`, value: kb(bytes), unit: 'KB', budget: '25 KB', ok: bytes <= 25 * KB }));
    let lighthouse: Lighthouse | string = 'skipped (--no-lighthouse)';
    if (!args['no-lighthouse']) {
      lighthouse = await lighthouseMedian(`${url}${path}`, RUNS);
      if (typeof lighthouse === 'string') note(`${kind}: ${lighthouse}`);
      else {
        const all100 = [lighthouse.performance, lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo].every((score) => score === 100);
        record({ section: kind, what: `Lighthouse mobile (median of ${RUNS}) perf / a11y / best practices / SEO`, value: `${lighthouse.performance} / ${lighthouse.accessibility} / ${lighthouse.bestPractices} / ${lighthouse.seo}`, unit: '', ...(article ? { budget: '100 ×4', ok: all100 } : {}) });
        record({ section: kind, what: 'LCP / CLS / TBT', value: `${lighthouse.lcpMs} ms / ${lighthouse.cls} / ${lighthouse.tbtMs} ms`, unit: '' });
      }
    }
    pages[kind] = { path, ...weight, lighthouse };
    server.close();
  }
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

// Save.
const when = new Date().toISOString();
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify({ when, cores: cpus().length, node: process.version, figures, notes, pages, scale, others }, null, 2)}\n`);
const cell = (text: string | number) => String(text).replaceAll('|', '\\|');
const markdown = [
  `# Benchmark (${when})`,
  '',
  `${cpus().length} cores, Node ${process.version}. Produced by \`npm run bench\`; ✓/✗ against the budget.`,
  '',
  '| Section | Figure | Value | Budget | |',
  '| --- | --- | --- | --- | --- |',
  ...figures.map((f) => `| ${cell(f.section)} | ${cell(f.what)} | ${cell(`${f.value}${f.unit ? ` ${f.unit}` : ''}`)} | ${cell(f.budget ?? '')} | ${f.ok === undefined ? '' : f.ok ? '✓' : '✗'} |`),
  '',
  ...(notes.length ? ['## Notes', '', ...notes.map((text) => `- ${text}`), ''] : []),
  ...Object.entries(others).flatMap(([name, text]) => [`## ${name}`, '', '```', text, '```', '']),
].join('\n');
writeFileSync(join(OUT, 'bench.md'), markdown);
const over = figures.filter((f) => f.ok === false);
console.log(`\nSaved ${OUT}/bench.json and ${OUT}/bench.md. ${figures.filter((f) => f.ok !== undefined).length} figures with a budget, ${over.length} over it${over.length ? `: ${over.map((f) => `${f.section} · ${f.what}`).join('; ')}` : ''}.`);
