/**
 * `npm run bench:build [-- --small 20 --large 300 --runs 1 --starlight-markdown default|unified]`: what each added article costs our
 * build against Starlight's on the same generated articles (issue 15: at most 1.25× Starlight's
 * cost per added article, and no more peak memory at 300 articles), and where our build's time
 * goes at the large count (scripts/bench/stages.ts). Also part of `npm run bench` (skip it there
 * with `--no-starlight`).
 *
 * - The articles: scripts/generate-scale-articles.ts, the same text for both sites. Ours are the
 *   generated MDX (citations, notes, <Stat>, <Entity>); Starlight's are the same articles as plain
 *   Markdown with the same words (`plainMarkdownArticle`: components → their text, citations →
 *   "(Author Year, para. N)" and a reference list, footnotes kept), in .mdx files as ours are.
 * - Starlight lives in a temporary project under the system's temporary folder, keyed by the
 *   Starlight and Astro versions, installed there with npm on first use and reused afterwards; it
 *   is not a dependency of the site. The version: the newest Starlight whose `astro` peer range
 *   takes our Astro (then installed with our Astro's exact version), else the newest Starlight
 *   with the Astro it asks for (the output says which).
 * - Each build is cold (output and cache removed; one untimed build of each site first, to warm
 *   the disk cache) and is `astro build` only: no search index for
 *   ours, Starlight's Pagefind turned off. Both run as `node astro.mjs build` with the same Node.
 *   Cost per added article = (time at the large count − time at the small count) / (large − small),
 *   so the fixed cost of each site (its other pages, start-up) cancels out; by wall time (fastest
 *   of `--runs`) and by CPU time (user + system, least of `--runs`), which other work on a shared
 *   machine barely moves. The two sites take turns, build by build.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateScaleContent, plainMarkdownArticle, readPlainLookups, readPools, scaleArticle } from '../generate-scale-articles.ts';
import { run, type Run } from './processes.ts';
import { note, record, saveReport } from './report.ts';
import { recordStages, takeStageFile, type Stage } from './stages.ts';
import type { StageFile } from '../../src/integrations/bench-stages.ts';

/** A published version and the `astro` range it asks for as a peer (or depends on). */
export interface StarlightRelease {
  version: string;
  astro: string | undefined;
}

/** The Starlight and Astro versions the comparison installs, and why. */
export interface Versions {
  starlight: string;
  astro: string;
  why: string;
}

/** "1.2.3" → [1, 2, 3]; a pre-release ("1.2.3-beta.1") is NaN-free but flagged by `isPrerelease`. */
function parts(version: string): number[] {
  return version.split('-')[0]!.split('.').map(Number);
}

const isPrerelease = (version: string) => version.includes('-');

/** Orders versions oldest first (pre-release tags ignored: callers leave pre-releases out). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i += 1) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Whether `version` is in `range`, for the ranges npm packages give their peers: alternatives
 * joined by `||`, each `^x.y.z`, `>=x.y.z` or an exact `x.y.z`. Anything else is "no", so an
 * unusual range never picks a version by mistake.
 */
export function inRange(version: string, range: string): boolean {
  return range.split('||').some((alternative) => {
    const text = alternative.trim();
    const caret = /^\^(\d+(?:\.\d+){0,2})$/.exec(text)?.[1];
    if (caret !== undefined) {
      const floor = parts(caret);
      // ^0.y.z pins the minor as well; ^x.y.z (x ≥ 1) the major.
      const pinned = floor[0] === 0 ? parts(version)[1] === floor[1] : true;
      return parts(version)[0] === floor[0] && pinned && compareVersions(version, caret) >= 0;
    }
    const atLeast = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(text)?.[1];
    if (atLeast !== undefined) return compareVersions(version, atLeast) >= 0;
    return /^\d+\.\d+\.\d+$/.test(text) && compareVersions(version, text) === 0;
  });
}

/** The lowest version a range names (its first alternative's floor): the Astro to install when ours does not fit. */
export function rangeFloor(range: string): string | undefined {
  return /(\d+\.\d+\.\d+)/.exec(range)?.[1];
}

/**
 * The newest released Starlight whose `astro` range takes `ourAstro` (installed with our Astro),
 * else the newest released Starlight with the lowest Astro its range names.
 */
