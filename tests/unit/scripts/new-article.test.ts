/**
 * `npm run new:article`: the scaffold passes the content check as a draft, and once marked ready
 * it builds into a page with its sections.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { scaffoldArticle, slugify } from '../../../scripts/new-article.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { readContentFiles } from '../../../src/lib/content/files.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { FIXTURES } from '../../support/content-fixtures.ts';

const WORK = join('test-results', 'new-article');
const CONTENT = join(WORK, 'content');

/** The environment without what Vitest adds to it (BASE_URL, NODE_ENV=test…). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST']) delete env[key];
  return env;
}

const run = (args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'new:article', '--', ...args], { encoding: 'utf8', env: cleanEnv({ CONTENT_DIR: CONTENT }) });

describe('slugify', () => {
  it('makes a kebab-case file name from a title', () => {
    expect(slugify('ISIL and Central Asia: risks & responses (2014)')).toBe('isil-and-central-asia-risks-responses-2014');
    expect(slugify('Ислам in Ōsh, explained')).toBe('in-osh-explained');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
  });
});

describe('scaffoldArticle', () => {
  it('fills the source from its BibTeX entry', () => {
    const text = scaffoldArticle({
      title: 'A "quoted" title',
      sourceKey: 'doe2005genealogy',
      source: { id: 'doe2005genealogy', 'citation-key': 'doe2005genealogy', type: 'article-journal', title: 'A Fictitious Journal Article', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2005, 3]] }, 'container-title': 'Journal of Examples' },
      published: '2026-11-21',
    });
    expect(text).toContain('title: "A \\"quoted\\" title"');
    expect(text).toContain('  title: "A Fictitious Journal Article"\n  author: "Jane Doe"\n  date: "2005-03"\n  venue: "Journal of Examples"');
    expect(text).toContain('draft: true');
  });
});

describe('npm run new:article', () => {
  it('scaffolds a draft that passes the content check, and that builds once marked ready', () => {
    rmSync(WORK, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'valid'), CONTENT, { recursive: true });

    const created = run(['Returnees in an example country', '--source', 'doe2005genealogy', '--date', '2026-11-22']);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const file = join(CONTENT, 'articles', 'returnees-in-an-example-country.mdx');
    expect(created.stdout).toContain(`Created ${file}`);
    expect(formatProblems(checkContent(readContentFiles(process.cwd(), CONTENT)).problems)).toBe('');

    expect(run(['Returnees in an example country', '--source', 'doe2005genealogy']).stderr).toContain('already exists');

    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const build = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: cleanEnv({ CONTENT_DIR: CONTENT, OUT_DIR: join(WORK, 'dist'), ASTRO_CACHE_DIR: join(WORK, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' }),
    });
    expect(`${build.stdout}\n${build.stderr}`).toContain('Complete!');
    const page = join(WORK, 'dist', 'articles', 'returnees-in-an-example-country', 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    for (const id of ['introduction', 'the-sources-argument', 'conclusion']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('Returnees in an example country');
  }, 180_000);

  it('explains what to do without a title or a known source key', () => {
    expect(run([]).stderr).toContain('usage: npm run new:article -- "Title of the article" --source <bibtex-key>');
    const unknown = run(['A title', '--source', 'nosuchkey2020']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"nosuchkey2020" is not in');
    expect(unknown.stderr).toContain('add its BibTeX entry');
    expect(unknown.stderr).toContain('example2014source, doe2005genealogy');
  });
});
