import { describe, expect, it } from 'vitest';
import { readArticleBody, type BodyReferences } from '../../../../src/lib/content/article-body.ts';
import { articleIds, bodyKey } from '../../../../src/lib/content/article-ids.ts';

const read = (body: string): BodyReferences => {
  const result = readArticleBody(body, 1);
  if ('syntaxError' in result) throw new Error(result.syntaxError.id);
  return result.body;
};

describe('articleIds', () => {
  it('lists cited keys and mentioned entities once each, in order of first appearance', () => {
    const body = read('<Entity id="imu">IMU</Entity> [@b2020, 3; @a2019]. Then [@a2019, 4] and <Entity id="ktj">KTJ</Entity>, <Entity id="imu">IMU</Entity>.');
    expect(articleIds(body)).toEqual({ cited: ['b2020', 'a2019'], entities: ['imu', 'ktj'] });
  });
});

describe('bodyKey', () => {
  it('names the text, whatever whitespace surrounds it', () => {
    expect(bodyKey('\nSome text.\n\n')).toBe(bodyKey('Some text.'));
    expect(bodyKey('Some text.')).not.toBe(bodyKey('Some other text.'));
  });
});
