import { describe, expect, it } from 'vitest';
import { entityIdFromHref, withBase } from '../../../src/lib/urls.ts';

describe('withBase', () => {
  it('joins a path to the base, with or without slashes', () => {
    expect(withBase('/', 'data/')).toBe('/data/');
    expect(withBase('/sub', '/data/')).toBe('/sub/data/');
  });
});

describe('entityIdFromHref', () => {
  it('reads the id from an entity page’s address, under any base, with or without a fragment', () => {
    expect(entityIdFromHref('/entities/ktj/')).toBe('ktj');
    expect(entityIdFromHref('/sub/path/entities/abdul-aziz-ktj/')).toBe('abdul-aziz-ktj');
    expect(entityIdFromHref('https://example.org/entities/isil/#sources')).toBe('isil');
  });

  it('is undefined for any other address', () => {
    expect(entityIdFromHref('/entities/')).toBeUndefined();
    expect(entityIdFromHref('/data/#isil')).toBeUndefined();
    expect(entityIdFromHref('#bib-ai2014')).toBeUndefined();
    expect(entityIdFromHref('/entities/isil/sources/')).toBeUndefined();
  });
});
