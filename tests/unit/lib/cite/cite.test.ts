import { describe, expect, it } from 'vitest';
import { Cite } from 'rehype-citation';
import { apa, bibtex, chicago, cslItem, cslJson, ris, type CitedPage } from '../../../../src/lib/cite/index.ts';
import { apaDate } from '../../../../src/lib/cite/apa.ts';
import { escapeLatex } from '../../../../src/lib/cite/bibtex.ts';
import { risDate } from '../../../../src/lib/cite/ris.ts';
import { usDate } from '../../../../src/lib/cite/work.ts';
import { parseBibliography } from '../../../../src/lib/bibliography.ts';
import { THEME_SCRIPT } from '../../../../src/components/reading/theme-script.ts';
import { createHash } from 'node:crypto';

const page: CitedPage = {
  id: 'cafr-isil-2014',
  title: 'ISIL and Central Asia in 2014, explained',
  author: 'Central Asia: Foreign Fighters & Returnees',
  container: 'Central Asia: Foreign Fighters & Returnees',
  published: '2026-11-21',
  url: 'https://example.org/articles/isil/',
  language: 'en',
  abstract: 'A summary.',
};

describe('dates', () => {
  it('formats US-order and APA dates at every precision', () => {
    expect([usDate('2026-11-21'), usDate('2026-11'), usDate('2026')]).toEqual(['November 21, 2026', 'November 2026', '2026']);
    expect([apaDate('2026-11-21'), apaDate('2026-01'), apaDate('2026')]).toEqual(['(2026, November 21)', '(2026, January)', '(2026)']);
    expect([risDate('2026-11-21'), risDate('2026')]).toEqual(['2026/11/21/', '2026///']);
  });
});

describe('Chicago and APA', () => {
  it('Chicago author-date web page, site name left out when it is the author', () => {
    expect(chicago(page)).toBe(
      'Central Asia: Foreign Fighters & Returnees. 2026. “ISIL and Central Asia in 2014, explained.” November 21, 2026. https://example.org/articles/isil/.',
    );
    expect(chicago({ ...page, author: 'Doe, Jane', updated: '2026-12-01' })).toBe(
      'Doe, Jane. 2026. “ISIL and Central Asia in 2014, explained.” Central Asia: Foreign Fighters & Returnees. Last modified December 1, 2026. https://example.org/articles/isil/.',
    );
  });
  it('APA web page', () => {
    expect(apa(page)).toBe('Central Asia: Foreign Fighters & Returnees. (2026, November 21). ISIL and Central Asia in 2014, explained. https://example.org/articles/isil/');
  });
});

describe('machine formats', () => {
  it('BibTeX escapes LaTeX and parses back to the same work', () => {
    expect(escapeLatex('A & B_1 {x} 50% #1')).toBe('A \\& B\\_1 \\{x\\} 50\\% \\#1');
    const text = bibtex(page);
    expect(text).toMatch(/^@online\{cafr-isil-2014,\n/);
    const [item] = parseBibliography(text, 'cite.bib').items;
    expect(item).toMatchObject({ id: 'cafr-isil-2014', title: page.title, URL: page.url });
    // One corporate name, not split into given and family names.
    expect(item!['author']).toEqual([{ family: page.author }]);
  });

  it('RIS: one tagged line per field, TY first and ER last, CRLF', () => {
    const lines = ris(page).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines.at(-1)).toBe('ER  -');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(lines).toContain('UR  - https://example.org/articles/isil/');
    expect(lines).toContain('PY  - 2026');
  });

  it('CSL-JSON is a valid item citation-js reads', () => {
    const parsed = JSON.parse(cslJson(page)) as unknown[];
    expect(parsed).toEqual([cslItem(page)]);
    expect(cslItem(page).issued).toEqual({ 'date-parts': [[2026, 11, 21]] });
    const [read] = new Cite(parsed, { generateGraph: false }).data as Record<string, unknown>[];
    expect(read).toMatchObject({ type: 'webpage', title: page.title, URL: page.url, 'container-title': page.container });
  });
});

describe('the inline theme script', () => {
  it('keeps the sha256 the Content-Security-Policy allows (change both together)', () => {
    expect(`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`).toBe('sha256-YuRQ4nuJ0uF0ixaggZuwo3yVDxI5myY9Vvw+RHwMG8k=');
  });
});
