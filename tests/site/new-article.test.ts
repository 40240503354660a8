/**
 * `npm run new:article`: the scaffold passes the content check as a draft, and once marked ready
 * it builds, as production does, into a page with its sections.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { FIXTURES } from '../support/content-fixtures.ts';
import { buildFixtureSite } from '../support/fixture-site.ts';

const CONTENT = join('test-results', 'new-article', 'content');

const run = (args: string[]) => spawnSync('npm', ['run', '--silent', 'new:article', '--', ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: CONTENT } });

describe('npm run new:article', () => {
  it('scaffolds a draft that passes the content check, and that builds once marked ready', () => {
    rmSync(CONTENT, { recursive: true, force: true });
    cpSync(join(FIXTURES, 'valid'), CONTENT, { recursive: true });

    const created = run(['Returnees in an example country', '--source', 'doe2005genealogy', '--date', '2026-11-22']);
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const file = join(CONTENT, 'articles', 'returnees-in-an-example-country.mdx');
    expect(created.stdout).toContain(`Created ${file}`);
    expect(formatProblems(checkContent(readContentFiles(process.cwd(), CONTENT)).problems)).toBe('');

    expect(run(['Returnees in an example country', '--source', 'doe2005genealogy']).stderr).toContain('already exists');

    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const build = buildFixtureSite('new-article', { content: CONTENT });
    expect(build.output).toContain('Complete!');
    const page = join(build.dist, 'articles', 'returnees-in-an-example-country', 'index.html');
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