export function chooseVersions(releases: readonly StarlightRelease[], ourAstro: string): Versions | undefined {
  const released = releases.filter((release) => !isPrerelease(release.version)).sort((a, b) => compareVersions(b.version, a.version));
  const fitting = released.find((release) => release.astro !== undefined && inRange(ourAstro, release.astro));
  if (fitting) return { starlight: fitting.version, astro: ourAstro, why: `the newest Starlight whose astro peer range (${fitting.astro}) takes our Astro ${ourAstro}` };
  const newest = released[0];
  const floor = newest?.astro === undefined ? undefined : rangeFloor(newest.astro);
  if (!newest || !floor) return undefined;
  return { starlight: newest.version, astro: floor, why: `no Starlight takes our Astro ${ourAstro}: the newest Starlight with its own Astro (${newest.astro})` };
}

/** Cost of each added article in seconds: the time between two counts over the articles between them. */
export function perArticle(small: { count: number; seconds: number }, large: { count: number; seconds: number }): number {
  return (large.seconds - small.seconds) / (large.count - small.count);
}

/**
 * The releases in `npm view <package>@<range> version peerDependencies.astro dependencies.astro
 * --json` output: an array of those fields for several versions, one object for a single version
 * (any text around the JSON, such as the peak-memory line, is skipped).
 */
