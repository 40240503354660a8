/** Timed child processes for the benchmark: builds of the site, with their peak memory where /usr/bin/time exists. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

export interface Run {
  status: number | null;
  output: string;
  seconds: number;
  /** When the process was started and when it ended (epoch ms), to line up stage marks written by the build. */
  startedAt: number;
  endedAt: number;
  /**
   * CPU time of the process and the children it waited for (user + system), from /usr/bin/time:
   * unlike the wall time, barely moved by other work on a shared machine.
   */
  cpuSeconds?: number;
  /** Peak resident memory of the process tree's largest process, from /usr/bin/time, in MB. */
  peakMb?: number;
}

export const HAS_TIME = existsSync('/usr/bin/time');

/** Runs a command to its end (in `cwd`, default this folder), with its output, wall time and peak memory. */
export function run(command: string, commandArgs: string[], env: Record<string, string> = {}, cwd?: string): Run {
  const startedAt = Date.now();
  const started = performance.now();
  const timed = HAS_TIME ? ['/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_SECONDS=%U %S', command, ...commandArgs]] as const : [command, commandArgs] as const;
  const result = spawnSync(timed[0], timed[1], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 512 * 1024 * 1024, ...(cwd ? { cwd } : {}) });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  const peak = /PEAK_RSS_KB=(\d+)/.exec(output)?.[1];
  const cpu = /CPU_SECONDS=([\d.]+) ([\d.]+)/.exec(output);
  return {
    status: result.status,
    output,
    seconds,
    startedAt,
    endedAt: Date.now(),
    ...(peak ? { peakMb: Math.round(Number(peak) / 1024) } : {}),
    ...(cpu ? { cpuSeconds: Number(cpu[1]) + Number(cpu[2]) } : {}),
  };
}

/** A cold build (its output and cache folders removed first); with the search index unless `withSearch` is false. */
export function buildSite(contentDir: string | undefined, outDir: string, env: Record<string, string> = {}, withSearch = true): Run {
  const cache = `${outDir}-cache`;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const vars = { OUT_DIR: outDir, ASTRO_CACHE_DIR: cache, ...(contentDir ? { CONTENT_DIR: contentDir } : {}), ...env };
  const result = withSearch ? run('npm', ['run', 'build', '--silent'], vars) : run('npx', ['astro', 'build'], vars);
  if (result.status !== 0) throw new Error(`build of ${contentDir ?? 'content'} failed:\n${result.output.slice(-3000)}`);
  return result;
}
