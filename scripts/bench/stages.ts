/**
 * Where a build's time goes: the marks a build writes when BENCH_STAGES is set
 * (src/integrations/bench-stages.ts), turned into stages with their seconds and share of the whole
 * run, from the moment the benchmark started the command to the moment it ended.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { StageFile, StageMark } from '../../src/integrations/bench-stages.ts';
import { record } from './report.ts';

/** One stage of a build: what it is, its seconds, and its share of the whole run (0–1). */
export interface Stage {
  stage: string;
  seconds: number;
  share: number;
}

/**
 * Each stage ends at a mark; it starts at the mark before it that was reached. A stage whose end
 * mark is missing (a hook Astro did not call, such as a second environment) is folded into the next.
 */
const STAGES: readonly { end: string; label: string }[] = [
  { end: 'process:start', label: 'start of the command (npm, npx) before Node runs Astro' },
  { end: 'config:setup', label: 'Node and Astro start, config loaded (the Markdown pipeline and bibliography set up)' },
  { end: 'config:setup:end', label: 'integrations set up (content check of every file, MDX)' },
  { end: 'config:done', label: 'routes and config resolved' },
  { end: 'build:start', label: 'content layer sync (collections loaded, data store written)' },
  { end: 'vite:prerender:start', label: 'page data collected, Vite set up' },
  { end: 'vite:prerender:end', label: 'Vite: server bundle of the pages (every .astro and MDX module compiled)' },
  { end: 'vite:client:start', label: 'Vite: between bundles' },
  { end: 'vite:client:end', label: 'Vite: client bundle (browser scripts, CSS)' },
  { end: 'build:generated', label: 'page generation (each page rendered to HTML and written)' },
  { end: 'build:done', label: 'assets copied' },
  { end: 'build:done:end', label: 'astro:build:done integrations (security headers: CSP on every page, _headers)' },
  { end: 'process:end', label: 'after the build: Astro exits (in npm run build, also the search-index script around Pagefind)' },
];

/**
 * The stages between `startedAt` and `endedAt` (epoch ms, the command's start and end as the
 * benchmark saw them), from the build's marks. Negative gaps (clock skew between processes) count as 0.
 */
export function stagesOf(file: StageFile, startedAt: number, endedAt: number): Stage[] {
  const reached = new Map<string, number>([
    ['process:start', file.processStart],
    ...file.marks.map((mark: StageMark): [string, number] => [mark.name, mark.at]),
    ['process:end', endedAt],
  ]);
  const total = Math.max(endedAt - startedAt, 1);
  const stages: Stage[] = [];
  let from = startedAt;
  for (const { end, label } of STAGES) {
    const at = reached.get(end);
    if (at === undefined) continue;
    const ms = Math.max(at - from, 0);
    stages.push({ stage: label, seconds: ms / 1000, share: ms / total });
    from = Math.max(at, from);
  }
  return stages;
}

/** The marks a build wrote to `file` (removed once read, so a later build cannot leave stale ones), if it wrote any. */
export function takeStageFile(file: string): StageFile | undefined {
  if (!existsSync(file)) return undefined;
  // The file is this benchmark's own output: bench-stages.ts writes a StageFile.
  const stages = JSON.parse(readFileSync(file, 'utf8')) as StageFile;
  rmSync(file);
  return stages;
}

/** Records a build's stages (one figure each: seconds and share of the whole command) and returns them. */
export function recordStages(section: string, file: StageFile | undefined, run: { startedAt: number; endedAt: number }, split: { label: string; seconds: number }[] = []): Stage[] {
  if (!file) return [];
  const stages = splitStage(stagesOf(file, run.startedAt, run.endedAt), split, (run.endedAt - run.startedAt) / 1000);
  for (const { stage, seconds, share } of stages) {
    record({ section, what: stage, value: `${seconds.toFixed(2)} s · ${(share * 100).toFixed(1)}`, unit: '%' });
  }
  return stages;
}

/**
 * Takes known parts (a figure a tool reports, such as Pagefind's own time) out of the last stage,
 * as stages of their own, so that the stages still add up to the whole.
 */
export function splitStage(stages: Stage[], parts: { label: string; seconds: number }[], totalSeconds: number): Stage[] {
  const last = stages.at(-1);
  const known = parts.filter((part) => Number.isFinite(part.seconds) && part.seconds > 0);
  if (!last || known.length === 0) return stages;
  const taken = Math.min(known.reduce((sum, part) => sum + part.seconds, 0), last.seconds);
  const rest = last.seconds - taken;
  const share = (seconds: number) => seconds / Math.max(totalSeconds, 0.001);
  return [
    ...stages.slice(0, -1),
    ...known.map((part) => ({ stage: part.label, seconds: part.seconds, share: share(part.seconds) })),
    { stage: last.stage, seconds: rest, share: share(rest) },
  ];
}
