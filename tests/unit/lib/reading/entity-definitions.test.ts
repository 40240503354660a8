import { describe, expect, it } from 'vitest';
import { definitionsJson, entityDefinition } from '../../../../src/lib/reading/entity-definitions.ts';

describe('entityDefinition', () => {
  it('names the entity, says what the first source says and cites it', () => {
    expect(entityDefinition('ISIL', { text: 'A militant group.', citation: 'A.I. 2014, para. 1' })).toBe('ISIL: A militant group. (A.I. 2014, para. 1)');
  });
  it('is the name alone when no source describes it', () => {
    expect(entityDefinition('ISIL')).toBe('ISIL');
  });
});

describe('definitionsJson', () => {
  it('reads back as the same definitions, each once, keys sorted', () => {
    const text = definitionsJson(new Map([['b', 'Bee "quoted" </script>'], ['a', 'Ay']]));
    expect(text).toBe('{"a":"Ay","b":"Bee \\"quoted\\" </script>"}\n');
    expect(JSON.parse(text)).toEqual({ a: 'Ay', b: 'Bee "quoted" </script>' });
  });
});
