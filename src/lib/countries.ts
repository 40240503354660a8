/**
 * ISO 3166-1 alpha-2 country codes, validated against the ICU region data that ships with Node
 * rather than a hand-kept list. A few codes ICU knows are not countries and are refused.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

/** English name of a country code, e.g. "KG" → "Kyrgyzstan". Throws on an unknown code. */
export function countryName(code: string): string {
  const name = isCountryCode(code) ? regionNames.of(code) : undefined;
  if (name === undefined) throw new Error(`Unknown ISO 3166-1 alpha-2 country code "${code}"`);
  return name;
}
