import { describe, expect, it } from 'vitest';
import { chartFigures, selectCountChanges, matchesSeries, SERIES, REGIONAL } from '../../../../src/lib/charts/select-count-changes.ts';
import { figure } from '../maps/support.ts';

const from2014 = { key: 'ai2014isil', locator: 'para. 1' };
const from2021 = { key: 'politicalislam2021', locator: 'sec. Result' };
const figures = [
  figure('kg-2014', { country: 'KG', source: from2014, asOf: '2014', status: 'official', value: 150 }),
  figure('uz-2014', { country: 'UZ', source: from2014, asOf: '2014', status: 'unofficial', qualifier: 'about', value: 500 }),
  figure('kz-back', { country: 'KZ', source: from2021, asOf: '2019', measure: 'returnees', status: 'reported', flow: { from: 'iraq-syria', to: 'kazakhstan', kind: 'return' } }),
  figure('kg-women', { country: 'KG', source: from2021, asOf: '2019', measure: 'women', status: 'reported', flow: { from: 'iraq-syria', to: 'kyrgyzstan', kind: 'pending-return' } }),
  figure('kg-minors', { country: 'KG', source: from2021, asOf: '2019', measure: 'children', status: 'reported', flow: { from: 'iraq-syria', to: 'kyrgyzstan', kind: 'pending-return' } }),
  figure('region', { value: undefined, min: 2000, max: 5000, source: from2021, status: 'estimate', asOf: undefined }),
  // Each of these differs from a selected figure in one field, and is left out for it.
  figure('kg-2013', { country: 'KG', source: from2014, asOf: '2013' }),
  figure('kg-other-source', { country: 'KG', source: from2021, asOf: '2014' }),
  figure('sy-2014', { country: 'SY', source: from2014, asOf: '2014' }),
  figure('kg-suspects', { country: 'KG', source: from2014, asOf: '2014', measure: 'suspects' }),
  figure('kg-ratio', { country: 'KG', source: from2014, asOf: '2014', unit: 'percent' }),
  figure('kz-back-no-flow', { country: 'KZ', source: from2021, asOf: '2019', measure: 'returnees' }),
  figure('kz-back-2021', { country: 'KZ', source: from2021, asOf: '2021-05', measure: 'returnees', flow: { from: 'iraq-syria', to: 'kazakhstan', kind: 'return' } }),
  figure('isil-total', { source: from2014, asOf: '2014', value: 31000 }),
];

describe('selectCountChanges', () => {
  const changes = selectCountChanges(figures);
  const ids = (country: string) => changes.panels.find((panel) => panel.country === country)?.rows.map((row) => row.figures.map((f) => f.id));

  it('gives one panel per Central Asian country with a count, by name, every series a row', () => {
    expect(changes.panels.map((panel) => panel.name)).toEqual(['Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
    for (const panel of changes.panels) expect(panel.rows.map((row) => row.series.id)).toEqual(SERIES.map((series) => series.id));
  });

  it('selects each series by its fields and keeps a row empty where the sources give no count', () => {
    expect(ids('KG')).toEqual([['kg-2014'], [], ['kg-women', 'kg-minors']]);
    expect(ids('KZ')).toEqual([[], ['kz-back'], []]);
    expect(ids('UZ')).toEqual([['uz-2014'], [], []]);
  });

  it('leaves out a figure that differs in source, year, country, measure, unit or flow', () => {
    const drawn = chartFigures(changes).map((f) => f.id);
    for (const id of ['kg-2013', 'kg-other-source', 'sy-2014', 'kg-suspects', 'kg-ratio', 'kz-back-no-flow', 'kz-back-2021', 'isil-total']) expect(drawn).not.toContain(id);
  });

  it('takes the region-wide estimate apart from the countries, and only from the c. 2021 article', () => {
    expect(changes.regional?.figures.map((f) => f.id)).toEqual(['region']);
    expect(changes.regional?.series).toBe(REGIONAL);
    expect(matchesSeries(figures.find((f) => f.id === 'isil-total')!, REGIONAL)).toBe(false);
  });

  it('lists what it draws in drawing order, and nothing when no figure fits', () => {
    expect(chartFigures(changes).map((f) => f.id)).toEqual(['kz-back', 'kg-2014', 'kg-women', 'kg-minors', 'uz-2014', 'region']);
    expect(selectCountChanges(figures.slice(6))).toEqual({ panels: [], regional: undefined });
  });
});
