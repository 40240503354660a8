import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  hasCriteria,
  pagefindFilters,
  pagefindTerm,
  parseSearchState,
  sameState,
  serializeSearchState,
} from '../../../../src/lib/search/state.ts';

describe('parseSearchState', () => {
  it('reads the query and the known filters, ignoring others', () => {
    expect(parseSearchState('?q=%D0%9A%D0%B0%D1%82%D0%B8%D0%B1%D0%B0%D1%82&country=Tajikistan&kind=Article&colour=red')).toEqual({
      q: 'Катибат',
      filters: { country: 'Tajikistan', kind: 'Article' },
    });
  });

  it('treats empty and blank values as absent', () => {
    expect(parseSearchState('?q=%20&country=')).toEqual(EMPTY_STATE);
  });
});

describe('serializeSearchState', () => {
  it('round-trips through parseSearchState, keys in a fixed order', () => {
    const state = { q: 'Daesh', filters: { organisation: 'Katibat al-Tawhid wal Jihad (KTJ)', country: 'Kyrgyzstan' } };
    const text = serializeSearchState(state);
    expect(text).toBe('?q=Daesh&country=Kyrgyzstan&organisation=Katibat+al-Tawhid+wal+Jihad+%28KTJ%29');
    expect(parseSearchState(text)).toEqual(state);
  });

  it('is empty for the empty state', () => {
    expect(serializeSearchState(EMPTY_STATE)).toBe('');
  });
});

describe('state helpers', () => {
  it('compares states by their URL form', () => {
    expect(sameState({ q: ' isil ', filters: {} }, { q: 'isil', filters: {} })).toBe(true);
    expect(sameState({ q: 'isil', filters: {} }, { q: 'isil', filters: { kind: 'Entity' } })).toBe(false);
  });

  it('browses by filters alone with a null term (Pagefind’s form)', () => {
    const state = { q: '', filters: { country: 'Tajikistan' } };
    expect(hasCriteria(state)).toBe(true);
    expect(pagefindTerm(state)).toBeNull();
    expect(pagefindFilters(state)).toEqual({ country: 'Tajikistan' });
    expect(hasCriteria(EMPTY_STATE)).toBe(false);
  });
});
