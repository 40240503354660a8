import { describe, expect, it } from 'vitest';
import { braceLocator, braceLocators } from '../../../src/markdown/remark-citation-locators.ts';

describe('braceLocators', () => {
  it('braces a worded locator after a label', () => {
    expect(braceLocators('[@a2021, sec. Main scientific part]')).toBe('[@a2021, {sec. Main scientific part}]');
  });
  it('braces each part of a multiple citation', () => {
    expect(braceLocators('[see @a, sec. Discussion; @b, para. 3]')).toBe('[see @a, {sec. Discussion}; @b, {para. 3}]');
  });
  it('leaves citations without a locator, with braces already, or with a free suffix alone', () => {
    for (const text of ['[@a]', '[@a, {sec. X}]', '[@a, and elsewhere]', 'mail@example.org, sec. x']) {
      expect(braceLocators(text)).toBe(text);
    }
  });
});

describe('braceLocator', () => {
  it('keeps a prefix', () => {
    expect(braceLocator('see @a, n. xii')).toBe('see @a, {n. xii}');
  });
});
