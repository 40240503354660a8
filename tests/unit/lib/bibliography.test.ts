import { describe, expect, it } from 'vitest';
import { parseBibliography, scanEntryKeys } from '../../../src/lib/bibliography.ts';

const entry = (key: string) => `@article{${key},\n  author = {Doe, Jane},\n  title = {A Title},\n  date = {2005}\n}\n`;

describe('parseBibliography', () => {
  it('parses entries into CSL items keyed by citation key', () => {
    const bibliography = parseBibliography(entry('doe2005') + entry('roe2006'), 'refs.bib');
    expect([...bibliography.byKey.keys()]).toEqual(['doe2005', 'roe2006']);
    expect(bibliography.lineOf.get('roe2006')).toBe(6);
  });

  it('names both lines of a key defined twice', () => {
    expect(() => parseBibliography(entry('doe2005') + entry('doe2005'), 'refs.bib')).toThrow(
      'refs.bib:6: citation key "doe2005" is defined twice (first at line 1): remove or rename one',
    );
  });

  it('names the file and line of malformed BibTeX', () => {
    const text = `${entry('doe2005')}@article{roe2006,\n  title = {Unclosed\n}\n${entry('poe2007')}`;
    expect(() => parseBibliography(text, 'refs.bib')).toThrow(/^refs\.bib:\d+: malformed BibTeX/);
  });

  it('rejects an entry without a key', () => {
    expect(() => parseBibliography('@article{,\n title = {X}\n}\n', 'refs.bib')).toThrow(/refs\.bib:1: entry has no citation key/);
  });
});

describe('scanEntryKeys', () => {
  it('skips @comment and @string blocks', () => {
    expect(scanEntryKeys('@comment{x}\n@string{a = "b"}\n@book{k1,\n}').map((found) => found.key)).toEqual(['k1']);
  });
});
