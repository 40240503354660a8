import { describe, expect, it } from 'vitest';
import { citationKeysIn, parseCitations } from '../../../src/lib/citations.ts';

describe('parseCitations', () => {
  it('reads a bracketed citation with a locator, and where it stands', () => {
    expect(parseCitations('They joined [@ai2014isil, para. 1].')).toEqual({
      citations: [{ items: [{ key: 'ai2014isil', locator: 'para. 1', suppressAuthor: false }], inText: false, start: 12, end: 34 }],
      problems: [],
    });
  });
  it('reads several works, a prefix and a suppressed author', () => {
    const [citation] = parseCitations('[see @a2014; also @b-2019, p. 3; -@c2020]').citations;
    expect(citation!.items).toEqual([
      { key: 'a2014', prefix: 'see', suppressAuthor: false },
      { key: 'b-2019', prefix: 'also', locator: 'p. 3', suppressAuthor: false },
      { key: 'c2020', suppressAuthor: true },
    ]);
  });
  it('keeps a locator with its own comma whole ("sec. Discussion, para. 1")', () => {
    expect(parseCitations('[@k, sec. Discussion, para. 1; @b]').citations[0]!.items.map((item) => item.locator)).toEqual(['sec. Discussion, para. 1', undefined]);
  });
  it('reads an author-in-text citation', () => {
    expect(parseCitations('As @doe2005genealogy [p. 3] argues').citations[0]).toMatchObject({ inText: true, items: [{ key: 'doe2005genealogy', locator: 'p. 3' }] });
  });
  it('ignores e-mail addresses, footnote marks and links', () => {
    expect(parseCitations('Write to editor@example.org [today]. A note[^n] and [a link](http://a@b).')).toEqual({ citations: [], problems: [] });
  });
  it('reports a locator that names no place, instead of dropping it', () => {
    expect(parseCitations('x [@k, p. ] y').problems[0]!.message).toBe('the locator "p." of @k names no place: add the number or name ("p. 3") or remove it');
    expect(parseCitations('x [@k, ] y').problems[0]!.message).toMatch(/has a comma but no locator/);
  });
  it('reports a bracket that never closes, instead of printing it', () => {
    expect(parseCitations('x [@k, para. 2 and more').problems).toEqual([{ offset: 2, message: 'a citation opens with "[" but never closes: add the "]"' }]);
    expect(parseCitations('x [@k, para. 2 [^n] ]').problems).toHaveLength(1);
  });
});

describe('citationKeysIn', () => {
  it('lists every key in order, with repeats', () => {
    expect(citationKeysIn('[@a] and [@b; @a, p. 2] and @c [p. 1]')).toEqual(['a', 'b', 'a', 'c']);
  });
});
