import { describe, expect, it } from 'vitest';
import { isAccountedFor, unitCoverage } from '../../../../src/lib/reading/mirroring.ts';
import type { Passage } from '../../../../src/lib/reading/passages.ts';
import type { SourceDocument } from '../../../../src/schemas/source.ts';

const source: SourceDocument = {
  units: [
    { locator: 'para. 1', begins: 'a', summary: 's', works: [] },
    { locator: 'para. 2', begins: 'b', summary: 's', works: [] },
    { locator: 'n. i', begins: 'c', summary: 's', works: ['statement2014'] },
    { locator: 'n. ii', begins: 'd', summary: 's', works: [], omitted: 'Its link is lost.' },
  ],
};
const passage = (id: string, locators: string[], citations: string[] = ['k']): Passage => ({
  id, section: 'S', excerpt: '', entities: [], citations, locators: locators.map((locator) => ({ key: 'k', locator })), note: false,
});

describe('unitCoverage', () => {
  const coverage = unitCoverage(source, 'k', [passage('p1', ['para. 1–2']), passage('p2', ['para. 2'], ['k', 'statement2014']), passage('p3', [], ['other'])]);
  it('finds the passages that cite each unit, ranges counting for every unit in them', () => {
    expect(coverage.map((entry) => entry.cited.map((p) => p.id))).toEqual([['p1'], ['p1', 'p2'], [], []]);
  });
  it('follows an endnote through the work it names', () => {
    expect(coverage[2]!.throughWorks.map((p) => p.id)).toEqual(['p2']);
  });
  it('accounts for a unit that is cited, cited through its work, or left out on purpose', () => {
    expect(coverage.map(isAccountedFor)).toEqual([true, true, true, true]);
    expect(isAccountedFor(unitCoverage(source, 'k', [])[0]!)).toBe(false);
  });
});
