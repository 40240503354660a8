import { describe, expect, it } from 'vitest';
import { escapeHtml, resultHtml } from '../../../../src/lib/search/result-html.ts';

describe('resultHtml', () => {
  it('escapes the raw title, type and URL, and keeps the excerpt Pagefind escaped and marked', () => {
    const html = resultHtml({ title: 'KTJ <b>"x"</b>', type: 'Organisation & group', url: '/entities/ktj/?q="a"', excerpt: 'the <mark>KTJ</mark> unit', sections: [] });
    expect(html).toContain('KTJ &#60;b&#62;&#34;x&#34;&#60;/b&#62;');
    expect(html).toContain('Organisation &#38; group');
    expect(html).toContain('href="/entities/ktj/?q=&#34;a&#34;"');
    expect(html).toContain('the <mark>KTJ</mark> unit');
  });
  it('lists the matching sections when there are any', () => {
    const html = resultHtml({ title: 'A', type: '', url: '/a/', excerpt: 'x', sections: [{ title: 'S <1>', url: '/a/#s', excerpt: 'in <mark>s</mark>' }] });
    expect(html).toContain('<ul class="search-sections"><li><a class="search-section-link" href="/a/#s">S &#60;1&#62;</a>');
    expect(html).not.toContain('<p class="search-excerpt">x</p>');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
  it('names a section’s article and, for an alias match, the spelling that matched', () => {
    const html = resultHtml({ title: 'Groups', type: 'Article', article: 'A & B', url: '/a/#g', excerpt: 'the <mark>ISIL</mark>', sections: [], aliases: [{ spelling: 'Daesh', mention: 'ISIL' }] });
    expect(html).toContain('<p class="search-result-type">Article · A &#38; B</p>');
    expect(html).toContain('<p class="search-alias">Matched the spelling “Daesh” (ISIL)</p>');
  });
});
