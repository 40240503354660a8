import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { editUrl, gitLogArguments, lastUpdated, parseGitLog } from '../../../src/lib/git-dates.ts';

const LOG = [
  '\x1e2026-12-03T10:00:00+05:00',
  '',
  'content/articles/a.mdx',
  'content/bibliography.bib',
  '\x1e2026-11-21T23:59:00+00:00',
  '',
  'content/articles/b.mdx',
  'content/articles/a.mdx',
  '',
].join('\n');

describe('parseGitLog', () => {
  it('keeps the newest commit date of each file', () => {
    expect(parseGitLog(LOG)).toEqual(
      new Map([
        ['content/articles/a.mdx', '2026-12-03'],
        ['content/bibliography.bib', '2026-12-03'],
        ['content/articles/b.mdx', '2026-11-21'],
      ]),
    );
  });
  it('reads empty output as no history', () => {
    expect(parseGitLog('').size).toBe(0);
  });
  it('reads what real git prints for these arguments', () => {
    const output = execFileSync('git', gitLogArguments('tests/fixtures/content/valid/articles'), { encoding: 'utf8' });
    expect(parseGitLog(output).get('tests/fixtures/content/valid/articles/example-features.mdx')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('lastUpdated', () => {
  const metadata = { published: '2026-11-21', updated: '2026-11-25' };
  it('uses the git date with full history', () => {
    expect(lastUpdated({ state: 'full', dates: parseGitLog(LOG) }, './content/articles/a.mdx', metadata)).toEqual({ date: '2026-12-03', from: 'git' });
  });
  it('falls back to the frontmatter in a shallow clone, and says why', () => {
    expect(lastUpdated({ state: 'shallow' }, 'content/articles/a.mdx', metadata)).toEqual({
      date: '2026-11-25',
      from: 'metadata',
      reason: expect.stringContaining('shallow'),
    });
  });
  it('falls back to `published` without `updated`, when git is missing or the file is new', () => {
    const published = { published: '2026-11-21' };
    expect(lastUpdated({ state: 'unavailable', reason: 'no git' }, 'x.mdx', published)).toEqual({ date: '2026-11-21', from: 'metadata', reason: 'no git' });
    expect(lastUpdated({ state: 'full', dates: new Map() }, 'x.mdx', published).from).toBe('metadata');
  });
});

describe('editUrl', () => {
  it('links to the file on the branch, or nothing without a repository', () => {
    expect(editUrl('https://github.com/owner/repo/', 'content/articles/a.mdx')).toBe('https://github.com/owner/repo/edit/main/content/articles/a.mdx');
    expect(editUrl('https://github.com/owner/repo', './content/a.mdx', 'dev')).toBe('https://github.com/owner/repo/edit/dev/content/a.mdx');
    expect(editUrl(undefined, 'content/a.mdx')).toBeUndefined();
    expect(editUrl('', 'content/a.mdx')).toBeUndefined();
  });
});