export function parseNpmView(output: string): StarlightRelease[] {
  const start = output.search(/[[{]/);
  const end = Math.max(output.lastIndexOf(']'), output.lastIndexOf('}'));
  if (start < 0 || end < start) return [];
  // npm's own JSON: objects of the fields asked for, keyed by their dotted names.
  const parsed = JSON.parse(output.slice(start, end + 1)) as NpmViewFields | NpmViewFields[];
  return (Array.isArray(parsed) ? parsed : [parsed]).map((view) => ({ version: view.version, astro: view['peerDependencies.astro'] ?? view['dependencies.astro'] }));
}

interface NpmViewFields {
  version: string;
  'peerDependencies.astro'?: string;
  'dependencies.astro'?: string;
}

// ---------------------------------------------------------------- the temporary Starlight project

/** Asks npm which Starlight releases exist and the Astro each wants, and picks one. */
function pickVersions(ourAstro: string): Versions {
  const asked = run('npm', ['view', '@astrojs/starlight@>=0.0.0', 'version', 'peerDependencies.astro', 'dependencies.astro', '--json']);
  if (asked.status !== 0) throw new Error(`npm view @astrojs/starlight failed:\n${asked.output.slice(-2000)}`);
  const releases = parseNpmView(asked.output);
  const versions = chooseVersions(releases, ourAstro);
  if (!versions) throw new Error('no usable @astrojs/starlight release found on npm');
  return versions;
}

/**
 * Starlight's config. Its Markdown processor is Astro's default (Sätteri, a compiled Markdown and
 * MDX processor, in Astro 7) unless BENCH_MARKDOWN=unified asks for Astro's remark/rehype one
 * (`unified()`), the engine our site's pipeline runs on: the second figure parts the engine from
 * what runs on it.
 */
const ASTRO_CONFIG = `// Written by scripts/bench/starlight.ts: the Starlight side of the build comparison.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // Pagefind off for the build comparison (our side is astro build without its search index); on
  // (BENCH_PAGEFIND=1) for the page-weight comparison, where Starlight's pages are as it ships them.
  integrations: [starlight({ title: 'Build comparison', pagefind: process.env.BENCH_PAGEFIND === '1' })],
  ...(process.env.BENCH_MARKDOWN === 'unified' ? { markdown: { processor: unified() } } : {}),
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
`;

/** The Markdown processor Starlight builds with: Astro's default, or the remark/rehype one our site uses. */
export type StarlightMarkdown = 'default' | 'unified';

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The Starlight project for these versions, installed on first use (a minute or more) and reused
 * after; with @astrojs/markdown-remark at our version, for BENCH_MARKDOWN=unified.
 */
function starlightProject(versions: Versions, markdownRemark: string): string {
  const dir = join(tmpdir(), `astro-bench-starlight-${versions.starlight}-astro-${versions.astro}`);
  const modules = join(dir, 'node_modules');
  const wanted = [join(modules, '@astrojs', 'starlight', 'package.json'), join(modules, 'astro', 'bin', 'astro.mjs'), join(modules, '@astrojs', 'markdown-remark', 'package.json')];
  if (wanted.every((file) => existsSync(file))) {
    // The installed packages are reused; the config files are this script's, so always its current ones.
    writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
    writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
    return dir;
  }
  console.log(`Installing Starlight ${versions.starlight} and Astro ${versions.astro} in ${dir} (once; reused by later runs)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  const dependencies = { astro: versions.astro, '@astrojs/starlight': versions.starlight, '@astrojs/markdown-remark': markdownRemark };
  const manifest = { name: 'starlight-build-comparison', private: true, type: 'module', dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG);
  const installing = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {}, dir);
  if (installing.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`npm install in ${dir} failed:\n${installing.output.slice(-3000)}`);
  }
  return dir;
}

/** Starlight's docs folder with `count` generated articles as plain Markdown, and a home page. */
function writeStarlightArticles(dir: string, count: number): void {
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'articles'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Build comparison\ndescription: Generated articles.\n---\n\nGenerated articles for the build comparison.\n');
  const pools = readPools('content');
  const lookups = readPlainLookups('content');
  for (let index = 0; index < count; index += 1) {
    writeFileSync(join(docs, 'articles', `scale-${String(index + 1).padStart(5, '0')}.mdx`), plainMarkdownArticle(scaleArticle(index, pools, true), lookups));
  }
}

type Build = Run & { pages: number; stages?: StageFile | undefined };

/**
 * A cold `astro build` of the project in `cwd` (its output and cache folders removed first), run
 * by this Node; with `stagesFile`, the build's stage marks (bench-stages.ts) come back with it.
 */
function coldBuild(cwd: string, out: string, env: Record<string, string> = {}, stagesFile?: string): Build {
  const cache = `${out}-cache`;
  for (const folder of [out, cache]) rmSync(folder, { recursive: true, force: true });
  const marks = stagesFile ? { BENCH_STAGES: stagesFile } : {};
  const result = run(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { OUT_DIR: out, ASTRO_CACHE_DIR: cache, ...marks, ...env }, cwd);
  if (result.status !== 0) throw new Error(`astro build in ${cwd} failed:\n${result.output.slice(-3000)}`);
  return { ...result, pages: Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? NaN), stages: stagesFile ? takeStageFile(stagesFile) : undefined };
}

/** The build with the least wall time (the least disturbed by other work on the machine). */
function fastest(builds: readonly Build[]): Build {
  return builds.reduce((best, next) => (next.seconds < best.seconds ? next : best));
}

/** The least CPU time among the builds, when /usr/bin/time measured it. */
function leastCpu(builds: readonly Build[]): number | undefined {
  const measured = builds.flatMap((build) => (build.cpuSeconds === undefined ? [] : [build.cpuSeconds]));
  return measured.length ? Math.min(...measured) : undefined;
}

/** One site's side of the comparison: its times at both counts, the cost per added article, its peak memory at the large count. */
export interface Side {
  small: number;
  large: number;
  perArticle: number;
  cpuPerArticle?: number | undefined;
  peakMb?: number | undefined;
}

export interface ComparisonResult {
  versions: Versions;
  counts: { small: number; large: number };
  ours: Side;
  starlight: Side;
  ratio: number;
  cpuRatio?: number | undefined;
  memoryRatio?: number | undefined;
  stages: Stage[];
}

/** A site's side from its builds at the two counts: wall times of the fastest, CPU times the least. */
function sideOf(small: number, large: number, atSmall: readonly Build[], atLarge: readonly Build[]): Side {
  const [wallSmall, wallLarge] = [fastest(atSmall), fastest(atLarge)];
  const [cpuSmall, cpuLarge] = [leastCpu(atSmall), leastCpu(atLarge)];
  return {
    small: wallSmall.seconds,
    large: wallLarge.seconds,
    perArticle: perArticle({ count: small, seconds: wallSmall.seconds }, { count: large, seconds: wallLarge.seconds }),
    cpuPerArticle: cpuSmall === undefined || cpuLarge === undefined ? undefined : perArticle({ count: small, seconds: cpuSmall }, { count: large, seconds: cpuLarge }),
    peakMb: wallLarge.peakMb,
  };
}

/** The version of a package installed in our node_modules. */
function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The Starlight project for our Astro (installed on first use), and the versions it runs. */
function starlightForOurAstro(): { versions: Versions; ourAstro: string; project: string } {
  const ourAstro = installedVersion('astro');
  const versions = pickVersions(ourAstro);
  return { versions, ourAstro, project: starlightProject(versions, installedVersion('@astrojs/markdown-remark')) };
}

/** Where Starlight's pages of the real articles were built, and each article's path there. */
export interface StarlightPages {
  dist: string;
  /** URL path of each real article's page, by slug: "/articles/<slug>/". */
  paths: ReadonlyMap<string, string>;
  versions: Versions;
}

/**
 * Starlight's site of the real articles as plain Markdown with the same words
 * (`plainMarkdownArticle`: the maps left out), as Starlight ships it (Pagefind on), built into
 * `dir`: the other side of the page-weight comparison (issue 15: each article's first load at
 * most 0.7× Starlight's).
 */
export function buildStarlightArticlePages(dir: string, content = 'content'): StarlightPages {
  const { versions, project } = starlightForOurAstro();
  const docs = join(project, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'articles'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Page-weight comparison\ndescription: The real articles as plain Markdown.\n---\n\nThe real articles as plain Markdown.\n');
  const lookups = readPlainLookups(content);
  const paths = new Map<string, string>();
  for (const name of readdirSync(join(content, 'articles')).filter((file) => file.endsWith('.mdx')).sort()) {
    const slug = name.replace(/\.mdx$/, '');
    writeFileSync(join(docs, 'articles', name), plainMarkdownArticle(readFileSync(join(content, 'articles', name), 'utf8'), lookups));
    paths.set(slug, `/articles/${slug}/`);
  }
  const dist = resolve(dir, 'starlight-pages');
  coldBuild(project, dist, { BENCH_PAGEFIND: '1' });
  return { dist, paths, versions };
}

const SECTION = 'build vs Starlight';

/**
 * Builds both sites at both counts in one run, `runs` times each, ours and Starlight's taking
 * turns (so that load from other work on the machine falls on both), records the figures against
 * issue 15's budgets, and the stages of our fastest build at the large count.
 */
export function runStarlightComparison({ small, large, runs, dir, markdown = 'default' }: { small: number; large: number; runs: number; dir: string; markdown?: StarlightMarkdown }): ComparisonResult {
  const { versions, ourAstro, project } = starlightForOurAstro();
  console.log(`\nBuild comparison with Starlight ${versions.starlight} (Astro ${versions.astro}; ours: Astro ${ourAstro}), ${small} and ${large} generated articles, ${runs} cold build(s) of each, astro build only…`);
  note(`Starlight ${versions.starlight} with Astro ${versions.astro}: ${versions.why}; installed in a temporary project, not a dependency of the site`);
  note('build comparison: both sites cold, astro build only (our search index not built, Starlight with pagefind: false); Starlight gets the same articles as plain Markdown with the same words (scripts/generate-scale-articles.ts, plainMarkdownArticle); wall time of the fastest run, CPU time (user + system) of the least, the CPU figure being the one other work on a shared machine barely moves');
  note(markdown === 'unified' ? "Starlight's Markdown processor: unified() (remark/rehype), the engine our pipeline runs on (--starlight-markdown unified)" : "Starlight's Markdown processor: Astro's default (Sätteri, compiled; ours runs on unified(), remark/rehype)");
  const stagesFile = resolve(dir, 'stages.json');
  const builds: Record<'ours' | 'starlight', Record<number, Build[]>> = { ours: {}, starlight: {} };
  for (const count of [small, large]) {
    const content = join(dir, `content-${count}`);
    generateScaleContent({ count, out: content, citations: true, keepArticles: false });
    writeStarlightArticles(project, count);
    const ours = () => coldBuild(process.cwd(), resolve(dir, `ours-${count}`), { CONTENT_DIR: content }, count === large ? stagesFile : undefined);
    const theirs = () => coldBuild(project, resolve(dir, `starlight-${count}`), markdown === 'unified' ? { BENCH_MARKDOWN: 'unified' } : {});
    if (count === small) {
      // One untimed build of each first: the first build after an install (or after the other
      // site's) reads its node_modules from disk, which would inflate the small count and so
      // shrink that site's cost per article.
      ours();
      theirs();
    }
    // Our large builds carry the stage marks (two timestamps per hook: nothing against their time).
    const [oursDone, theirsDone]: [Build[], Build[]] = [[], []];
    builds.ours[count] = oursDone;
    builds.starlight[count] = theirsDone;
    for (let turn = 0; turn < Math.max(runs, 1); turn += 1) {
      oursDone.push(ours());
      theirsDone.push(theirs());
    }
    for (const [site, done] of [['ours', oursDone], ['starlight', theirsDone]] as const) {
      const cpu = leastCpu(done);
      const wall = fastest(done);
      record({ section: SECTION, what: `${site}: ${count} articles (${wall.pages} pages), cold build, wall${cpu === undefined ? '' : ' / CPU'}`, value: `${wall.seconds.toFixed(1)}${cpu === undefined ? '' : ` / ${cpu.toFixed(1)}`}`, unit: 's' });
    }
  }
  const side = (site: 'ours' | 'starlight') => sideOf(small, large, builds[site][small] ?? [], builds[site][large] ?? []);
  const [ours, starlight] = [side('ours'), side('starlight')];
  const ratio = ours.perArticle / starlight.perArticle;
  record({ section: SECTION, what: 'ours: cost per added article, wall', value: Number(ours.perArticle.toFixed(3)), unit: 's' });
  record({ section: SECTION, what: 'Starlight: cost per added article, wall', value: Number(starlight.perArticle.toFixed(3)), unit: 's' });
  record({ section: SECTION, what: "cost per added article (wall), ours over Starlight's", value: Number(ratio.toFixed(2)), unit: '×', budget: '≤ 1.25×', ok: ratio <= 1.25 });
  let cpuRatio: number | undefined;
  if (ours.cpuPerArticle !== undefined && starlight.cpuPerArticle !== undefined) {
    cpuRatio = ours.cpuPerArticle / starlight.cpuPerArticle;
    record({ section: SECTION, what: 'ours: cost per added article, CPU', value: Number(ours.cpuPerArticle.toFixed(3)), unit: 's' });
    record({ section: SECTION, what: 'Starlight: cost per added article, CPU', value: Number(starlight.cpuPerArticle.toFixed(3)), unit: 's' });
    record({ section: SECTION, what: "cost per added article (CPU), ours over Starlight's", value: Number(cpuRatio.toFixed(2)), unit: '×', budget: '≤ 1.25×', ok: cpuRatio <= 1.25 });
  }
  let memoryRatio: number | undefined;
  if (ours.peakMb && starlight.peakMb) {
    memoryRatio = ours.peakMb / starlight.peakMb;
    record({ section: SECTION, what: `ours: peak memory at ${large} articles`, value: ours.peakMb, unit: 'MB' });
    record({ section: SECTION, what: `Starlight: peak memory at ${large} articles`, value: starlight.peakMb, unit: 'MB' });
    record({ section: SECTION, what: `peak memory at ${large} articles, ours over Starlight's`, value: Number(memoryRatio.toFixed(2)), unit: '×', budget: '≤ 1.00×', ok: memoryRatio <= 1 });
  } else note('no /usr/bin/time: CPU time and peak memory of the compared builds not measured');
  console.log(`\nWhere our build's time goes at ${large} generated articles (our fastest timed build above; wall time):`);
  const largest = fastest(builds.ours[large] ?? []);
  const stages = recordStages(`stages, ${large} articles (astro build)`, largest.stages, largest);
  return { versions, counts: { small, large }, ours, starlight, ratio, cpuRatio, memoryRatio, stages };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      small: { type: 'string', default: '20' },
      large: { type: 'string', default: '300' },
      runs: { type: 'string', default: '1' },
      'starlight-markdown': { type: 'string', default: 'default' },
    },
  });
  if (!existsSync('content')) throw new Error('Run from the project root (no content/ here).');
  const out = 'bench-results';
  const dir = join(out, 'starlight');
  mkdirSync(dir, { recursive: true });
  const markdown = values['starlight-markdown'];
  if (markdown !== 'default' && markdown !== 'unified') throw new Error('--starlight-markdown takes default or unified');
  const result = runStarlightComparison({ small: Number(values.small), large: Number(values.large), runs: Number(values.runs), dir, markdown });
  saveReport(out, { buildComparison: result }, {}, 'bench-build');
}
