import { describe, expect, it } from 'vitest';
import { distinctAliases } from '../../../src/lib/aliases.ts';

describe('distinctAliases', () => {
  it('keeps each spelling once, the first with its language', () => {
    expect(distinctAliases(['KTJ', { name: 'КТД', lang: 'uz-Cyrl' }, { name: 'КТД', lang: 'ru' }, 'KTJ'])).toEqual([
      { name: 'KTJ' },
      { name: 'КТД', lang: 'uz-Cyrl' },
    ]);
  });
});
