/**
 * Stage marks for `npm run bench`: when BENCH_STAGES names a file, a build writes there the time
 * (epoch ms) at which it reached each of Astro's public build hooks, and at which Vite started and
 * finished each of its environment builds (prerender: the pages, with every MDX article compiled;
 * client: the browser scripts). The benchmark turns the marks into "where the build's time goes"
 * (scripts/bench/stages.ts). Without BENCH_STAGES both integrations are left out of the build.
 *
 * Two integrations, because hooks run in the order of the integrations list: `first` (at the head
 * of the list) marks when a hook starts, `last` (at its tail) when every other integration's part
 * of it is done, so the content check (astro:config:setup) and the security headers
 * (astro:build:done) get a stage of their own.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** One mark: a point the build reached, and when (epoch ms). */
export interface StageMark {
  name: string;
  at: number;
}

/** What the build writes: the process's start (epoch ms) and its marks in the order reached. */
export interface StageFile {
  processStart: number;
  marks: StageMark[];
}

/** The pair of integrations to put at the head and the tail of the list, or nulls when `file` is undefined. */
export default function benchStages(file: string | undefined): { first: AstroIntegration | null; last: AstroIntegration | null } {
  if (!file) return { first: null, last: null };
  const marks: StageMark[] = [];
  const mark = (name: string): void => {
    marks.push({ name, at: Date.now() });
  };
  // Vite runs these for each environment it builds, one after the other (prerender, then client).
  const vitePlugin: Plugin = {
    name: 'bench-stages',
    buildStart() {
      mark(`vite:${this.environment.name}:start`);
    },
    writeBundle() {
      mark(`vite:${this.environment.name}:end`);
    },
  };
  return {
    first: {
      name: 'bench-stages-first',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          mark('config:setup');
          updateConfig({ vite: { plugins: [vitePlugin] } });
        },
        'astro:config:done': () => mark('config:done'),
        'astro:build:start': () => mark('build:start'),
        'astro:build:setup': () => mark('build:setup'),
        'astro:build:generated': () => mark('build:generated'),
        'astro:build:done': () => mark('build:done'),
      },
    },
    last: {
      name: 'bench-stages-last',
      hooks: {
        'astro:config:setup': () => mark('config:setup:end'),
        'astro:build:done': () => {
          mark('build:done:end');
          const stages: StageFile = { processStart: performance.timeOrigin, marks };
          writeFileSync(file, `${JSON.stringify(stages, null, 2)}\n`);
        },
      },
    },
  };
}
