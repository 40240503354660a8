import { describe, expect, it } from 'vitest';
import { markAliases } from '../../../../src/lib/search/alias-marks.ts';

const mention = (id: string, variants: string, text: string) =>
  `<a class="entity" href="/entities/${id}/" data-entity="${id}" data-name-variants="${variants}" data-pagefind-index-attrs="data-name-variants">${text}</a>`;

describe('markAliases', () => {
  it('fences the variants and the mention, leaving out the spelling the mention shows', () => {
    expect(markAliases(`<p>The ${mention('isil', 'ISIL · ISIS · Daesh', 'ISIL')} grew.</p>`)).toBe(
      '<p>The <a class="entity" href="/entities/isil/" data-entity="isil" data-name-variants="⟦ISIS · Daesh⟧" data-pagefind-index-attrs="data-name-variants">⟪ISIL⟫</a> grew.</p>',
    );
  });

  it('indexes an entity’s variants once per record: later mentions keep their text only', () => {
    const html = markAliases(`${mention('isil', 'ISIS · Daesh', 'ISIL')} and ${mention('isil', 'ISIS · Daesh', 'the group')}`);
    expect(html.match(/Daesh/g)).toHaveLength(1);
    expect(html).toContain('<a class="entity" href="/entities/isil/" data-entity="isil">the group</a>');
  });

  it('drops the indexed attribute when the only variant is the visible text', () => {
    expect(markAliases(mention('namangan', 'Namangan', 'Namangan'))).toBe('<a class="entity" href="/entities/namangan/" data-entity="namangan">Namangan</a>');
  });
});
