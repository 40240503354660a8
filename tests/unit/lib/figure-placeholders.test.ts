import { describe, expect, it } from 'vitest';
import { figurePlaceholder, fillFigurePlaceholders } from '../../../src/lib/figure-placeholders.ts';
import { figure } from './maps/support.ts';

const figures = new Map([['kg', figure('kg', { value: 2, qualifier: 'about' })], ['big', figure('big', { value: 3_000_000 })]]);

describe('fillFigurePlaceholders', () => {
  it('fills each placeholder as prose shows the figure, bare without the qualifier', () => {
    const text = `They counted ${figurePlaceholder('kg')} (${figurePlaceholder('kg', true)} bare) of ${figurePlaceholder('big')}.`;
    expect(fillFigurePlaceholders(text, figures, () => '?')).toBe('They counted about two (two bare) of 3 million.');
  });
  it('leaves an unknown id to the caller', () => {
    expect(fillFigurePlaceholders('{nope}', figures, (id) => `<${id}>`)).toBe('<nope>');
  });
});
