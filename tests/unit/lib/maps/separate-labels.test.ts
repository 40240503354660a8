import { describe, expect, it } from 'vitest';
import { separateLabels } from '../../../../src/lib/maps/separate-labels.ts';

describe('separateLabels', () => {
  it('pushes two colliding labels apart vertically, by at least a line', () => {
    const [a, b] = separateLabels([
      { x: 100, y: 50, text: '575' },
      { x: 104, y: 52, text: '84' },
    ]);
    expect(Math.abs(a!.y - b!.y)).toBeGreaterThanOrEqual(15);
    expect(a!.x).toBe(100);
    expect(b!.y).toBeGreaterThan(a!.y);
  });

  it('leaves labels that do not collide where they are', () => {
    const labels = [
      { x: 10, y: 10, text: '150' },
      { x: 200, y: 10, text: '200' },
    ];
    expect(separateLabels(labels)).toEqual(labels);
  });

  it('keeps extra fields of each label', () => {
    const [label] = separateLabels([{ x: 0, y: 0, text: '1', id: 'f1' }]);
    expect(label).toEqual({ x: 0, y: 0, text: '1', id: 'f1' });
  });
});
