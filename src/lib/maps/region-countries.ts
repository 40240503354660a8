/**
 * ISO 3166-1 numeric codes (the ids of world-atlas's features) of the countries in the maps'
 * region, with their alpha-2 codes, which tie content/entities/places to the geometry.
 */
export const REGION_COUNTRIES: Readonly<Record<string, string>> = {
  '004': 'AF', '031': 'AZ', '048': 'BH', '051': 'AM', '100': 'BG', '112': 'BY', '156': 'CN', '196': 'CY',
  '268': 'GE', '300': 'GR', '356': 'IN', '364': 'IR', '368': 'IQ', '376': 'IL', '398': 'KZ', '400': 'JO',
  '414': 'KW', '417': 'KG', '422': 'LB', '496': 'MN', '498': 'MD', '512': 'OM', '524': 'NP', '586': 'PK',
  '634': 'QA', '642': 'RO', '643': 'RU', '682': 'SA', '760': 'SY', '762': 'TJ', '784': 'AE', '792': 'TR',
  '795': 'TM', '804': 'UA', '818': 'EG', '860': 'UZ', '275': 'PS', '434': 'LY', '729': 'SD', '887': 'YE',
  '428': 'LV', '440': 'LT', '233': 'EE', '246': 'FI', '616': 'PL', '144': 'LK', '050': 'BD', '064': 'BT',
};
