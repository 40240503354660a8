import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../../src/lib/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

describe('nestHeadings', () => {
  it('puts level-3 headings under the level-2 heading before them', () => {
    const tree = nestHeadings([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(4, 'b-deep'), h(2, 'c')]);
    expect(tree.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
      ['c', []],
    ]);
  });
  it('keeps a leading level-3 heading as an entry of its own', () => {
    expect(nestHeadings([h(3, 'x'), h(2, 'y')]).map((entry) => entry.slug)).toEqual(['x', 'y']);
  });
});
