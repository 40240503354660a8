import { describe, expect, it } from 'vitest';
import { figureMagnitude, formatFigure, formatFigureValue } from '../../../src/lib/figures.ts';

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
  it('prints ratios and multipliers', () => {
    expect(formatFigureValue({ value: 3, unit: 'one-in' })).toBe('one in 3');
    expect(formatFigureValue({ value: 5, unit: 'times' })).toBe('5 times');
  });
});

describe('figureMagnitude', () => {
  it('uses the middle of a range', () => {
    expect(figureMagnitude({ min: 2000, max: 5000 })).toBe(3500);
    expect(figureMagnitude({ value: 150 })).toBe(150);
  });
});
