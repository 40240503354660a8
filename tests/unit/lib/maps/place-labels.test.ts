/** Label placement: the first free candidate, never over a placed label or an obstacle, inside the frame. */
import { describe, expect, it } from 'vitest';
import { aroundPoint, discsAlong, labelBox, placeLabels, wrapLabel } from '../../../../src/lib/maps/place-labels.ts';

const metrics = { fontSize: 10 };
const frame = { left: 0, top: 0, right: 200, bottom: 100 };
const at = (x: number, y: number) => ({ x, y, align: 'middle' as const });

describe('placeLabels', () => {
  it('takes the first candidate when it is free', () => {
    const [label] = placeLabels([{ lines: ['Syria'], candidates: [at(50, 50), at(150, 50)] }], [], frame, metrics);
    expect(label!.fits).toBe(true);
    expect(label!.x).toBe(50);
  });
  it('moves on from a candidate that covers a placed label, an obstacle or the frame edge', () => {
    const placed = placeLabels(
      [
        { lines: ['First'], candidates: [at(50, 50)] },
        { lines: ['Second'], candidates: [at(52, 50), at(5, 50), at(100, 20), at(150, 80)] },
      ],
      [{ x: 100, y: 20, r: 3 }],
      frame,
      metrics,
    );
    expect(placed[1]!.x).toBe(150);
    expect(placed.every((label) => label.fits)).toBe(true);
  });
  it('lets a flow’s own number cover its own line, not another’s', () => {
    const line = discsAlong([[0, 50], [200, 50]], 2, 'flow-a');
    expect(placeLabels([{ lines: ['150'], owner: 'flow-a', candidates: [at(100, 50)] }], line, frame, metrics)[0]!.fits).toBe(true);
    expect(placeLabels([{ lines: ['150'], owner: 'flow-b', candidates: [at(100, 50)] }], line, frame, metrics)[0]!.fits).toBe(false);
  });
  it('draws a leader back to the named point when the label had to move away from it', () => {
    const [near, far] = [
      { x: 105, y: 50, align: 'start' as const, anchor: [100, 50] as [number, number] },
      { x: 105, y: 80, align: 'start' as const, anchor: [100, 50] as [number, number] },
    ];
    const [label] = placeLabels([{ lines: ['Tajikistan'], candidates: [near, far] }], [{ x: 120, y: 50, r: 2 }], frame, metrics);
    expect(label!.fits).toBe(true);
    expect(label!.leader?.[0]).toEqual([100, 50]);
    const [close] = placeLabels([{ lines: ['Tajikistan'], candidates: [near] }], [], frame, metrics);
    expect(close!.leader).toBeUndefined();
    expect(aroundPoint([100, 50], 2, 3, 1, metrics)[0]).toMatchObject({ x: 105, y: 50, align: 'start' });
  });
});

describe('labelBox and wrapLabel', () => {
  it('sizes a box by its longest line and its number of lines', () => {
    const box = labelBox(['abcd', 'ab'], { x: 0, y: 0, align: 'start' }, { fontSize: 10, charWidth: 0.5, lineHeight: 1 });
    expect(box).toEqual({ left: 0, top: -10, right: 20, bottom: 10 });
  });
  it('wraps at spaces', () => {
    expect(wrapLabel('Iraq–Syria conflict zone', 14)).toEqual(['Iraq–Syria', 'conflict zone']);
  });
});
