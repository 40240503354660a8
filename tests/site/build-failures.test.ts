/**
 * Bad input fails the real build (`astro build`), with file, place and fix in the output.
 * Each case builds a copy of the valid fixture with one bad file added.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { badFixture, FIXTURES } from '../support/content-fixtures.ts';

const WORK = join('test-results', 'fixture-sites');

function buildWith(name: string, files: Record<string, string>): { status: number | null; output: string } {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'valid'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'content', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: join(dir, 'content'),
      OUT_DIR: join(dir, 'dist'),
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build', () => {
  it('builds the valid fixture', () => {
    const { status, output } = buildWith('valid', {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('fails on bad frontmatter, listing every bad file in one run', () => {
    const { status, output } = buildWith('frontmatter', {
      'articles/missing-summary.mdx': badFixture('missing-summary.mdx'),
      'articles/impossible-date.mdx': badFixture('impossible-date.mdx'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('articles/missing-summary.mdx:2: `summary`: is required');
    expect(output).toContain('articles/impossible-date.mdx:13: `published`: "2024-13-45" has month 13');
  });

  it('fails on a citation rehype-citation would skip', () => {
    const { status, output } = buildWith('emphasis', { 'articles/citation-in-emphasis.mdx': badFixture('citation-in-emphasis.mdx') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/citation-in-emphasis\.mdx:16:\d+: citation \[@example2014source\] is inside emphasis/);
  });

  it('fails on malformed BibTeX', () => {
    const { status, output } = buildWith('bibtex', { 'bibliography.bib': badFixture('malformed.bib') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/bibliography\.bib:\d+: malformed BibTeX/);
  });
});
