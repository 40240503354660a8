import { describe, expect, it } from 'vitest';
import { csvField, figuresCsv, figuresJson, FIGURE_COLUMNS } from '../../../../src/lib/reading/figures-export.ts';
import { relatedEvents, relatedFigures } from '../../../../src/lib/reading/related.ts';
import type { Figure } from '../../../../src/schemas/figure.ts';

const figure = (extra: Partial<Figure>): Figure => ({
  id: 'x', unit: 'people', measure: 'fighters', counts: 'Fighters of the IMU, "reported"', wording: 'five fighters', asOf: '2014',
  status: 'official', source: { key: 'a', locator: 'para. 1' }, via: [], ...extra,
}) as Figure;

describe('figuresCsv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('neutralises cells a spreadsheet would run as a formula, and keeps numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('-12')).toBe('-12');
    expect(csvField('12')).toBe('12');
  });

  it('writes a header and one row per figure', () => {
    const csv = figuresCsv([figure({ value: 5, via: ['b', 'c'] }), figure({ id: 'y', min: 1, max: 2, flow: { from: 'kg', to: 'sy', kind: 'outbound' } })]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(FIGURE_COLUMNS.join(','));
    expect(lines[1]).toBe('x,5,,,,people,fighters,"Fighters of the IMU, ""reported""",five fighters,,2014,official,a,para. 1,b; c,,,,');
    expect(lines[2]).toContain('y,,1,2,');
    expect(lines[2]).toContain(',kg,sy,outbound,');
  });

  it('writes JSON with a count', () => {
    expect(JSON.parse(figuresJson([figure({ value: 1 })], { title: 't', url: 'u' }))).toMatchObject({ count: 1, figures: [{ id: 'x', value: 1 }] });
  });
});

describe('related figures and events', () => {
  const figures = [figure({ id: 'kg', country: 'KG', value: 1 }), figure({ id: 'flow', value: 1, counts: 'c', flow: { from: 'osh', to: 'syria', kind: 'outbound' } })];
  it('finds figures by country, flow place and organisation name', () => {
    expect(relatedFigures(figures, { id: 'kyrgyzstan', kind: 'places', name: 'Kyrgyzstan', iso: 'KG' }).map((f) => f.id)).toEqual(['kg']);
    expect(relatedFigures(figures, { id: 'syria', kind: 'places', name: 'Syria' }).map((f) => f.id)).toEqual(['flow']);
    expect(relatedFigures(figures, { id: 'imu', kind: 'organisations', name: 'Islamic Movement of Uzbekistan', acronym: 'IMU' }).map((f) => f.id)).toEqual(['kg']);
    expect(relatedFigures(figures, { id: 'p', kind: 'people', name: 'P' })).toEqual([]);
  });
  it('finds events that involve an entity, in date order', () => {
    const events = [
      { id: 'b', name: 'B', date: '2019', places: ['osh'], organisations: [], people: [] },
      { id: 'a', name: 'A', date: '1999-08', places: [], organisations: ['imu'], people: ['osh'] },
    ];
    expect(relatedEvents(events, 'osh').map((e) => e.id)).toEqual(['a', 'b']);
  });
});
