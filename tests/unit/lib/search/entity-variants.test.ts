import { describe, expect, it } from 'vitest';
import { entityVariants, readEntityVariants } from '../../../../src/lib/search/entity-variants.ts';

describe('entityVariants', () => {
  it('maps each entity file’s name (its id) to its spellings, name first', () => {
    const variants = entityVariants([
      { file: 'organisations/ktj.yaml', text: 'name: Katibat al-Tawhid wal Jihad\nacronym: KTJ\naliases:\n  - name: Катибат ат-Таухид валь Джихад\n    lang: ru\nkind: group\n' },
      { file: 'places/tashkent.yml', text: 'name: Tashkent\naliases: [Toshkent]\n' },
    ]);
    expect(variants).toEqual(
      new Map([
        ['ktj', 'Katibat al-Tawhid wal Jihad · KTJ · Катибат ат-Таухид валь Джихад'],
        ['tashkent', 'Tashkent · Toshkent'],
      ]),
    );
  });

  it('skips a file without a name (the content check reports it)', () => {
    expect(entityVariants([{ file: 'people/x.yaml', text: 'role: unknown\n' }]).size).toBe(0);
  });

  it('reads every entity of the real content', () => {
    const variants = readEntityVariants('content');
    expect(variants.size).toBeGreaterThan(100);
    expect(variants.get('isil')).toContain('Daesh');
  });
});
