import { describe, expect, it } from 'vitest';
import { visibleExcerpt } from '../../../../src/lib/search/visible-excerpt.ts';

// What Pagefind stores for a passage whose mention of ISIL carries fenced variants (alias-marks.ts).
const CONTENT = 'Section. While the US-led coalition fought ⟦ISIS · Daesh · Islamic State⟧ ⟪ISIL⟫, states <acted>.';
const words = CONTENT.split(/\s+/);

describe('visibleExcerpt', () => {
  it('marks a visible match and shows none of the hidden variants', () => {
    const at = words.indexOf('coalition');
    expect(visibleExcerpt(CONTENT, [at])).toEqual({ html: 'Section. While the US-led <mark>coalition</mark> fought ISIL, states &#60;acted&#62;.' });
  });

  it('for a match in the variants, marks the mention and says which spelling matched', () => {
    expect(visibleExcerpt(CONTENT, [words.indexOf('Daesh')])).toEqual({
      html: 'Section. While the US-led coalition fought <mark>ISIL</mark>, states &#60;acted&#62;.',
      aliases: [{ spelling: 'Daesh', mention: 'ISIL' }],
    });
    expect(visibleExcerpt(CONTENT, [words.indexOf('State⟧')]).aliases).toEqual([{ spelling: 'Islamic State', mention: 'ISIL' }]);
  });

  it('keeps punctuation outside the mark and cuts a long text around the first match', () => {
    const long = `${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')} Tajikistan. ${Array.from({ length: 40 }, (_, i) => `v${i}`).join(' ')}`;
    const { html } = visibleExcerpt(long, [40], 9);
    expect(html).toBe('… w37 w38 w39 <mark>Tajikistan</mark>. v0 v1 v2 v3 v4 …');
  });
});
