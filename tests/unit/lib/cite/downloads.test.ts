import { describe, expect, it } from 'vitest';
import { bibtex, CITE_DOWNLOADS, citeDownload, cslJson, downloadName, ris, type CitedPage } from '../../../../src/lib/cite/index.ts';

const page: CitedPage = { id: 'cafr-isil-2014', title: 'ISIL', author: 'A', container: 'C', published: '2026-11-21', language: 'en' };

describe('cite-this downloads', () => {
  it('offers BibTeX, RIS and CSL-JSON as files, each rendered by its own format', () => {
    expect(CITE_DOWNLOADS.map((d) => d.file)).toEqual(['cite.bib', 'cite.ris', 'cite.json']);
    expect(citeDownload('cite.bib')?.render(page)).toBe(bibtex(page));
    expect(citeDownload('cite.ris')?.render(page)).toBe(ris(page));
    expect(citeDownload('cite.json')?.render(page)).toBe(cslJson(page));
  });
  it('knows no other file', () => {
    expect(citeDownload('cite.txt')).toBeUndefined();
  });
  it('names the saved file after the page', () => {
    expect(CITE_DOWNLOADS.map((d) => downloadName(page, d))).toEqual(['cafr-isil-2014.bib', 'cafr-isil-2014.ris', 'cafr-isil-2014.json']);
  });
});
