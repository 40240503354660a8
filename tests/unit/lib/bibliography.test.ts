import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../../src/lib/bibliography.ts';
import { scanBibtex } from '../../../src/lib/bibtex-strict.ts';

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

  it('names the file and line of an entry whose braces never close', () => {
    const text = `${entry('doe2005')}@article{roe2006,\n  title = {Unclosed\n}\n${entry('poe2007')}`;
    expect(() => parseBibliography(text, 'refs.bib')).toThrow(/^refs\.bib:6: the entry @article that starts here never closes/);
  });

  it('rejects an entry without a key', () => {
    expect(() => parseBibliography('@article{,\n title = {X}\n}\n', 'refs.bib')).toThrow(/refs\.bib:1: @article has no citation key/);
  });
});

describe('scanBibtex: what citation-js would accept and silently get wrong', () => {
  it('a closing brace too many, which would end the entry early and drop its date and note', () => {
    const { problems } = scanBibtex('@online{a,\n  title = {A}},\n  date = {2014},\n  note = {x}\n}\n');
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(/^"," stands outside any entry: a closing brace too many ends the entry above early/) }]);
  });
  it('an unknown (misspelt) field and a field given twice', () => {
    const { problems } = scanBibtex('@misc{b,\n  tittle = {T},\n  title = {T},\n  title = {U}\n}\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'in @misc{b}: unknown field `tittle`: fix its spelling (BibLaTeX fields such as author, title, date, journaltitle, note)'],
      [4, 'in @misc{b}: the field `title` is given twice: keep one'],
    ]);
  });
  it('a missing comma between fields, and text that is not a field', () => {
    expect(scanBibtex('@misc{c,\n  title = {T}\n  date = {2001}\n}\n').problems[0]!.message).toBe('in @misc{c}: a comma is missing after the field `title`');
    expect(scanBibtex('@misc{d,\n  just some words\n}\n').problems[0]!.message).toMatch(/"just some words" is not a field/);
  });
  it('keeps the keys of every entry when one is broken, so no citation of another looks unknown', () => {
    const { keys, problems } = scanBibtex(`@misc{broken,\n  title = {Unclosed\n}\n\n${entry('after2005')}`);
    expect([...keys.keys()]).toEqual(['broken', 'after2005']);
    expect(problems).toHaveLength(1);
  });
  it('skips @comment, @string and @preamble, and % comments', () => {
    expect(scanBibtex('% a comment\n@comment{x}\n@string{a = "b"}\n@book{k1,\n}').keys).toEqual(new Map([['k1', 4]]));
  });
});
