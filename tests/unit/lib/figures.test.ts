import { describe, expect, it } from 'vitest';
import { figureMagnitude, formatAsOf, formatFigure, formatFigureValue } from '../../../src/lib/figures.ts';

describe('formatFigure', () => {
  it('prints a value with thousands separators and its qualifier', () => {
    expect(formatFigure({ value: 31000, qualifier: 'about', unit: 'people' })).toBe('about 31,000');
  });
  it('prints a range with an en dash', () => {
    expect(formatFigure({ min: 2000, max: 5000, unit: 'people' })).toBe('2,000–5,000');
  });
  it('reads qualifiers as words', () => {
    expect(formatFigure({ value: 30, qualifier: 'up-to', unit: 'people' })).toBe('up to 30');
    expect(formatFigure({ value: 40, qualifier: 'more-than', unit: 'websites' })).toBe('more than 40');
  });
  it('prints ratios and multipliers, in words in prose', () => {
    expect(formatFigureValue({ value: 3, unit: 'one-in' })).toBe('one in three');
    expect(formatFigureValue({ value: 5, unit: 'times' })).toBe('5-fold');
    expect(formatFigureValue({ value: 5, unit: 'times' }, 'prose')).toBe('five-fold');
  });
  it('writes whole numbers under ten as words in prose, digits in tables', () => {
    expect(formatFigure({ value: 2, unit: 'people' }, 'prose')).toBe('two');
    expect(formatFigure({ value: 2, unit: 'people' })).toBe('2');
    expect(formatFigure({ value: 10, unit: 'people' }, 'prose')).toBe('10');
    expect(formatFigure({ value: 5, qualifier: 'up-to', unit: 'years' }, 'prose')).toBe('up to five');
    expect(formatFigure({ min: 4, max: 15, unit: 'years' }, 'prose')).toBe('4–15');
  });
  it('writes whole millions as "3 million", never "3,000,000"', () => {
    expect(formatFigure({ value: 3_000_000, unit: 'people' }, 'prose')).toBe('3 million');
    expect(formatFigure({ value: 2_500_000, unit: 'people' })).toBe('2.5 million');
    expect(formatFigure({ value: 1_234_567, unit: 'people' })).toBe('1,234,567');
  });
  it('says when the source gives no date', () => {
    expect(formatAsOf({ asOf: '2014-10' })).toBe('as of October 2014');
    expect(formatAsOf({})).toBe('undated in the source');
  });
});

describe('figureMagnitude', () => {
  it('uses the middle of a range', () => {
    expect(figureMagnitude({ min: 2000, max: 5000 })).toBe(3500);
    expect(figureMagnitude({ value: 150 })).toBe(150);
  });
});
