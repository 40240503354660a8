import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCitationEngine, cslPlugin, pickReferenceList, type CitationCluster } from '../../../src/markdown/citation-engine.ts';
import { loadBibliography } from '../../../src/markdown/bibliography-cache.ts';

const items = loadBibliography(join(process.cwd(), 'content', 'bibliography.bib')).items;
const ids = items.map((item) => item.id);

/** What rehype-citation itself does for one file: a registry holding only that file's works. */
function perFile(cited: string[]) {
  const engine = cslPlugin().engine(items, 'chicago', 'en-US', 'html');
  engine.updateItems(cited);
  return engine;
}

/** Deterministic subsets of the bibliography (a linear congruential generator, fixed seed). */
function subsets(count: number): string[][] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () => ids.filter(() => next() < 0.5));
}

describe('the shared citation engine', () => {
  const shared = createCitationEngine(items);

  it.each(subsets(30).map((subset, index) => [index, subset] as const))(
    'gives subset %i the reference list a registry of only its works gives',
    (_index, subset) => {
      expect(shared.referenceList(new Set(subset))).toEqual(perFile(subset).makeBibliography());
    },
  );

  it('gives the whole bibliography the list of a registry holding every work', () => {
    expect(shared.referenceList(new Set(ids))).toEqual(perFile(ids).makeBibliography());
  });

  it('renders each citation as a per-file engine does, and reuses the rendering', () => {
    const clusters: CitationCluster[] = [
      { citationID: 'a', citationItems: [{ id: ids[0]!, locator: '3', label: 'paragraph' }], properties: { noteIndex: 0 } },
      { citationID: 'b', citationItems: [{ id: ids[1]! }, { id: ids[2]! }], properties: { noteIndex: 0 } },
      { citationID: 'c', citationItems: [{ id: ids[3]! }], properties: { noteIndex: 0, mode: 'composite' } },
    ];
    for (const cluster of clusters) {
      const cited = cluster.citationItems.map((item) => String(item['id']));
      const [, results] = perFile(cited).processCitationCluster(cluster, [], []);
      expect(shared.citationText(cluster)).toBe(results[0]![1]);
      expect(shared.citationText({ ...cluster, citationID: 'again' })).toBe(results[0]![1]);
    }
  });
});

describe('disambiguation across the bibliography', () => {
  const smith = (id: string, title: string) => ({ id, 'citation-key': id, type: 'book', title, author: [{ family: 'Smith', given: 'Jane' }], issued: { 'date-parts': [[2014]] } });
  const engine = createCitationEngine([smith('smith-a', 'Alpha'), smith('smith-b', 'Beta')]);

  it('tells two works of one author and year apart even where a file cites only one', () => {
    const cluster = { citationID: 'x', citationItems: [{ id: 'smith-b' }], properties: { noteIndex: 0 } };
    expect(engine.citationText(cluster)).toBe('(Smith 2014b)');
    const [, html] = engine.referenceList(new Set(['smith-b']));
    expect(html.join('')).toContain('2014b');
  });
});

describe('pickReferenceList', () => {
  const entries = [
    { id: 'a1', html: 'A. 2001.', repeatedAuthorHtml: 'A. 2001.', run: 1 },
    { id: 'a2', html: 'A. 2002.', repeatedAuthorHtml: '———. 2002.', run: 1 },
    { id: 'a3', html: 'A. 2003.', repeatedAuthorHtml: '———. 2003.', run: 1 },
    { id: 'b1', html: 'B. 2001.', repeatedAuthorHtml: 'B. 2001.', run: 2 },
  ];

  it('keeps the style order and repeats an author as "———" only after an entry of the same author', () => {
    expect(pickReferenceList(entries, new Set(['b1', 'a3', 'a1']))).toEqual([{ entry_ids: [['a1'], ['a3'], ['b1']] }, ['A. 2001.', '———. 2003.', 'B. 2001.']]);
    expect(pickReferenceList(entries, new Set(['a2', 'b1']))).toEqual([{ entry_ids: [['a2'], ['b1']] }, ['A. 2002.', 'B. 2001.']]);
    expect(pickReferenceList(entries, new Set())).toEqual([{ entry_ids: [] }, []]);
  });
});
