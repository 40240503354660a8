import { describe, expect, it } from 'vitest';
import { citedKeys, mentionedEntityIds } from '../../../../src/lib/search/mentions.ts';

describe('mentionedEntityIds', () => {
  it('finds <Entity id> in any quoting, once each, in order', () => {
    const body = `<Entity id="ktj">KTJ</Entity> and <Entity  id='isil'>IS</Entity>, <Entity id={"imu"}>IMU</Entity>, <Entity id="ktj">again</Entity>`;
    expect(mentionedEntityIds(body)).toEqual(['ktj', 'isil', 'imu']);
  });
});

describe('citedKeys', () => {
  it('finds bracketed and author-in-text citations, not e-mail addresses or trailing dots', () => {
    const body = 'A claim [@ai2014isil, para. 3; @obama2014statement]. As @doe2005genealogy [p. 3] says. Write to a@b.org. See @roe2021groups.';
    expect(citedKeys(body)).toEqual(['ai2014isil', 'obama2014statement', 'doe2005genealogy', 'roe2021groups']);
  });
});
