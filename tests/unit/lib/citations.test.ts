import { describe, expect, it } from 'vitest';
import { citationKeysIn } from '../../../src/lib/citations.ts';

describe('citationKeysIn', () => {
  it('finds a bracketed citation with a locator', () => {
    expect(citationKeysIn('They joined [@ai2014isil, para. 1].')).toEqual(['ai2014isil']);
  });
  it('finds every key of a multiple citation with prefixes', () => {
    expect(citationKeysIn('[see @a2014; also @b-2019, p. 3; -@c2020]')).toEqual(['a2014', 'b-2019', 'c2020']);
  });
  it('finds an author-in-text citation', () => {
    expect(citationKeysIn('As @doe2005genealogy [p. 3] argues')).toEqual(['doe2005genealogy']);
  });
  it('ignores e-mail addresses and text without citations', () => {
    expect(citationKeysIn('Write to editor@example.org [today].')).toEqual([]);
  });
});
