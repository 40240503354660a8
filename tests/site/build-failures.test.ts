/**
 * Bad input fails the real build (`npm run build`), with file, line and fix in the output, every
 * problem of every file in one run. Each case builds a copy of the valid fixture with bad files.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { badFixture, FIXTURES } from '../support/content-fixtures.ts';
import { buildFixtureSite } from '../support/fixture-site.ts';

const buildWith = (name: string, files: Record<string, string>) => buildFixtureSite(`failing-${name}`, { content: join(FIXTURES, 'valid'), files });

describe('npm run build', () => {
  it('builds the valid fixture, search index included', () => {
    const { status, output } = buildWith('none', {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });

  it('fails on bad frontmatter, a citation in a heading and broken BibTeX, listing every problem in one run', () => {
    const { status, output } = buildWith('several', {
      'articles/missing-summary.mdx': badFixture('missing-summary.mdx'),
      'articles/impossible-date.mdx': badFixture('impossible-date.mdx'),
      'articles/citation-in-heading.mdx': badFixture('citation-in-heading.mdx'),
      'bibliography.bib': `${badFixture('malformed.bib')}\n@misc{extra,\n  tittle = {Misspelt}\n}\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toContain('articles/missing-summary.mdx:2: `summary`: is required');
    expect(output).toContain('articles/impossible-date.mdx:13: `published`: "2024-13-45" has month 13');
    expect(output).toMatch(/citation-in-heading\.mdx:16: a citation inside a heading cannot be linked: move it outside/);
    expect(output).toMatch(/bibliography\.bib:1: the entry @online that starts here never closes/);
    expect(output).toMatch(/bibliography\.bib:\d+: in @misc\{extra\}: unknown field `tittle`/);
  });

  it('fails on a script in an article, before anything is built', () => {
    const { status, output } = buildWith('script', {
      'articles/with-script.mdx': badFixture('missing-summary.mdx').replace('title:', 'summary: S.\ntitle:') + '\n<script>alert(1)</script>\n',
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/with-script\.mdx:\d+: <script> in an article: content may not carry scripts/);
    expect(output).not.toContain('Complete!');
  });
});
