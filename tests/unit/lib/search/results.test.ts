import { describe, expect, it } from 'vitest';
import { cleanResultUrl, resultView, statusText } from '../../../../src/lib/search/results.ts';
import { isSearchShortcut, isTextTarget } from '../../../../src/lib/search/shortcut.ts';
import { cleanValues } from '../../../../src/lib/search/filters.ts';

const P = 'pagefind-highlight';

describe('cleanResultUrl', () => {
  it('keeps a highlight term and the anchor', () => {
    expect(cleanResultUrl('/a/?pagefind-highlight=ktj#groups', P)).toBe('/a/?pagefind-highlight=ktj#groups');
  });
  it('drops an empty highlight parameter (a browse by filters)', () => {
    expect(cleanResultUrl('/a/?pagefind-highlight=#groups', P)).toBe('/a/#groups');
    expect(cleanResultUrl('/a/?pagefind-highlight=', P)).toBe('/a/');
    expect(cleanResultUrl('/a/', P)).toBe('/a/');
  });
});

describe('resultView', () => {
  it('lists the sections that start at a heading, and takes title and type from the metadata', () => {
    const view = resultView(
      {
        url: '/articles/x/?pagefind-highlight=ktj',
        excerpt: 'the <mark>KTJ</mark>',
        content: 'the KTJ',
        locations: [1],
        meta: { title: 'Article X', type: 'Article' },
        sub_results: [
          { title: 'Article X', url: '/articles/x/?pagefind-highlight=ktj', excerpt: 'top' },
          { title: 'Groups', url: '/articles/x/?pagefind-highlight=ktj#groups', excerpt: '<mark>KTJ</mark>', anchor: { element: 'h2', id: 'groups', location: 9 } },
        ],
      },
      P,
    );
    expect(view).toEqual({
      url: '/articles/x/?pagefind-highlight=ktj',
      title: 'Article X',
      type: 'Article',
      excerpt: 'the <mark>KTJ</mark>',
      sections: [{ url: '/articles/x/?pagefind-highlight=ktj#groups', title: 'Groups', excerpt: '<mark>KTJ</mark>' }],
    });
  });

  it('takes the excerpt from visible words, names the article of a section and the spelling an alias matched', () => {
    const view = resultView(
      {
        url: '/articles/x/#groups',
        excerpt: 'The <mark>Daesh</mark> ISIL',
        content: 'The ⟦ISIS · Daesh⟧ ⟪ISIL⟫ grew.',
        locations: [3],
        meta: { title: 'Groups', type: 'Article', article: 'Article X' },
        sub_results: [],
      },
      P,
    );
    expect(view).toMatchObject({ title: 'Groups', article: 'Article X', excerpt: 'The <mark>ISIL</mark> grew.', aliases: [{ spelling: 'Daesh', mention: 'ISIL' }] });
  });
});

describe('statusText', () => {
  it('says how many results, for what, within which filters', () => {
    expect(statusText(0, 'xyz', {})).toBe('No results for “xyz”.');
    expect(statusText(1, 'ISIL', {})).toBe('1 result for “ISIL”.');
    expect(statusText(5, '', { country: 'Tajikistan', kind: 'Article' })).toBe('5 results in Tajikistan · Article.');
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it('opens on "/" outside text fields and on Ctrl+K or Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
  it('knows text fields', () => {
    expect(isTextTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTextTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextTarget({ tagName: 'A' })).toBe(false);
    expect(isTextTarget(null)).toBe(false);
  });
});

describe('cleanValues', () => {
  it('sorts, trims and de-duplicates filter values', () => {
    expect(cleanValues(['Uzbekistan', ' Kyrgyzstan', 'Uzbekistan', ''])).toEqual(['Kyrgyzstan', 'Uzbekistan']);
  });
});
