import { describe, expect, it } from 'vitest';
import { countryName, isCountryCode } from '../../../src/lib/countries.ts';

describe('isCountryCode', () => {
  it.each(['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'SY', 'IQ', 'RU', 'TR'])('accepts %s', (code) => {
    expect(isCountryCode(code)).toBe(true);
  });
  it.each(['kg', 'KGZ', 'QQ', 'EU', 'UN', 'ZZ', ''])('rejects %j', (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
});

describe('countryName', () => {
  it('names a country', () => {
    expect(countryName('KG')).toBe('Kyrgyzstan');
  });
  it('throws on an unknown code', () => {
    expect(() => countryName('QQ')).toThrow(/Unknown ISO 3166-1 alpha-2 country code "QQ"/);
  });
});
