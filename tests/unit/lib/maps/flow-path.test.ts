import { describe, expect, it } from 'vitest';
import { flowPath } from '../../../../src/lib/maps/flow-path.ts';

const numbers = (d: string) => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

describe('flowPath', () => {
  it('bulges sideways by `bend` times the chord length', () => {
    const path = flowPath([0, 0], [100, 0], { bend: 0.2 });
    expect(path.control[0]).toBeCloseTo(50, 6);
    expect(path.control[1]).toBeCloseTo(20, 6);
    expect(flowPath([0, 0], [100, 0], { bend: -0.2 }).control[1]).toBeCloseTo(-20, 6);
  });
  it('starts at the start (after the inset) and puts the arrow tip at the end', () => {
    const path = flowPath([0, 0], [100, 0], { bend: 0, inset: 4, width: 2 });
    const [mx, my] = numbers(path.d);
    expect(mx).toBeCloseTo(4, 1);
    expect(my).toBeCloseTo(0, 1);
    const [tx, ty] = numbers(path.head);
    expect(tx).toBeCloseTo(96, 1);
    expect(ty).toBeCloseTo(0, 1);
  });
  it('grows the arrowhead with the width', () => {
    const span = (d: string) => {
      const ys = numbers(d).filter((_, index) => index % 2 === 1);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(span(flowPath([0, 0], [100, 0], { bend: 0, width: 20 }).head)).toBeGreaterThan(span(flowPath([0, 0], [100, 0], { bend: 0, width: 2 }).head));
  });
  it('evaluates the curve and its outer normal', () => {
    const path = flowPath([0, 0], [100, 0], { bend: 0.2 });
    const [x, y] = path.at(0.5);
    expect(x).toBeCloseTo(50, 6);
    expect(y).toBeCloseTo(10, 6);
    const [nx, ny] = path.normalAt(0.5);
    expect(nx).toBeCloseTo(0, 6);
    expect(ny).toBeCloseTo(1, 6);
  });
});
