import { describe, expect, it } from 'vitest';
import { markAliases } from '../../../../src/lib/search/alias-marks.ts';

// A mention as the pages carry it: the entity's id, no spellings.
const mention = (id: string, text: string) => `<a class="entity" href="/entities/${id}/">${text}</a>`;
const variants = new Map([
  ['isil', 'ISIL · ISIS · Daesh'],
  ['namangan', 'Namangan'],
  ['hizb', 'Hizb ut-Tahrir · "HT" & co'],
]);

describe('markAliases', () => {
  it('adds the variants at the mention, fenced, leaving out the spelling the mention shows', () => {
    expect(markAliases(`<p>The ${mention('isil', 'ISIL')} grew.</p>`, variants)).toBe(
      '<p>The <a class="entity" href="/entities/isil/" data-name-variants="⟦ISIS · Daesh⟧" data-pagefind-index-attrs="data-name-variants">⟪ISIL⟫</a> grew.</p>',
    );
  });

  it('indexes an entity’s variants once per record: later mentions keep their text only', () => {
    const html = markAliases(`${mention('isil', 'ISIL')} and ${mention('isil', 'the group')}`, variants);
    expect(html.match(/Daesh/g)).toHaveLength(1);
    expect(html).toContain(`and ${mention('isil', 'the group')}`);
  });

  it('adds nothing when the only variant is the visible text, or the id has no entity', () => {
    expect(markAliases(mention('namangan', 'Namangan'), variants)).toBe(mention('namangan', 'Namangan'));
    expect(markAliases(mention('unknown', 'Somewhere'), variants)).toBe(mention('unknown', 'Somewhere'));
  });

  it('escapes the variants for the attribute', () => {
    expect(markAliases(mention('hizb', 'Hizb ut-Tahrir'), variants)).toContain('data-name-variants="⟦&#34;HT&#34; &#38; co⟧"');
  });

  it('leaves links that are not entity mentions alone', () => {
    const html = '<a href="/data/#x" class="stat">500</a> <a href="/entities/isil/">the ISIL page</a>';
    expect(markAliases(html, variants)).toBe(html);
  });

  it('reads the id from the link under any base path', () => {
    expect(markAliases('<a class="entity" href="/sub/entities/isil/">ISIL</a>', variants)).toContain('⟦ISIS · Daesh⟧');
  });
});
