/** The benchmark's page kinds (scripts/bench/page-kinds.ts): every route measured, every article apart. */
import { describe, expect, it } from 'vitest';
import { pageKinds, type BuiltPage } from '../../../scripts/bench/page-kinds.ts';

const page = (file: string, bytes = 100, hasMap = false): BuiltPage => ({ file, bytes, hasMap });
const SITE = [
  page('entities/b/index.html', 300),
  page('index.html'),
  page('articles/long/index.html', 900, true),
  page('articles/long/source/index.html', 50),
  page('articles/short/index.html', 500),
  page('articles/short/source/index.html', 80),
  page('entities/a/index.html', 200),
  page('entities/index.html'),
  page('search/index.html'),
  page('data/index.html', 700, true),
  page('404.html'),
];

describe('pageKinds', () => {
  const kinds = pageKinds(SITE, { search: '?q=Daesh' });

  it('gives every route one kind, the home page first, and every article its own', () => {
    expect(kinds.map(({ kind, path }) => [kind, path])).toEqual([
      ['home', '/'],
      ['404', '/404.html'],
      ['article: long', '/articles/long/'],
      ['article: short', '/articles/short/'],
      ['article source', '/articles/short/source/'],
      ['data', '/data/'],
      ['entities index', '/entities/'],
      ['entity', '/entities/b/'],
      ['search', '/search/?q=Daesh'],
    ]);
  });

  it('measures a route on its largest page, and keeps whether it has a map', () => {
    expect(kinds.find((kind) => kind.kind === 'entity')?.path).toBe('/entities/b/');
    expect(kinds.filter((kind) => kind.hasMap).map((kind) => kind.kind)).toEqual(['article: long', 'data']);
  });

  it('measures a page added later without being told of it', () => {
    const more = pageKinds([...SITE, page('timeline/index.html'), page('glossary/terms/index.html')]);
    expect(more.map((kind) => kind.kind)).toContain('timeline');
    expect(more.find((kind) => kind.route === 'glossary/[slug]')?.path).toBe('/glossary/terms/');
  });

  it('picks the same page whatever order the files come in', () => {
    const tie = [page('entities/z/index.html', 300), page('entities/a/index.html', 300)];
    expect(pageKinds(tie)[0]?.path).toBe('/entities/a/');
    expect(pageKinds([...tie].reverse())[0]?.path).toBe('/entities/a/');
    expect(pageKinds([...SITE].reverse(), { search: '?q=Daesh' })).toEqual(kinds);
  });
});
