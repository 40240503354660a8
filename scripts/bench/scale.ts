/**
 * The scale run: N generated articles (scripts/generate-scale-articles.ts) against the real
 * bibliography, built twice cold, with and without citations, for the time, the time per page and
 * the peak memory of each, what citations cost, and the search index of the larger build.
 */
import { join } from 'node:path';
import { generateScaleContent } from '../generate-scale-articles.ts';
import { buildSite, run, type Run } from './processes.ts';
import { note, record } from './report.ts';

export interface ScaleResult {
  count: number;
  words: number;
  builds: Record<string, { seconds: number; pages: number; peakMb?: number | undefined }>;
  overheadPercent: number;
  pagefindSeconds: number;
  /** The build's folder, which lends an article page to the page-weight runs. */
  dist: string;
}

export function runScale(count: number, dir: string): ScaleResult {
  console.log(`\nScale: ${count} generated articles, two cold builds (astro build, no search index)…`);
  const content = join(dir, 'content');
  const plain = join(dir, 'content-no-citations');
  const generated = generateScaleContent({ count, out: content, citations: true, keepArticles: false });
  generateScaleContent({ count, out: plain, citations: false, keepArticles: false });
  note(`${count} articles of ~${generated.words} words (source text, markup included), 25 citations and 10 notes each, the real bibliography, figures and entities; the 2 real articles left out so both builds process the same pages`);
  const builds = [
    { name: 'with citations (the pipeline: one shared citeproc engine)', content, out: join(dir, 'dist') },
    { name: 'without citations (same articles)', content: plain, out: join(dir, 'dist-no-citations') },
  ];
  const timings: Record<string, Run & { pages: number }> = {};
  for (const build of builds) {
    const result = buildSite(build.content, build.out, {}, false);
    const pages = Number(/(\d+) page\(s\) built/.exec(result.output)?.[1] ?? NaN);
    timings[build.name] = { ...result, pages };
    record({ section: 'scale', what: `${build.name}: build time, ${pages} pages`, value: Number(result.seconds.toFixed(1)), unit: 's', budget: '60 s on 2 cores', ok: result.seconds <= 60 });
    record({ section: 'scale', what: `${build.name}: time per page`, value: Number(((result.seconds * 1000) / pages).toFixed(1)), unit: 'ms' });
    if (result.peakMb) record({ section: 'scale', what: `${build.name}: peak memory`, value: result.peakMb, unit: 'MB' });
  }
  const [withCitations, without] = builds.map((build) => timings[build.name]!);
  const overhead = (withCitations!.seconds / without!.seconds - 1) * 100;
  record({ section: 'scale', what: 'citation processing over the build without citations', value: Number(overhead.toFixed(1)), unit: '%', budget: '≤ 25 %', ok: overhead <= 25 });
  const indexed = run('npm', ['run', '--silent', 'build:search', '--', join(dir, 'dist')]);
  const pagefindSeconds = Number(/Finished in ([\d.]+) seconds/.exec(indexed.output)?.[1] ?? NaN);
  record({ section: 'scale', what: `Pagefind index of the scale build (${count} articles)`, value: pagefindSeconds, unit: 's' });
  return {
    count,
    words: generated.words,
    builds: Object.fromEntries(Object.entries(timings).map(([name, t]) => [name, { seconds: t.seconds, pages: t.pages, peakMb: t.peakMb }])),
    overheadPercent: overhead,
    pagefindSeconds,
    dist: join(dir, 'dist'),
  };
}

/** A one-article build, when the scale run is skipped and the site has no article without a map. */
export function oneArticleBuild(dir: string): string {
  const content = join(dir, 'content-one');
  generateScaleContent({ count: 1, out: content, citations: true, keepArticles: false });
  buildSite(content, join(dir, 'dist-one'), {}, false);
  return join(dir, 'dist-one');
}
