import { describe, expect, it } from 'vitest';
import { entityResultTitle, nameVariants, variantsText } from '../../../../src/lib/search/variants.ts';

const ktj = {
  name: 'Katibat al-Tawhid wal Jihad',
  acronym: 'KTJ',
  aliases: ['Katibat al Tawhid wal Jihad', 'ktj', { name: 'Катибат ат-Тавҳид вал Жиҳод', lang: 'uz-Cyrl' }, { name: 'КТД', lang: 'ru' }, { name: 'КТД', lang: 'uz-Cyrl' }],
};

describe('nameVariants', () => {
  it('lists name, acronym and every alias once, whatever the case', () => {
    expect(nameVariants(ktj)).toEqual(['Katibat al-Tawhid wal Jihad', 'KTJ', 'Katibat al Tawhid wal Jihad', 'Катибат ат-Тавҳид вал Жиҳод', 'КТД']);
  });

  it('works for entities without acronym or aliases', () => {
    expect(nameVariants({ name: 'Tashkent' })).toEqual(['Tashkent']);
  });
});

describe('variantsText', () => {
  it('joins the variants for an indexed attribute, minus the visible text', () => {
    expect(variantsText({ name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic'] }, 'kyrgyzstan')).toBe('Kyrgyz Republic');
  });
});

describe('entityResultTitle', () => {
  it('adds the acronym when there is one', () => {
    expect(entityResultTitle(ktj)).toBe('Katibat al-Tawhid wal Jihad (KTJ)');
    expect(entityResultTitle({ name: 'Daesh', acronym: 'Daesh' })).toBe('Daesh');
    expect(entityResultTitle({ name: 'Tashkent' })).toBe('Tashkent');
  });
});
