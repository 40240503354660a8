import { describe, expect, it } from 'vitest';
import { selectMapFigures } from '../../../../src/lib/maps/select-map-figures.ts';
import { flowBends } from '../../../../src/lib/maps/flow-bends.ts';
import { fillSummary } from '../../../../src/lib/figure-placeholders.ts';
import { figure, flow, mapData } from './support.ts';

const figures = [
  flow('kg-out', 'kyrgyzstan', 'syria', 'outbound'),
  flow('tj-out', 'tajikistan', 'syria', 'outbound', { status: 'unofficial', source: { key: 'other2014', locator: 'para. 1' } }),
  flow('kz-back', 'syria', 'kazakhstan', 'return', { asOf: '2019' }),
  flow('kz-back-2021', 'syria', 'kazakhstan', 'return', { asOf: '2021-05' }),
  flow('tm-denied', 'turkmenistan', 'syria', 'outbound', { asOf: '2019', status: 'denied' }),
  figure('group', { value: 500 }),
];

describe('selectMapFigures', () => {
  it('selects flows by kind', () => {
    const { flows } = selectMapFigures(mapData({ flows: { kinds: ['outbound'] } }), figures);
    expect(flows.map((f) => f.id)).toEqual(['kg-out', 'tj-out', 'tm-denied']);
  });
  it('narrows by source and by date', () => {
    expect(selectMapFigures(mapData({ flows: { kinds: ['outbound'], source: 'other2014' } }), figures).flows.map((f) => f.id)).toEqual(['tj-out']);
    expect(selectMapFigures(mapData({ flows: { kinds: ['return'], asOf: '2019' } }), figures).flows.map((f) => f.id)).toEqual(['kz-back']);
  });
  it('adds included flows and leaves out excluded ones', () => {
    const { flows } = selectMapFigures(mapData({ flows: { kinds: ['return'], asOf: '2019' }, include: ['tm-denied'], exclude: ['kz-back'] }), figures);
    expect(flows.map((f) => f.id)).toEqual(['tm-denied']);
  });
  it('resolves markers to their figures', () => {
    const { markers } = selectMapFigures(mapData({ markers: [{ figure: 'group', place: 'idlib', label: 'Group', sized: true }] }), figures);
    expect(markers[0]!.figure.value).toBe(500);
  });
  it('fails naming the map and the figure id for an unknown or flowless figure', () => {
    expect(() => selectMapFigures(mapData({ include: ['nope'] }), figures)).toThrow('map "test-map": included figure "nope" is not in content/data/figures');
    expect(() => selectMapFigures(mapData({ include: ['group'] }), figures)).toThrow('figure "group" has no `flow` to draw');
    expect(() => selectMapFigures(mapData({ markers: [{ figure: 'ghost', place: 'idlib', label: 'x', sized: true }] }), figures)).toThrow('marker figure "ghost"');
  });
});

describe('flowBends', () => {
  it('keeps flows between the same two places apart, whichever way they run', () => {
    expect(flowBends([{ from: 'a', to: 'b' }, { from: 'c', to: 'b' }, { from: 'a', to: 'b' }, { from: 'b', to: 'a' }], { base: 0.2, step: 0.1 })).toEqual([
      0.2, 0.2, expect.closeTo(0.3, 6), expect.closeTo(0.4, 6),
    ]);
  });
});

describe('fillSummary', () => {
  const byId = new Map(figures.map((f) => [f.id, f]));
  it('writes each placeholder as prose shows the figure', () => {
    expect(fillSummary('m', 'Kyrgyzstan counted {kg-out}.', new Map([['kg-out', { ...byId.get('kg-out')!, value: 150, qualifier: 'about' as const }]]))).toBe(
      'Kyrgyzstan counted about 150.',
    );
  });
  it('fails naming the unknown figure', () => {
    expect(() => fillSummary('m', 'See {nope}.', byId)).toThrow('map "m": summary refers to unknown figure "nope"');
  });
});
